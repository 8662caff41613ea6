/**
 * Presenter mode's share of the meeting's dialogue, drawn from its state
 * (stage.ts): the discussion prompt and the room vote while
 * choosing, the room's result and the other options after the choice, and
 * the facilitator's notes in the presenter view. The stage element carries
 * the presenter stage and the reveal count for presenter.css.
 */
import type { Scenario } from '../../../content/types.ts';
import type { MeetingSession } from '../../../engine/core/session.ts';
import type { MeetingView } from '../../../engine/core/view-model.ts';
import { clear } from '../../dom.ts';
import { currentOutcomes, otherOutcomes } from '../view-sync/steps.ts';
import type { PhaseKind, PresenterState } from './stage.ts';
import { presenter } from '../chrome/mode.ts';
import {
  notesPanel,
  othersPanel,
  promptPanel,
  votePanel,
  voteResult,
  type LiveTally,
  type VoteActions,
} from './panels.ts';

export interface PaintOptions {
  /** Presenter mode is on; off, the part is hidden and empty. */
  on: boolean;
  showScores: boolean;
  buttons: VoteActions;
  /** The live room's tally, while its vote is open: the counts come from the phones. */
  liveTally?: LiveTally;
}

/** The choices made so far, as the engine's outcomes take them. */
export const choiceIdsOf = (session: MeetingSession): string[] =>
  session.record().steps.map((step) => step.choiceId);

export function paintPresenter(
  host: HTMLElement,
  dialogue: HTMLElement,
  session: MeetingSession,
  state: PresenterState,
  options: PaintOptions,
): void {
  clear(host);
  host.hidden = !options.on;
  const stageElement = dialogue.closest<HTMLElement>('.stage');
  if (stageElement) {
    stageElement.dataset.presenterStage =
      options.on && state.kind === 'choices' ? state.stage : state.kind;
    stageElement.dataset.revealed = String(state.kind === 'feedback' ? state.revealed : 0);
  }
  if (!options.on) return;
  const view = session.view();
  if (state.kind === 'choices') host.append(...choicePanels(view, state, options));
  if (state.kind === 'feedback') host.append(...feedbackPanels(session, state, options.showScores));
  if (presenter()?.isPresenterView()) {
    host.append(facilitatorNotes(session, view, state, options.showScores));
  }
}

function choicePanels(view: MeetingView, state: PresenterState, options: PaintOptions) {
  const prompt = promptPanel(view.node?.prompt, state.stage);
  if (state.stage !== 'vote') return [prompt];
  const { buttons, liveTally } = options;
  return [prompt, votePanel(view.choices, state.vote, buttons, state.message, liveTally)];
}

function feedbackPanels(session: MeetingSession, state: PresenterState, showScores: boolean) {
  const last = session.record().steps.at(-1);
  const result = voteResult(last?.votes, last?.override === true);
  const { list, before } = otherOutcomes(
    session.scenario,
    choiceIdsOf(session),
    session.record().seed,
  );
  const others = othersPanel(list, state.revealed, before, showScores);
  return result ? [result, others] : [others];
}

function facilitatorNotes(
  session: MeetingSession,
  view: MeetingView,
  state: PresenterState,
  showScores: boolean,
) {
  const { scenario } = session;
  const outcomes =
    state.kind === 'feedback'
      ? []
      : currentOutcomes(scenario, choiceIdsOf(session), session.record().seed);
  const next = nextWords(scenario, view, state.kind, state.shown, state.stage);
  return notesPanel(scenario, view.node?.prompt, outcomes, next, showScores);
}

/** "What comes next", for the facilitator's notes in the presenter view. */

function nextWords(
  scenario: Scenario,
  view: MeetingView,
  kind: PhaseKind,
  shown: number,
  stage: 'discuss' | 'vote',
): string {
  void scenario;
  if (kind === 'lines') {
    const line = view.lines[shown];
    if (line) return `${line.name} says: “${line.text}”`;
    return view.node?.prompt
      ? 'The discussion prompt for the room.'
      : 'The options, for the room’s vote.';
  }
  if (kind === 'choices') {
    return stage === 'discuss'
      ? 'The options, for the room’s vote (→ or Page Down).'
      : 'Enter takes the room’s majority; then reveal the other options one by one.';
  }
  if (view.status.kind === 'ended')
    return `The debrief: ${view.status.ending.title} (rating held back until H).`;
  return view.node?.title ? `The next scene: ${view.node.title}.` : 'The next scene.';
}
