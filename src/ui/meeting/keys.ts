/**
 * The meeting's own keys: back one decision, continue reading, or an
 * option's number while the options are shown. Presenter mode and the
 * "Earlier decisions" list are asked first (meeting.ts).
 */
import { activatesNatively } from '../dom.ts';
import type { Phase } from './phase.ts';

export type MeetingKey =
  { move: 'back' } | { move: 'continue' } | { move: 'option'; number: number };

const CONTINUE_KEYS = new Set(['Enter', ' ', 'ArrowRight', 'PageDown']);
const BACK_KEYS = new Set(['ArrowLeft', 'PageUp']);

/** What a key asks of the meeting, or undefined when the key is not the meeting's. */
export function meetingKey(event: KeyboardEvent, phase: Phase['kind']): MeetingKey | undefined {
  if (BACK_KEYS.has(event.key)) return { move: 'back' };
  if (CONTINUE_KEYS.has(event.key)) {
    // Enter or Space on a button, link or summary presses that control instead.
    const native = (event.key === 'Enter' || event.key === ' ') && activatesNatively(event.target);
    return native || phase === 'choices' ? undefined : { move: 'continue' };
  }
  if (phase === 'choices' && /^[1-9]$/.test(event.key)) {
    return { move: 'option', number: Number(event.key) };
  }
  return undefined;
}
