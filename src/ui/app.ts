/**
 * The DOM layer's shell: saved data, settings, sound, overlays, notices, the
 * router and the global shortcuts. Screens receive this as their context.
 */
import type { Scenario } from '../content/types.ts';
import type { Route } from '../engine/links/route.ts';
import { el, button, isTypingTarget } from './dom.ts';
import { leaveWhenRead } from './notice-timer.ts';
import { anyOverlayOpen, createHelpOverlay, lazyOverlay, type Overlay } from './overlays.ts';
import { startRouter, type Router, type ScreenRegistry } from './router.ts';
import { loadScenarios, meetings, type MeetingEntry } from './scenario-list.ts';
import { createSettingsOverlay } from './settings-panel.ts';
import { createSettingsStore, type SettingsStore } from './settings.ts';
import { createSound, type Sound } from './sound.ts';
import { openSavedStore, type SavedStore } from './storage.ts';

export interface App {
  /** The title screen's cards, available at once. */
  readonly meetings: readonly MeetingEntry[];
  /**
   * The full scenarios loaded so far ([] before any). The router loads what a
   * screen needs before showing it — the one meeting of a play link, all of
   * them for the others but the title — so screens can read this synchronously.
   */
  readonly scenarios: readonly Scenario[];
  /** Loads the given meetings, or all (each once); rejects if they could not be fetched. */
  loadScenarios(ids?: readonly string[]): Promise<void>;
  readonly saved: SavedStore;
  readonly settings: SettingsStore;
  readonly sound: Sound;
  readonly overlays: { help: Overlay; settings: Overlay };
  /** Shows a message the player should read (a problem, a fallback). */
  notify(message: string): void;
  /** Briefly confirms a shortcut ("Sound off"), also for screen readers. */
  announce(message: string): void;
  go(route: Route): void;
  replace(route: Route): void;
}

function noticeArea(): { element: HTMLElement; notify(message: string): void } {
  const element = el('div', { class: 'notices', role: 'status', 'aria-live': 'polite' });
  return {
    element,
    notify(message) {
      const notice = el('p', { class: 'notice' }, el('span', {}, message));
      notice.append(button('Dismiss', () => notice.remove(), { class: 'notice-dismiss' }));
      element.append(notice);
      leaveWhenRead(notice, message);
      while (element.childElementCount > 3) element.firstElementChild?.remove();
    },
  };
}

function toggleFullscreen(app: App): void {
  const done = () => undefined;
  const failed = () => app.announce('Full screen is not available here');
  try {
    if (document.fullscreenElement) void document.exitFullscreen().then(done, failed);
    else void document.documentElement.requestFullscreen().then(done, failed);
  } catch {
    failed();
  }
}

function globalShortcut(app: App, event: KeyboardEvent): boolean {
  const { settings } = app;
  switch (event.key) {
    case 'm':
    case 'M':
      settings.set({ sound: !settings.get().sound });
      app.announce(settings.get().sound ? 'Sound on' : 'Sound off');
      return true;
    case 'h':
    case 'H':
      settings.set({ showScores: !settings.get().showScores });
      app.announce(settings.get().showScores ? 'Scores shown' : 'Scores hidden');
      return true;
    case 'f':
    case 'F':
      toggleFullscreen(app);
      return true;
    case '?':
      app.overlays.help.open();
      return true;
    default:
      return false;
  }
}

/** Builds the shell inside `root` and shows the screen the URL names. */
export function startApp(root: HTMLElement, screens: ScreenRegistry<App>): App {
  const saved = openSavedStore();
  const settings = createSettingsStore(saved, document.documentElement);
  const notices = noticeArea();
  const toast = el('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
  // The inline opening (src/ui/opening.ts) may have drawn a meeting already: keep
  // its outlet, so the screen stays until the play screen replaces it.
  const outlet =
    root.querySelector<HTMLElement>(':scope > main.outlet') ??
    el('main', { class: 'outlet', id: 'main' });
  root.replaceChildren(notices.element, outlet, toast);
  let toastTimer = 0;
  let scenarios: readonly Scenario[] = [];
  const app: App = {
    meetings,
    get scenarios() {
      return scenarios;
    },
    loadScenarios: (ids) =>
      loadScenarios(ids).then((loaded) => {
        scenarios = loaded;
      }),
    saved,
    settings,
    sound: createSound(settings, (message) => app.announce(message)),
    overlays: {
      help: lazyOverlay(() => createHelpOverlay(root)),
      settings: lazyOverlay(() => createSettingsOverlay(root, settings)),
    },
    notify: notices.notify,
    announce(message) {
      toast.textContent = message;
      toast.dataset.visible = 'true';
      window.clearTimeout(toastTimer);
      toastTimer = window.setTimeout(() => (toast.dataset.visible = 'false'), 1800);
    },
    go: (route) => router.go(route),
    replace: (route) => router.replace(route),
  };
  if (saved.notice) app.notify(saved.notice);
  saved.onWriteFailure = (message) => app.notify(message);
  const router: Router = startRouter(app, screens, outlet);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (anyOverlayOpen() || isTypingTarget(event.target)) return;
    const handled = globalShortcut(app, event) || (router.current()?.onKey?.(event) ?? false);
    if (handled) event.preventDefault();
  });
  return app;
}
