/**
 * What a closed live vote adds to the run record's step: the counts, the
 * number of voters, how the split changed and the reasons given. Pure, so the
 * arithmetic is unit-tested without a server.
 */
import type { RoomReason, RunStep } from '../../engine/core/record.ts';
import type { Tally, VoteEvent } from '../../live/index.ts';

/** The step fields of a live vote, for options `optionIds` in the order shown. */
export function roomStepFields(
  optionIds: readonly string[],
  tally: Pick<Tally, 'counts' | 'voters'>,
  events: readonly VoteEvent[],
): Pick<RunStep, 'votes' | 'voters' | 'changes' | 'firstVotes' | 'reasons'> {
  const zero = () => Object.fromEntries(optionIds.map((id) => [id, 0]));
  const votes = { ...zero() };
  for (const id of optionIds) votes[id] = tally.counts[id] ?? 0;
  const firstVotes = zero();
  let changes = 0;
  for (const event of events) {
    if (event.kind === 'vote' && event.optionId in firstVotes)
      firstVotes[event.optionId] = (firstVotes[event.optionId] ?? 0) + 1;
    if (event.kind === 'change') changes += 1;
  }
  const reasons = reasonsOf(events);
  return {
    votes,
    voters: tally.voters,
    ...(changes > 0 ? { changes, firstVotes } : {}),
    ...(reasons.length > 0 ? { reasons } : {}),
  };
}

/** Each reason once (a participant who edits it leaves only the last), nicknames when given. */
function reasonsOf(events: readonly VoteEvent[]): RoomReason[] {
  const kept = new Map<string, RoomReason>();
  events.forEach((event, index) => {
    const text = event.reason?.trim();
    if (event.kind !== 'reason' || !text) return;
    // Anonymous reasons cannot be told apart by person, so each one is kept.
    const key = event.nickname ? `n:${event.nickname}` : `a:${index}`;
    const reason: RoomReason = { choiceId: event.optionId, text };
    if (event.nickname) reason.nickname = event.nickname;
    kept.delete(key);
    kept.set(key, reason);
  });
  return [...kept.values()];
}
