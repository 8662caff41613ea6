/**
 * Presenter mode: the large, high-contrast theme for a projector (`P`, or
 * `?mode=present`), scores hidden until `H`, the blank screen (`B` or `.`),
 * the countdown (`T`), the pointer hidden after 3 s idle, and the sync with
 * a presenter view in a second window (`?view=presenter`).
 */
import './presenter.css';
import type { App } from '../../app.ts';
import { anyOverlayOpen } from '../../overlays.ts';
import { isTypingTarget } from '../../dom.ts';
import { newCountdown, toggleCountdown, type CountdownState } from './countdown.ts';
import { createPresenterChrome, type PresenterChrome } from './bar.ts';
import { presenterRequested } from './requested.ts';
import {
  openSync,
  type GlobalSync,
  type MeetingSync,
  type SyncBody,
  type SyncChannel,
  type SyncMessage,
} from '../view-sync/channel.ts';

/** A meeting on screen that follows the other window. */
export interface MeetingFollower {
  scenarioId: string;
  /** The meeting as this window shows it now. */
  current(): MeetingSync;
  /** Follows the other window; false when this meeting cannot show it (another run). */
  follow(state: MeetingSync): boolean;
}

export interface Presenter {
  active(): boolean;
  /** True in the second window, which shows the facilitator's notes. */
  isPresenterView(): boolean;
  countdown(): CountdownState;
  setActive(on: boolean): void;
  subscribe(listener: () => void): () => void;
  /** A meeting screen registers while it is shown; returns the unregister function. */
  attach(follower: MeetingFollower): () => void;
  /** The meeting changed here: tell the other window. */
  publish(state: MeetingSync): void;
  /** The latest meeting picture from the other window not yet followed, if any. */
  pending(scenarioId: string): MeetingSync | undefined;
  /** Sends to the other window; the live-room control's link (view-sync/room-link.ts) uses both. */
  post(message: SyncBody): void;
  /** Hears every message from the other window; returns the unsubscribe function. */
  listen(listener: (message: SyncMessage) => void): () => void;
}

const IDLE_MS = 3000;
/** How long a new window waits for the other window's picture before it speaks. */
const HELLO_WAIT_MS = 700;
let instance: Presenter | undefined;

/** The presenter controller, once started (undefined in tests of other screens). */
export const presenter = (): Presenter | undefined => instance;

