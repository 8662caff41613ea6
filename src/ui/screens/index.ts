/**
 * Which file draws which screen. Later screens (history, compare, map,
 * debrief of a saved run) add one line here; routes with no screen yet fall
 * back to the meeting list with a message.
 */
import { compareScreen } from '../compare/compare-screen.ts';
import { historyScreen } from '../history/history-screen.ts';
import { savedDebriefScreen } from '../history/saved-debrief.ts';
import { mapScreen } from '../map/map-screen.ts';
import type { ScreenRegistry } from '../router.ts';
import { playScreen } from './play.ts';
import { titleScreen } from './title.ts';

export const screens: ScreenRegistry = {
  title: titleScreen,
  select: titleScreen,
  play: playScreen,
  history: historyScreen,
  compare: compareScreen,
  map: mapScreen,
  debrief: savedDebriefScreen,
};
