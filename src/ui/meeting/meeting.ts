/**
 * The meeting on screen: lines at the reader's pace, then the options, then
 * the feedback for the option taken. The engine session decides everything;
 * this only keeps the reading position (which line, which panel).
 */
import type { MeetingSession } from '../../engine/session.ts';
import type { MeetingView, StepView } from '../../engine/view-model.ts';
import type { App } from '../app.ts';
import { activatesNatively } from '../dom.ts';
import { attachPresenter } from '../presenter/meeting-hook.ts';
import { createDecide } from './decide.ts';
import { createFeedback } from './feedback.ts';
import { createCastList, createMeters } from './meters.ts';
import { buildStage, decisionHeading, type StageParts } from './stage.ts';
import { createTranscript } from './transcript.ts';

type Phase =
  | { kind: 'lines'; shown: number }
  | { kind: 'choices' }
  | { kind: 'feedback'; step: StepView; previous: MeetingView['meters'] };

export interface MeetingPart {
  element: HTMLElement;
  stage: StageParts;
  /** Shows the current decision; `full` skips straight to the options (after a rewind). */
  enter(full: boolean): void;
  /** Takes over from the inline opening at the line the trainee reached (src/ui/opening.ts). */
  takeOver(reached: number): void;
  onKey(event: KeyboardEvent): boolean;
  /** The cast id of the line being read, for the room's speaker marker. */
  speaker(): string | undefined;
  refresh(): void;
}

export interface MeetingHooks {
  /** The meeting closed and the player has read the last feedback. */
  ended(): void;
  /** A decision was made or undone; the path changed. */
  moved(): void;
  /** Something on screen changed that the room may want (speaker). */
  changed(): void;
}

const CONTINUE_KEYS = new Set(['Enter', ' ', 'ArrowRight', 'PageDown']);
const BACK_KEYS = new Set(['ArrowLeft', 'PageUp']);

export function createMeeting(app: App, session: MeetingSession, hooks: MeetingHooks): MeetingPart {
  const scenario = session.scenario;
  let phase: Phase = { kind: 'choices' };
  const meters = createMeters();
  const cast = createCastList(scenario);
  const transcript = createTranscript();
  const feedback = createFeedback(scenario);
  const decide = createDecide({
    choose: (choiceId) => choose(choiceId),
    note: (nodeId, text) => session.note(nodeId, text),
  });
  const stage = buildStage(scenario, meters.element, cast.element, {
    next: () => advance(),
    back: () => back(),
    help: () => app.overlays.help.open(),
    settings: () => app.overlays.settings.open(),
    leave: () => app.go({ screen: 'title' }),
  });
  stage.body.append(transcript.element, decide.element, feedback.element);
  // Presenter mode (src/ui/presenter): discussion prompt, room vote, the other options revealed, sync.
  const presenter = attachPresenter(app, session, stage.body, {
    choose: (choiceId, extra) => choose(choiceId, extra),
    rewindTo: (decision) => (session.rewind(decision), hooks.moved(), enter(true)),
    read: (kind, shown) => {
      if (session.view().status.kind === 'ended') return hooks.ended();
      phase = kind === 'lines' ? { kind, shown } : { kind };
      render();
    },
    refresh: () => render(),
  });

  const speaker = (): string | undefined => {
    const view = session.view();
    if (phase.kind !== 'lines') return undefined;
    return view.lines[phase.shown - 1]?.speaker;
  };

  const render = () => {
    const view = session.view();
    const showScores = app.settings.get().showScores;
    meters.render(view, showScores);
    cast.render(view, showScores, speaker());
    stage.stage.dataset.phase = phase.kind;
    const decision = phase.kind === 'feedback' ? phase.step.index + 1 : view.steps.length + 1;
    const title = phase.kind === 'feedback' ? phase.step.nodeTitle : view.node?.title;
    stage.decisionLabel.textContent = decisionHeading(decision, title);
    transcript.element.hidden = phase.kind === 'feedback';
    decide.element.hidden = phase.kind !== 'choices' || presenter.active();
    feedback.element.hidden = phase.kind !== 'feedback';
    stage.next.hidden = phase.kind === 'choices';
    stage.back.disabled = view.steps.length === 0;
    if (phase.kind === 'lines') transcript.show(view.node?.id ?? '', view.lines, phase.shown);
    if (phase.kind === 'choices') {
      transcript.show(view.node?.id ?? '', view.lines, view.lines.length);
      decide.render(view, session.record().notes?.[view.node?.id ?? ''] ?? '');
    }
    if (phase.kind === 'feedback') {
      feedback.render(phase.step, phase.previous, showScores);
      stage.next.textContent = view.status.kind === 'ended' ? 'See the debrief' : 'Continue';
    } else stage.next.textContent = 'Continue';
    presenter.render(phase.kind, phase.kind === 'lines' ? phase.shown : 0);
    hooks.changed();
  };

  const focusPanel = () => {
    const focus = () => {
      if (phase.kind === 'choices') decide.focus();
      else stage.next.focus();
    };
    // A new screen is attached by the router right after it is built: focus then.
    if (stage.element.isConnected) focus();
    else queueMicrotask(() => stage.element.isConnected && focus());
  };

  const enter = (full: boolean) => {
    const view = session.view();
    if (view.status.kind === 'ended') return hooks.ended();
    phase = full || view.lines.length <= 1 ? { kind: 'choices' } : { kind: 'lines', shown: 1 };
    render();
    focusPanel();
  };

  const takeOver = (reached: number) => {
    const total = session.view().lines.length;
    phase = reached >= total ? { kind: 'choices' } : { kind: 'lines', shown: Math.max(1, reached) };
    render();
    // Already read in the opening: it does not fade in a second time.
    stage.body.querySelector('.line[data-current]')?.setAttribute('data-appeared', 'true');
    focusPanel();
  };

  function advance() {
    if (phase.kind === 'lines') {
      const total = session.view().lines.length;
      phase =
        phase.shown + 1 >= total ? { kind: 'choices' } : { kind: 'lines', shown: phase.shown + 1 };
      render();
      focusPanel();
    } else if (phase.kind === 'feedback') enter(false);
  }

  function choose(choiceId: string, extra?: Parameters<MeetingSession['choose']>[1]) {
    const previous = session.view().meters;
    const view = session.choose(choiceId, extra);
    const step = view.steps[view.steps.length - 1];
    if (!step) return;
    phase = { kind: 'feedback', step, previous };
    render();
    hooks.moved();
    focusPanel();
  }

  function back() {
    const steps = session.view().steps.length;
    if (steps === 0) return app.announce('This is the first decision.');
    session.rewind(steps - 1);
    hooks.moved();
    enter(true);
    app.announce(`Back at decision ${steps}.`);
  }

  const onKey = (event: KeyboardEvent): boolean => {
    if (presenter.onKey(event, phase.kind)) return true;
    // The "Earlier decisions" list is open: keys belong to it, not to the options behind it.
    if (stage.picker.open) return false;
    if (BACK_KEYS.has(event.key)) return (back(), true);
    if (CONTINUE_KEYS.has(event.key)) {
      const native =
        (event.key === 'Enter' || event.key === ' ') && activatesNatively(event.target);
      if (native || phase.kind === 'choices') return false;
      return (advance(), true);
    }
    if (phase.kind === 'choices' && /^[1-9]$/.test(event.key)) {
      const choice = session.view().choices.find((option) => option.number === Number(event.key));
      if (choice) return (choose(choice.id), true);
    }
    return false;
  };

  return { element: stage.element, stage, enter, takeOver, onKey, speaker, refresh: render };
}
