/**
 * What presenter mode adds around every screen: the blank screen, the
 * countdown, and a small bar (open the presenter view, the workshop summary,
 * leave presenter mode) that hides with the pointer.
 */
import type { App } from '../../app.ts';
import { button, el } from '../../dom.ts';
import type { LiveControl } from './live-control.ts';
import type { SyncBody, SyncMessage } from '../view-sync/channel.ts';
import { clockText, isRunning, remainingMs, type CountdownState } from './countdown.ts';

export interface PresenterChrome {
  render(): void;
  /** `L`: shows or hides the live room's code and QR on the projector. */
  toggleRoomPanel(): void;
}

export interface ChromeActions {
  toggleCountdown(): void;
  /** The countdown reached zero in this window. */
  zero(): void;
}

/** Opens the presenter view: the same meeting, with notes, in a second window. */
export function openPresenterView(app: App): void {
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'presenter');
  url.searchParams.delete('mode');
  const opened = window.open(url.href, 'make-the-call-presenter', 'popup,width=1280,height=800');
  if (!opened) app.announce('The browser blocked the second window; allow pop-ups for this page.');
}

/**
 * What the chrome reads of presenter mode. mode.ts's `Presenter` is one; the
 * chrome stands below it, so it names only what it uses.
 */
export interface ChromeHost {
  active(): boolean;
  isPresenterView(): boolean;
  countdown(): CountdownState;
  setActive(on: boolean): void;
  post(message: SyncBody): void;
  listen(listener: (message: SyncMessage) => void): () => void;
}

export function createPresenterChrome(
  app: App,
  presenter: ChromeHost,
  actions: ChromeActions,
): PresenterChrome {
  const blank = el('div', { class: 'presenter-blank', 'aria-hidden': 'true' });
  const clock = el('span', { class: 'presenter-clock' });
  const countdown = el(
    'div',
    { class: 'presenter-countdown', role: 'timer', 'aria-label': 'Discussion countdown' },
    clock,
  );
  const timerButton = button('Countdown (T)', actions.toggleCountdown, {
    'aria-keyshortcuts': 'T',
  });
  // The live-room control arrives in a chunk of its own (requestLive below).
  const liveSlot = el('span', { class: 'live-slot' });
  let live: LiveControl | undefined;
  const bar = el(
    'nav',
    { class: 'presenter-bar', 'aria-label': 'Presenter' },
    button('Open presenter view', () => openPresenterView(app)),
    timerButton,
    liveSlot,
    button('Workshop summary', () => app.go({ screen: 'workshop' })),
    button('Leave presenter mode', () => presenter.setActive(false), {
      'aria-keyshortcuts': 'P',
    }),
  );
  document.body.append(blank, countdown, bar);

  let ticking = 0;
  let chimed = false;
  const paint = () => {
    const state = presenter.countdown();
    const left = remainingMs(state, Date.now());
    const started = isRunning(state) || left < state.seconds * 1000;
    countdown.hidden = !presenter.active() || !started;
    countdown.dataset.state = isRunning(state) ? (left === 0 ? 'done' : 'running') : 'paused';
    clock.textContent = left === 0 ? 'Time' : clockText(left);
    timerButton.textContent =
      isRunning(state) && left > 0 ? 'Pause countdown (T)' : 'Countdown (T)';
    if (isRunning(state) && left === 0 && !chimed) {
      chimed = true;
      actions.zero();
    }
    if (!isRunning(state) || left > 0) chimed = left === 0 && chimed;
    if (!isRunning(state) || left === 0) {
      window.clearInterval(ticking);
      ticking = 0;
    } else if (!ticking) ticking = window.setInterval(paint, 250);
  };
  // The live-room control is fetched the first time presenter mode is on: a trainee
  // playing alone never loads it (it was ~5 KB gzip ahead of a deep link's first option).
  let liveRequested = false;
  const requestLive = () => {
    if (liveRequested) return;
    liveRequested = true;
    void import('./live-control.ts').then(
      (module) => {
        live = module.createLiveControl({
          presenterView: presenter.isPresenterView(),
          post: (message) => presenter.post(message),
          listen: (listener) => presenter.listen(listener),
          notify: (message) => app.notify(message),
        });
        liveSlot.replaceWith(...live.parts);
        render();
      },
      () => liveSlot.remove(),
    );
  };
  const render = () => {
    bar.hidden = !presenter.active();
    if (presenter.active()) requestLive();
    live?.render(presenter.active());
    paint();
  };
  render();
  return { render, toggleRoomPanel: () => live?.togglePanel() };
}
