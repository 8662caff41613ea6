/**
 * A live room's vote in words, for the workshop summary on screen and in
 * Markdown: who voted, how the split changed, and the reasons given
 * (anonymous unless the participant chose a nickname). Pure.
 */
import type { VoteTally, WorkshopDecision } from '../runs/workshop.ts';

const splitOf = (tally: VoteTally) =>
  tally.counts.map((c, i) => `${i + 1}: ${c.hands}`).join(' · ');

/** "3 phones voted (1: 2 · 2: 1)", or undefined for a hand count. */
export function roomSplitWords(decision: WorkshopDecision): string | undefined {
  const room = decision.room;
  if (!room) return undefined;
  const voted = `${room.voters} ${room.voters === 1 ? 'phone' : 'phones'} voted`;
  return decision.votes ? `${voted} (${splitOf(decision.votes)})` : voted;
}

/** "1 vote changed; first split 1: 1 · 2: 2", or "Nobody changed their vote". */
export function roomChangeWords(decision: WorkshopDecision): string | undefined {
  const room = decision.room;
  if (!room) return undefined;
  if (room.changes === 0) return 'Nobody changed their vote.';
  const changed = `${room.changes} ${room.changes === 1 ? 'vote' : 'votes'} changed`;
  return room.firstVotes ? `${changed}; first split ${splitOf(room.firstVotes)}.` : `${changed}.`;
}

/** Each reason as "option 2 — Asha: “text”" (or "anonymous"), in the order given. */
export function roomReasonLines(decision: WorkshopDecision): string[] {
  const numberOf = new Map(decision.offered.map((option, i) => [option.id, i + 1]));
  return (decision.room?.reasons ?? []).map((reason) => {
    const who = reason.nickname ?? 'anonymous';
    const number = numberOf.get(reason.choiceId);
    const option = number === undefined ? reason.choiceId : `option ${number}`;
    return `${option} — ${who}: “${reason.text}”`;
  });
}
