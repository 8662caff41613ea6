/**
 * The inline script of the built index.html (see opening-plugin.ts): when the
 * URL opens a meeting at its start, it draws the meeting's opening lines
 * before the game's JavaScript has arrived (src/ui/opening.ts); then it
 * starts the game (named on this script's `data-game` by the build) and,
 * for any screen but the title, asks for the meetings' chunks. Anything
 * unexpected (other routes, presenter windows, unreadable data) and it draws
 * nothing: the game starts all the same and draws the screen itself.
 */
import { parseHash } from '../engine/links/route.ts';
import { loadSaved } from '../engine/saved/envelope.ts';
import { DEFAULT_SETTINGS, type Settings } from '../engine/saved/types.ts';
import { mountOpening, OPENINGS_ID, type FirstScreenData } from '../ui/opening.ts';
import { presenterRequested } from '../ui/presenter/chrome/requested.ts';
import { applySettings, settingsOf } from '../ui/settings.ts';
import { STORAGE_KEY } from '../ui/storage.ts';

/** The saved settings, read the way the game reads them; the defaults if storage is unusable. */
function savedSettings(): Settings {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    // A first visit has nothing saved: the defaults, without waking the whole loader.
    if (text === null) return DEFAULT_SETTINGS;
    return settingsOf(loadSaved(text).data);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The route the URL names, unless presenter mode draws this window its own way. */
function route() {
  const { route, problem } = parseHash(window.location.hash);
  return { route, plain: !presenterRequested() && !problem };
}

/** Asks for modules now, so the game does not wait a round trip for them later. */
function preload(files: readonly string[]): void {
  for (const href of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/** Starts the game: the entry module and what it imports at once, as the build named them on `script`. */
function startGame(script: HTMLOrSVGScriptElement | null): void {
  const entry = script instanceof HTMLScriptElement ? script.dataset.game : undefined;
  if (!entry || !script) return;
  const module = document.createElement('script');
  module.type = 'module';
  module.crossOrigin = '';
  module.src = entry;
  document.head.append(module);
  preload((script.dataset.preload ?? '').split(' ').filter(Boolean));
}

const self = document.currentScript;

try {
  const root = document.getElementById('app');
  const text = document.getElementById(OPENINGS_ID)?.textContent;
  const data = text ? (JSON.parse(text) as FirstScreenData) : undefined;
  const { route: wanted, plain } = route();
  const opening =
    plain && wanted.screen === 'play' && wanted.path.length === 0
      ? data?.openings.find((candidate) => candidate.scenario.id === wanted.scenarioId)
      : undefined;
  if (root && opening) {
    const settings = savedSettings();
    window.mtcOpening = mountOpening(root, opening, settings.showScores);
    // Still before the first paint; done after the opening is in place because the
    // reduced-motion query makes the browser resolve the whole stylesheet first.
    applySettings(document.documentElement, settings);
  }
  // After the opening: starting requests takes the main thread a moment.
  startGame(self);
  if (data && wanted.screen !== 'title' && wanted.screen !== 'select') {
    const chunks = data.scenarioChunks;
    const linked = wanted.screen === 'play' ? chunks[wanted.scenarioId] : undefined;
    // A play link needs its own meeting only (the router loads no other); the rest need all.
    preload(wanted.screen === 'play' ? (linked ? [linked] : []) : Object.values(chunks));
  }
} catch {
  // The game draws the meeting itself once it has loaded.
  if (!document.querySelector('script[type="module"]')) startGame(self);
}