export function startPresenter(app: App): Presenter {
  const params = new URLSearchParams(window.location.search);
  const presenterView = params.get('view') === 'presenter';
  const root = document.documentElement;
  const listeners = new Set<() => void>();
  let on = false;
  let blank = false;
  let scoresBefore = app.settings.get().showScores;
  let countdown = newCountdown(app.settings.get().countdownSeconds);
  let follower: MeetingFollower | undefined;
  let lastRemote: MeetingSync | undefined;
  let applyingGlobal = false;
  const hearers = new Set<(message: SyncMessage) => void>();
  // Made below, once the controller they talk to exists.
  const parts: { chrome?: PresenterChrome; sync?: SyncChannel } = {};

  const changed = () => {
    parts.chrome?.render();
    for (const listener of listeners) listener();
  };
  const globalState = (): GlobalSync => ({
    blank,
    showScores: app.settings.get().showScores,
    countdown,
  });
  // A window that just opened listens first: if another window answers its hello, that
  // window's meeting wins; only after a short quiet time does this one speak for itself.
  let listeningUntil = Date.now() + HELLO_WAIT_MS;
  const listening = () => Date.now() < listeningUntil;
  const shareGlobal = () => {
    if (!applyingGlobal && !listening()) parts.sync?.post({ type: 'global', state: globalState() });
  };

  const setBlank = (value: boolean) => {
    blank = value;
    root.dataset.blank = String(value);
    changed();
    shareGlobal();
  };

  const controller: Presenter = {
    active: () => on,
    isPresenterView: () => presenterView,
    countdown: () => countdown,
    setActive(value) {
      if (value === on) return;
      on = value;
      root.dataset.presenter = value ? 'on' : 'off';
      if (value) {
        scoresBefore = app.settings.get().showScores;
        if (scoresBefore) app.settings.set({ showScores: false });
      } else if (scoresBefore !== app.settings.get().showScores) {
        app.settings.set({ showScores: scoresBefore });
      }
      app.announce(
        value ? 'Presenter mode on: scores hidden until you press H' : 'Presenter mode off',
      );
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach(next) {
      follower = next;
      return () => {
        if (follower === next) follower = undefined;
      };
    },
    publish(state) {
      if (!listening()) parts.sync?.post({ type: 'meeting', state });
    },
    pending(scenarioId) {
      return lastRemote?.scenarioId === scenarioId ? lastRemote : undefined;
    },
    post: (message) => parts.sync?.post(message),
    listen(listener) {
      hearers.add(listener);
      return () => hearers.delete(listener);
    },
  };
  instance = controller;

  const followMeeting = (state: MeetingSync) => {
    lastRemote = state;
    if (follower?.scenarioId === state.scenarioId && follower.follow(state)) return;
    const path = state.steps.map((step) => step.choiceId);
    app.go({ screen: 'play', scenarioId: state.scenarioId, path, seed: state.seed });
  };

  parts.sync = openSync((message) => {
    for (const hear of hearers) hear(message);
    if (message.type === 'global' || message.type === 'meeting') listeningUntil = 0;
    if (message.type === 'hello') {
      shareGlobal();
      if (follower) parts.sync?.post({ type: 'meeting', state: follower.current() });
    } else if (message.type === 'global') {
      applyingGlobal = true;
      try {
        countdown = message.state.countdown;
        if (message.state.showScores !== app.settings.get().showScores) {
          app.settings.set({ showScores: message.state.showScores });
        }
        if (message.state.blank !== blank) setBlank(message.state.blank);
        changed();
      } finally {
        applyingGlobal = false;
      }
    } else if (message.type === 'meeting' && on) followMeeting(message.state);
  });

  const toggleTimer = () => {
    countdown = toggleCountdown(countdown, Date.now());
    changed();
    shareGlobal();
  };
  parts.chrome = createPresenterChrome(app, controller, {
    toggleCountdown: toggleTimer,
    // One gentle chime at zero, from the projected window only (both may be on one laptop).
    zero: () => (presenterView ? undefined : app.sound.cue('time-up')),
  });
  app.settings.subscribe((next, previous) => {
    if (next.showScores !== previous.showScores) shareGlobal();
    if (next.countdownSeconds !== previous.countdownSeconds && countdown.endsAt === undefined) {
      countdown = newCountdown(next.countdownSeconds);
      changed();
    }
  });

  window.addEventListener(
    'keydown',
    (event) => {
      if (blank) {
        // Any key brings the picture back, and does nothing else.
        event.preventDefault();
        event.stopImmediatePropagation();
        setBlank(false);
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (anyOverlayOpen() || isTypingTarget(event.target)) return;
      const key = event.key;
      let handled = true;
      if (key === 'p' || key === 'P') controller.setActive(!on);
      else if (key === 'b' || key === 'B' || key === '.') setBlank(true);
      else if ((key === 't' || key === 'T') && on) toggleTimer();
      else if ((key === 'l' || key === 'L') && on) parts.chrome?.toggleRoomPanel();
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true },
  );

  watchPointer(root);
  root.dataset.view = presenterView ? 'presenter' : 'projected';
  root.dataset.blank = 'false';
  controller.setActive(presenterRequested());
  parts.sync.post({ type: 'hello' });
  return controller;
}

/** Hides the pointer after 3 s without moving (presenter mode's CSS reads the attribute). */
function watchPointer(root: HTMLElement): void {
  let timer = 0;
  const wake = () => {
    root.dataset.pointer = 'active';
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (root.dataset.pointer = 'idle'), IDLE_MS);
  };
  for (const type of ['mousemove', 'mousedown', 'wheel', 'touchstart']) {
    window.addEventListener(type, wake, { passive: true });
  }
  wake();
}
