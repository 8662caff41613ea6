/**
 * The inline script of the built index.html (see opening-plugin.ts): when the
 * URL opens a meeting at its start, it draws the meeting's opening lines
 * before the game's JavaScript has arrived (src/ui/opening.ts). Anything
 * unexpected (other routes, presenter windows, unreadable data) and it does
 * nothing: the game then starts as it always does.
 */
import { parseHash } from '../engine/links.ts';
import { loadSaved } from '../engine/saved.ts';
import { DEFAULT_SETTINGS, type Settings } from '../engine/saved-types.ts';
import { mountOpening, OPENINGS_ID, type Opening } from '../ui/opening.ts';
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

/** The opening the URL asks for: a meeting at its first decision, outside presenter mode. */
function wanted(openings: readonly Opening[]): Opening | undefined {
  const search = new URLSearchParams(window.location.search);
  if (search.get('view') === 'presenter' || search.get('mode') === 'present') return undefined;
  const { route, problem } = parseHash(window.location.hash);
  if (problem || route.screen !== 'play' || route.path.length > 0) return undefined;
  return openings.find((opening) => opening.scenario.id === route.scenarioId);
}

try {
  const root = document.getElementById('app');
  const data = document.getElementById(OPENINGS_ID)?.textContent;
  const opening = root && data ? wanted(JSON.parse(data) as Opening[]) : undefined;
  if (root && opening) {
    const settings = savedSettings();
    applySettings(document.documentElement, settings);
    window.mtcOpening = mountOpening(root, opening, settings.showScores);
  }
} catch {
  // The game draws the meeting itself once it has loaded.
}
