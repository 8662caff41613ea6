/** Which cues a batch of meeting events plays, and when: a short, readable sequence. */
import type { MeetingEvent } from '../engine/core/session.ts';
import type { CueName } from './cues.ts';

export interface PlannedCue {
  name: CueName;
  /** ms after the events arrive */
  delay: number;
}

/**
 * Choice first, then one tick if a meter moved, then one trust cue per
 * direction, then the ending. Good endings (best, good) get the bright cue.
 */
export function cuePlan(events: MeetingEvent[]): PlannedCue[] {
  const plan: PlannedCue[] = [];
  if (events.some((event) => event.type === 'choice-made')) plan.push({ name: 'choice', delay: 0 });
  if (events.some((event) => event.type === 'meter-changed'))
    plan.push({ name: 'tick', delay: 160 });
  const trust = events.flatMap((event) => (event.type === 'trust-changed' ? [event.delta] : []));
  if (trust.some((delta) => delta > 0)) plan.push({ name: 'trust-up', delay: 320 });
  if (trust.some((delta) => delta < 0))
    plan.push({ name: 'trust-down', delay: trust.some((d) => d > 0) ? 620 : 320 });
  const ended = events.find((event) => event.type === 'ended');
  if (ended) {
    const good = ended.rating === 'best' || ended.rating === 'good';
    plan.push({ name: good ? 'ending-good' : 'ending-poor', delay: 1000 });
  }
  return plan;
}
