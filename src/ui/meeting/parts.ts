/**
 * The meeting's parts on screen: the stage with its meters and cast, and in
 * its dialogue the transcript, the options and the feedback. A reading
 * position (phase.ts) decides which panel shows; the engine's view, what
 * it says.
 */
import type { Scenario } from '../../content/types.ts';
import type { MeetingView } from '../../engine/core/view-model.ts';
import { createDecide, type Decide, type DecideActions } from './decide.ts';
import { createFeedback, type Feedback } from './feedback.ts';
import { createCastList, createMeters, type CastList, type Meters } from './meters.ts';
import { headingOf, speakerOf, type Phase } from './phase.ts';
import { buildStage, type StageActions, type StageParts } from './stage.ts';
import { createTranscript, type Transcript } from './transcript.ts';

export interface MeetingParts {
  stage: StageParts;
  meters: Meters;
  cast: CastList;
  transcript: Transcript;
  decide: Decide;
  feedback: Feedback;
}

export interface DrawOptions {
  showScores: boolean;
  /** Study mode: the principle and deltas right after each choice. */
  showPrinciple: boolean;
  /** Presenter mode shows the room vote in place of the options. */
  presenterActive: boolean;
  /** The trainee's reasoning so far for a decision. */
  noteFor(nodeId: string): string;
}

export function buildMeetingParts(
  scenario: Scenario,
  stageActions: StageActions,
  decideActions: DecideActions,
): MeetingParts {
  const meters = createMeters();
  const cast = createCastList(scenario);
  const transcript = createTranscript();
  const feedback = createFeedback(scenario);
  const decide = createDecide(decideActions);
  const stage = buildStage(scenario, meters.element, cast.element, stageActions);
  stage.body.append(transcript.element, decide.element, feedback.element);
  return { stage, meters, cast, transcript, decide, feedback };
}

/** Draws a reading position: the meters and cast, the heading, then the one panel. */
export function drawMeeting(
  parts: MeetingParts,
  phase: Phase,
  view: MeetingView,
  options: DrawOptions,
): void {
  const { stage, transcript, decide, feedback } = parts;
  parts.meters.render(view, options.showScores);
  parts.cast.render(view, options.showScores, speakerOf(phase, view));
  stage.stage.dataset.phase = phase.kind;
  stage.decisionLabel.textContent = headingOf(phase, view);
  transcript.element.hidden = phase.kind === 'feedback';
  decide.element.hidden = phase.kind !== 'choices' || options.presenterActive;
  feedback.element.hidden = phase.kind !== 'feedback';
  stage.next.hidden = phase.kind === 'choices';
  stage.back.disabled = view.steps.length === 0;
  drawPanel(parts, phase, view, options);
}

function drawPanel(parts: MeetingParts, phase: Phase, view: MeetingView, options: DrawOptions) {
  const nodeId = view.node?.id ?? '';
  if (phase.kind === 'lines') parts.transcript.show(nodeId, view.lines, phase.shown);
  if (phase.kind === 'choices') {
    parts.transcript.show(nodeId, view.lines, view.lines.length);
    parts.decide.render(view, options.noteFor(nodeId));
  }
  if (phase.kind === 'feedback') {
    parts.feedback.render(phase.step, phase.previous, {
      showScores: options.showScores,
      // Presenter mode keeps its reveal: the facilitator discusses the principle with the room.
      showPrinciple: options.showPrinciple || options.presenterActive,
    });
    parts.stage.next.textContent = view.status.kind === 'ended' ? 'See the debrief' : 'Continue';
  } else parts.stage.next.textContent = 'Continue';
}

/** Moves focus to the options, or to Continue, whichever the phase at that moment shows. */
export function focusPanel(parts: MeetingParts, phase: () => Phase): void {
  const focus = () => {
    if (phase().kind === 'choices') parts.decide.focus();
    else parts.stage.next.focus();
  };
  // A new screen is attached by the router right after it is built. Focusing makes the
  // browser lay the new page out at once, inside the router's task: focus in the frame,
  // which lays it out anyway (as the inline opening does, src/ui/opening.ts).
  if (parts.stage.element.isConnected) focus();
  else requestAnimationFrame(() => parts.stage.element.isConnected && focus());
}
