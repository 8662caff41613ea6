/**
 * The inline script of the built index.html (see opening-plugin.ts): when the
 * URL opens a meeting at its start, it draws the meeting's opening lines
 * before the game's JavaScript has arrived (src/ui/opening.ts); when it
 * opens any screen but the title, it asks for the meetings' chunks. Anything
 * unexpected (other routes, presenter windows, unreadable data) and it does
 * nothing: the game then starts as it always does.
 */
import { parseHash } from '../engine/links.ts';
import { loadSaved } from '../engine/saved.ts';
import { DEFAULT_SETTINGS, type Settings } from '../engine/saved-types.ts';
import { mountOpening, OPENINGS_ID, type FirstScreenData } from '../ui/opening.ts';
import { applySettings } from '../ui/settings.ts';
import { STORAGE_KEY } from '../ui/storage.ts';

/** The saved settings, read the way the game reads them; the defaults if storage is unusable. */
function savedSettings(): Settings {
  try {
    return {
      ...DEFAULT_SETTINGS,
      ...loadSaved(window.localStorage.getItem(STORAGE_KEY)).data.settings,
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** The route the URL names, unless presenter mode draws this window its own way. */
function route() {
  const search = new URLSearchParams(window.location.search);
  const presenter = search.get('view') === 'presenter' || search.get('mode') === 'present';
  const { route, problem } = parseHash(window.location.hash);
  return { route, plain: !presenter && !problem };
}

/** Asks for the meetings' chunks now, so the game does not wait a round trip for them later. */
function preload(files: readonly string[]): void {
  for (const href of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

try {
  const root = document.getElementById('app');
  const text = document.getElementById(OPENINGS_ID)?.textContent;
  const data = text ? (JSON.parse(text) as FirstScreenData) : undefined;
  const { route: wanted, plain } = route();
  if (data && wanted.screen !== 'title' && wanted.screen !== 'select') preload(data.scenarioChunks);
  const opening =
    plain && wanted.screen === 'play' && wanted.path.length === 0
      ? data?.openings.find((candidate) => candidate.scenario.id === wanted.scenarioId)
      : undefined;
  if (root && opening) {
    const settings = savedSettings();
    applySettings(document.documentElement, settings);
    window.mtcOpening = mountOpening(root, opening, settings.showScores);
  }
} catch {
  // The game draws the meeting itself once it has loaded.
}
