/**
 * Presenter mode's state for the decision on screen, without the DOM: the
 * discussion prompt first, then the room vote, then the other options
 * revealed one by one after the choice. A new decision starts it afresh;
 * following the other window takes that window's.
 */
import type { RunStep } from '../../engine/core/record.ts';
import type { MeetingView } from '../../engine/core/view-model.ts';
import type { MeetingSync } from './sync.ts';
import { emptyVote, type VoteDecision, type VoteState } from './votes.ts';

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
): { choiceId: string; extra: Pick<RunStep, 'votes' | 'override'> } | undefined {
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
