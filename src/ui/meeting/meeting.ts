/**
 * The meeting on screen: lines at the reader's pace, then the options, then
 * the feedback for the option taken. The engine session decides everything;
 * this only keeps the reading position (which line, which panel: phase.ts)
 * and draws it (parts.ts).
 */
import type { MeetingSession } from '../../engine/core/session.ts';
import type { App } from '../app.ts';
import { attachPresenterLater } from '../presenter/meeting/later.ts';
import { meetingKey } from './keys.ts';
import { buildMeetingParts, drawMeeting, focusPanel } from './parts.ts';
import {
  enteredPhase,
  nextLinePhase,
  readPhase,
  shownOf,
  speakerOf,
  takenOverPhase,
  type Phase,
} from './phase.ts';
import type { StageParts } from './stage.ts';

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
  /** Lets go of what outlives the element (presenter mode's subscriptions). */
  release(): void;
}

export interface MeetingHooks {
  /** The meeting closed and the player has read the last feedback. */
  ended(): void;
  /** A decision was made or undone; the path changed. */
  moved(): void;
  /** Something on screen changed that the room may want (speaker). */
  changed(): void;
}

export function createMeeting(app: App, session: MeetingSession, hooks: MeetingHooks): MeetingPart {
  let phase: Phase = { kind: 'choices' };
  const parts = buildMeetingParts(
    session.scenario,
    {
      next: () => advance(),
      back: () => back(),
      help: () => app.overlays.help.open(),
      settings: () => app.overlays.settings.open(),
      leave: () => app.go({ screen: 'title' }),
    },
    { choose: (choiceId) => choose(choiceId), note: (nodeId, text) => session.note(nodeId, text) },
  );
  const { stage } = parts;
  // Presenter mode (src/ui/presenter): discussion prompt, room vote, the other options revealed, sync.
  const presenter = attachPresenterLater(app, session, stage.body, {
    choose: (choiceId, extra) => choose(choiceId, extra),
    rewindTo: (decision) => (session.rewind(decision), hooks.moved(), enter(true)),
    read: (kind, shown) => {
      if (session.view().status.kind === 'ended') return hooks.ended();
      show(readPhase(kind, shown));
    },
    refresh: () => render(),
  });

  const render = () => {
    drawMeeting(parts, phase, session.view(), {
      showScores: app.settings.get().showScores,
      showPrinciple: app.settings.get().showPrinciple,
      presenterActive: presenter.active(),
      noteFor: (nodeId) => session.record().notes?.[nodeId] ?? '',
    });
    presenter.render(phase.kind, shownOf(phase));
    hooks.changed();
  };
  const show = (next: Phase) => {
    phase = next;
    render();
  };
  const focus = () => focusPanel(parts, () => phase);

  const enter = (full: boolean) => {
    const view = session.view();
    if (view.status.kind === 'ended') return hooks.ended();
    show(enteredPhase(view.lines.length, full));
    focus();
  };

  const takeOver = (reached: number) => {
    show(takenOverPhase(reached, session.view().lines.length));
    // Already read in the opening: it does not fade in a second time.
    stage.body.querySelector('.line[data-current]')?.setAttribute('data-appeared', 'true');
    focus();
  };

  function advance() {
    if (phase.kind === 'lines') {
      show(nextLinePhase(phase.shown, session.view().lines.length));
      focus();
    } else if (phase.kind === 'feedback') enter(false);
  }

  function choose(choiceId: string, extra?: Parameters<MeetingSession['choose']>[1]) {
    const previous = session.view().meters;
    const view = session.choose(choiceId, extra);
    const step = view.steps[view.steps.length - 1];
    if (!step) return;
    show({ kind: 'feedback', step, previous });
    hooks.moved();
    focus();
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
    const key = meetingKey(event, phase.kind);
    if (key?.move === 'back') return (back(), true);
    if (key?.move === 'continue') return (advance(), true);
    if (key?.move === 'option') {
      const choice = session.view().choices.find((option) => option.number === key.number);
      if (choice) return (choose(choice.id), true);
    }
    return false;
  };

  const speaker = () => speakerOf(phase, session.view());
  return {
    element: stage.element,
    stage,
    enter,
    takeOver,
    onKey,
    speaker,
    refresh: render,
    release: () => presenter.release(),
  };
}
