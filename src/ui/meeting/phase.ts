/**
 * The reading position in one decision, without the DOM: the lines read so
 * far, the options, or the feedback for the option taken. Each move is a
 * function of the position and the decision's line count; the meeting
 * (meeting.ts) keeps the result and draws it (parts.ts).
 */
import type { MeetingView, StepView } from '../../engine/core/view-model.ts';
import { decisionHeading } from './stage.ts';

export type Phase =
  | { kind: 'lines'; shown: number }
  | { kind: 'choices' }
  | { kind: 'feedback'; step: StepView; previous: MeetingView['meters'] };

/** A decision entered: its first line, or its options after a rewind (`full`) or for one line. */
export function enteredPhase(lines: number, full: boolean): Phase {
  return full || lines <= 1 ? { kind: 'choices' } : { kind: 'lines', shown: 1 };
}

/** The line the inline opening reached (src/ui/opening.ts), or the options once all were read. */
export function takenOverPhase(reached: number, lines: number): Phase {
  return reached >= lines ? { kind: 'choices' } : { kind: 'lines', shown: Math.max(1, reached) };
}

/** One line further; past the last line, the options. */
export function nextLinePhase(shown: number, lines: number): Phase {
  return shown + 1 >= lines ? { kind: 'choices' } : { kind: 'lines', shown: shown + 1 };
}

/** The position presenter mode asks for (the other window's, src/ui/presenter/view-sync/steps.ts). */
export function readPhase(kind: 'lines' | 'choices', shown: number): Phase {
  return kind === 'lines' ? { kind, shown } : { kind };
}

/** Lines read so far, as presenter mode counts them: none outside the lines phase. */
export function shownOf(phase: Phase): number {
  return phase.kind === 'lines' ? phase.shown : 0;
}

/** The cast id of the line being read, for the room's speaker marker. */
export function speakerOf(phase: Phase, view: MeetingView): string | undefined {
  if (phase.kind !== 'lines') return undefined;
  return view.lines[phase.shown - 1]?.speaker;
}

/** The heading names the decision whose feedback is read, else the one waiting. */
export function headingOf(phase: Phase, view: MeetingView): string {
  const decision = phase.kind === 'feedback' ? phase.step.index + 1 : view.steps.length + 1;
  const title = phase.kind === 'feedback' ? phase.step.nodeTitle : view.node?.title;
  return decisionHeading(decision, title);
}
