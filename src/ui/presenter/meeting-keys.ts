/**
 * Presenter mode's keys and vote buttons as steps of its state
 * (meeting-stage.ts): the next state, whether the key was presenter
 * mode's, and what follows — draw again, take the vote's decision, or tell
 * the other window the meeting ended.
 */
import type { VoteActions } from './panels.ts';
import type { PresenterState } from './meeting-stage.ts';
import { setHands, voteKey, type VoteDecision, type VoteKeyResult } from './votes.ts';

export type StepEffect =
  { do: 'paint' } | { do: 'decide'; decision: VoteDecision } | { do: 'publish-ended' };

export interface PresenterStep {
  state: PresenterState;
  handled: boolean;
  then?: StepEffect;
}

/** What a key may need to know of the meeting, asked only when it does. */
export interface KeyContext {
  hasPrompt(): boolean;
  othersCount(): number;
  ended(): boolean;
}

const CONTINUE = new Set(['Enter', ' ', 'ArrowRight', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'PageUp']);
const NUMBER = /^[1-9]$/;
const PAINT: StepEffect = { do: 'paint' };

/** A key in presenter mode, for the phase in `state.kind`. */
export function presenterKey(
  state: PresenterState,
  key: string,
  meeting: KeyContext,
): PresenterStep {
  if (state.kind === 'choices' && state.stage === 'discuss') return discussKey(state, key);
  if (state.kind === 'choices') return voteStageKey(state, key, meeting);
  if (state.kind === 'feedback' && (CONTINUE.has(key) || key === 'r' || key === 'R')) {
    return revealKey(state, key, meeting);
  }
  return { state, handled: false };
}

/** Next, or an option's number, ends the discussion and opens the vote. */
function discussKey(state: PresenterState, key: string): PresenterStep {
  if (!CONTINUE.has(key) && !NUMBER.test(key)) return { state, handled: false };
  const voting: PresenterState = { ...state, stage: 'vote' };
  if (NUMBER.test(key)) return voteStep(voting, voteKey(voting.vote, key));
  return { state: voting, handled: true, then: PAINT };
}

function voteStageKey(state: PresenterState, key: string, meeting: KeyContext): PresenterStep {
  if (BACK.has(key) && meeting.hasPrompt()) {
    return { state: { ...state, stage: 'discuss' }, handled: true, then: PAINT };
  }
  const result = voteKey(state.vote, key);
  return result.handled ? voteStep(state, result) : { state, handled: false };
}

/**
 * After the choice, Next or R reveals the other options one by one; past
 * the last, Next is the meeting's.
 */
function revealKey(state: PresenterState, key: string, meeting: KeyContext): PresenterStep {
  if (state.revealed < meeting.othersCount()) {
    return { state: { ...state, revealed: state.revealed + 1 }, handled: true, then: PAINT };
  }
  if (key === 'r' || key === 'R') return { state, handled: true };
  return meeting.ended()
    ? { state, handled: false, then: { do: 'publish-ended' } }
    : { state, handled: false };
}

/** A vote key's result kept (hands, message), then its decision taken or the vote drawn again. */
function voteStep(state: PresenterState, result: VoteKeyResult): PresenterStep {
  const next = { ...state, vote: result.state, message: result.message ?? '' };
  const then: StepEffect = result.decision ? { do: 'decide', decision: result.decision } : PAINT;
  return { state: next, handled: true, then };
}

/** The vote panel's buttons: the same steps as the keys. */
export function voteButtons(
  state: () => PresenterState,
  step: (next: PresenterStep) => void,
): VoteActions {
  const withVote = (vote: PresenterState['vote']): PresenterStep => ({
    state: { ...state(), vote },
    handled: true,
    then: PAINT,
  });
  return {
    select: (index) => step(withVote({ ...state().vote, selected: index })),
    add: (index, delta) => {
      const vote = { ...state().vote, selected: index };
      step(withVote(setHands(vote, index, (vote.counts[index] ?? 0) + delta)));
    },
    take: (index) => {
      const override = voteKey({ ...state().vote, selected: index }, 'o').decision?.override;
      const decision = { index, override: override ?? false };
      step({ state: state(), handled: true, then: { do: 'decide', decision } });
    },
    confirm: () => step(voteStep(state(), voteKey(state().vote, 'Enter'))),
  };
}
