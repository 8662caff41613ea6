/**
 * A tiny hash router: one screen at a time, one file per screen. Links are
 * parsed and checked by the engine (resolveLink), so a malformed or unknown
 * link lands on the nearest valid screen with a message, never a blank page.
 * Every screen but the title and the meeting list reads full scenarios,
 * which load on first need (a chunk each): a play link only its own meeting,
 * the other screens all of them. The router waits for them before showing
 * such a screen, and falls back to the title with a notice if they cannot be
 * fetched.
 * Later screens (history, compare, map, presenter) register themselves in
 * screens/index.ts; nothing here needs to change.
 */
import { formatRoute, parseHash, type Route, type Screen } from '../engine/links/route.ts';
import { resolveLink, type ResolvedLink } from '../engine/links/resolve.ts';
import { clear, el } from './dom.ts';
import type { Scenario } from '../content/types.ts';

/** A screen on display. `onKey` gets keys no overlay or global shortcut took; true = handled. */
export interface ScreenHandle {
  element: HTMLElement;
  destroy(): void;
  onKey?(event: KeyboardEvent): boolean;
}

/**
 * What the router asks of the shell that starts it. The game's shell is the
 * `App` (app.ts), which stands on this file: screens are written against
 * `ScreenFactory<App>`, and the router only passes the host through.
 */
export interface RouterHost {
  readonly scenarios: readonly Scenario[];
  /** Loads the given meetings, or every meeting when no ids are given. */
  loadScenarios(ids?: readonly string[]): Promise<void>;
  notify(message: string): void;
  announce(message: string): void;
}

export type ScreenFactory<Host> = (host: Host, link: ResolvedLink) => ScreenHandle;
export type ScreenRegistry<Host> = Partial<Record<Screen, ScreenFactory<Host>>>;

export interface Router {
  current(): ScreenHandle | undefined;
  /** Shows a route and adds it to the browser history. */
  go(route: Route): void;
  /** Records where the player is without re-rendering (e.g. after each choice). */
  replace(route: Route): void;
}

/** The screens that read full scenarios; the title and meeting list need only the catalogue. */
export function needsScenarios(screen: Screen): boolean {
  return screen !== 'title' && screen !== 'select';
}

/** Which full scenarios a screen reads: none, the meetings named, or all of them. */
export type ScenarioNeed = 'none' | 'all' | { ids: readonly string[] };

/** A play link needs only its own meeting; the title and the list none; the rest all. */
export function scenarioNeed(route: Route): ScenarioNeed {
  if (!needsScenarios(route.screen)) return 'none';
  return route.screen === 'play' ? { ids: [route.scenarioId] } : 'all';
}

/** What to do once a request's scenarios are there, if it is still the latest request. */
export interface GateHandlers {
  ready(): void;
  failed(error: unknown): void;
  /** The load is taking a while (`slowMs`) and this request is still the latest. */
  slow(): void;
}

export interface LoadGate {
  /**
   * Calls `ready` at once when nothing is needed or it has already loaded;
   * otherwise after the load, but only if no newer request was made
   * meanwhile (a newer hash wins over a load still in flight).
   */
  request(need: ScenarioNeed, handlers: GateHandlers): void;
}

export function createLoadGate(
  load: (ids?: readonly string[]) => Promise<void>,
  slowMs = 300,
): LoadGate {
  let latest = 0;
  let all = false;
  const some = new Set<string>();
  const has = (need: ScenarioNeed) =>
    need === 'none' || all || (need !== 'all' && need.ids.every((id) => some.has(id)));
  return {
    request(need, handlers) {
      const mine = ++latest;
      if (has(need)) {
        handlers.ready();
        return;
      }
      const timer = setTimeout(() => {
        if (mine === latest) handlers.slow();
      }, slowMs);
      load(typeof need === 'object' ? need.ids : undefined).then(
        () => {
          if (typeof need === 'object') need.ids.forEach((id) => some.add(id));
          else all = true;
          clearTimeout(timer);
          // The task the last chunk arrived in also prepared it (the loader compiles each
          // meeting's machine): the screen is drawn in a task of its own, so a slow laptop
          // does not do both in one long task.
          setTimeout(() => {
            if (mine === latest) handlers.ready();
          }, 0);
        },
        (error: unknown) => {
          clearTimeout(timer);
          if (mine === latest) handlers.failed(error);
        },
      );
    },
  };
}

