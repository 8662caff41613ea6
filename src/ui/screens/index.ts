/**
 * Which file draws which screen. Later screens (history, compare, map,
 * debrief of a saved run) add one line here; routes with no screen yet fall
 * back to the meeting list with a message. Only the title and the meeting
 * load with the page; every other screen is fetched when first opened, so
 * the first decision never waits for them (budget: 60 KB gzip first screen).
 */
import type { App } from '../app.ts';
import { lazyScreen, type ScreenRegistry } from '../router.ts';
import { playScreen } from './play.ts';
import { titleScreen } from './title.ts';

export const screens: ScreenRegistry<App> = {
  title: titleScreen,
  select: titleScreen,
  play: playScreen,
  history: lazyScreen(() => import('../history/history-screen.ts').then((m) => m.historyScreen)),
  compare: lazyScreen(() => import('../compare/compare-screen.ts').then((m) => m.compareScreen)),
  map: lazyScreen(() => import('../map/map-screen.ts').then((m) => m.mapScreen)),
  debrief: lazyScreen(() =>
    import('../history/saved-debrief.ts').then((m) => m.savedDebriefScreen),
  ),
  workshop: lazyScreen(() =>
    import('../presenter/workshop/screen.ts').then((m) => m.workshopScreen),
  ),
};
