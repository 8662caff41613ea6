/**
 * Presenter mode's state for the decision on screen, without the DOM, and
 * every key and vote button as a pure step of it: the discussion prompt
 * first, then the room vote (vote.ts has its rules), then the other options
 * revealed one by one after the choice. A step returns the next state,
 * whether the key was presenter mode's, and what follows — draw again, take
 * the vote's decision, or tell the other window the meeting ended. A new
 * decision starts the state afresh; following the other window takes that
 * window's.
 */
import type { StepExtra } from '../../../engine/core/record.ts';
import type { MeetingView } from '../../../engine/core/view-model.ts';
import type { MeetingSync } from '../view-sync/channel.ts';
import type { VoteActions } from './panels.ts';
import {
  emptyVote,
  setHands,
  voteKey,
  type VoteDecision,
  type VoteKeyResult,
  type VoteState,
} from './vote.ts';

export type PhaseKind = 'lines' | 'choices' | 'feedback';

export interface PresenterState {
  /** The meeting's phase, as last drawn or keyed. */
  kind: PhaseKind;
  /** Lines read so far, in the lines phase. */
  shown: number;
  /** Discussion prompt first, then the vote. */
  stage: 'discuss' | 'vote';
  vote: VoteState;
  /** How many of the other options have been revealed after the choice. */
  revealed: number;
  /** A sentence for the facilitator when a vote key could not decide. */
  message: string;
  /** The decision the stage, vote and reveal belong to: its node and step count. */
  decisionKey: string;
}

export function initialState(): PresenterState {
  return {
    kind: 'choices',
    shown: 0,
    stage: 'discuss',
    vote: emptyVote(0),
    revealed: 0,
    message: '',
    decisionKey: '',
  };
}

/** Unchanged while the decision stays; afresh for a new one (its prompt first, if it has one). */
export function forDecision(state: PresenterState, view: MeetingView): PresenterState {
  const key = `${view.node?.id ?? 'end'}@${view.steps.length}`;
  if (key === state.decisionKey) return state;
  return {
    ...state,
    decisionKey: key,
    stage: view.node?.prompt ? 'discuss' : 'vote',
    vote: emptyVote(view.choices.length),
    revealed: 0,
    message: '',
  };
}

/** The other window's stage, hands and reveal. */
export function followed(state: PresenterState, remote: MeetingSync): PresenterState {
  return {
    ...state,
    stage: remote.stage,
    vote: { counts: [...remote.counts], selected: remote.selected },
    revealed: remote.revealed,
  };
}

/** The option a vote's decision takes, with the room's hands (once any were counted). */
export function votedChoice(
  view: MeetingView,
  vote: VoteState,
  decision: VoteDecision,
): { choiceId: string; extra: StepExtra } | undefined {
  const choice = view.choices[decision.index];
  if (!choice) return undefined;
  const counted = vote.counts.some((hands) => hands > 0);
  const votes = counted
    ? Object.fromEntries(view.choices.map((c, i) => [c.id, vote.counts[i] ?? 0]))
    : undefined;
  return {
    choiceId: choice.id,
    extra: { ...(votes ? { votes } : {}), ...(decision.override ? { override: true } : {}) },
  };
}

// Keys and buttons as steps of the state.

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