export const LOAD_FAILED =
  'The meetings could not be loaded. Check the connection and reload the page.';

export function startRouter<Host extends RouterHost>(
  app: Host,
  screens: ScreenRegistry<Host>,
  outlet: HTMLElement,
): Router {
  let current: ScreenHandle | undefined;
  const gate = createLoadGate((ids) => app.loadScenarios(ids));
  const render = (link: ResolvedLink) => {
    current?.destroy();
    clear(outlet);
    const factory = screens[link.route.screen] ?? screens.title;
    if (!factory) return;
    current = factory(app, link);
    outlet.append(current.element);
    outlet.dataset.screen = link.route.screen;
  };
  const resolveAndRender = () => {
    let link = resolveLink(app.scenarios, window.location.hash);
    const problems = link.problem ? [link.problem] : [];
    if (!screens[link.route.screen]) {
      problems.push(
        'That screen is not part of this version yet, so you are back at the meeting list.',
      );
      link = { route: { screen: 'title' } };
    }
    if (problems.length > 0) app.notify(problems.join(' '));
    const wanted = formatRoute(link.route);
    if (problems.length > 0 && wanted !== window.location.hash)
      window.history.replaceState(null, '', wanted);
    render(link);
  };
  // Until the scenarios are there, whatever is on screen stays (the page's own first
  // lines of a meeting, or the previous screen): no blank flash while a chunk loads.
  const show = () => {
    gate.request(scenarioNeed(parseHash(window.location.hash).route), {
      ready: resolveAndRender,
      failed: () => {
        // The hash stays, so reloading the page (as the notice says) tries it again.
        app.notify(LOAD_FAILED);
        render({ route: { screen: 'title' } });
      },
      slow: () => {
        // The inline opening is the meeting already: it needs no word about loading.
        if (outlet.dataset.screen === 'play' && !current) return;
        if (outlet.childElementCount > 0 || outlet.textContent?.trim())
          app.announce('Loading the meetings…');
        else outlet.append(el('p', { class: 'page loading', role: 'status' }, 'Loading…'));
      },
    });
  };
  window.addEventListener('hashchange', show);
  queueMicrotask(show);
  return {
    current: () => current,
    go(route) {
      const hash = formatRoute(route);
      if (hash === window.location.hash) show();
      else window.location.hash = hash;
    },
    replace(route) {
      window.history.replaceState(null, '', formatRoute(route));
    },
  };
}

/**
 * A screen whose code is fetched the first time it is shown, so screens
 * most players never open (history, compare, map…) stay out of the first
 * screen's JavaScript. Usage in screens/index.ts:
 *   history: lazyScreen(() => import('../history/history-screen.ts').then((m) => m.historyScreen)),
 */
export function lazyScreen<Host>(load: () => Promise<ScreenFactory<Host>>): ScreenFactory<Host> {
  let loaded: ScreenFactory<Host> | undefined;
  return (app, link) => {
    if (loaded) return loaded(app, link);
    const placeholder = el('p', { class: 'page loading', role: 'status' }, 'Loading…');
    let inner: ScreenHandle | undefined;
    let gone = false;
    load().then(
      (factory) => {
        loaded = factory;
        if (gone) return;
        inner = factory(app, link);
        placeholder.replaceWith(inner.element);
      },
      () => {
        placeholder.textContent =
          'This screen could not be loaded. Check the connection and reload the page.';
      },
    );
    return {
      element: placeholder,
      onKey: (event) => inner?.onKey?.(event) ?? false,
      destroy() {
        gone = true;
        inner?.destroy();
      },
    };
  };
}
