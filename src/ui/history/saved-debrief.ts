/**
 * `#/debrief/<run>`: a saved run's debrief. The play screen already shows
 * the debrief of a finished path, so this marks the run as the one to show
 * and hands over to `#/play/<meeting>/<its path>` without a history entry.
 */
import { formatRoute } from '../../engine/links/route.ts';
import { resolveLink } from '../../engine/links/resolve.ts';
import { el } from '../dom.ts';
import type { App } from '../app.ts';
import type { ScreenFactory } from '../router.ts';
import { setActiveRun } from '../runs.ts';

export const savedDebriefScreen: ScreenFactory<App> = (app, link) => {
  const resolved = resolveLink(app.scenarios, formatRoute(link.route), app.saved.data().runs);
  const run = resolved.runs?.[0];
  if (resolved.problem) app.notify(resolved.problem);
  let target = resolved.route;
  if (resolved.route.screen === 'debrief' && run) {
    const path = run.record.steps.map((step) => step.choiceId);
    setActiveRun(run.id, path);
    target = { screen: 'play', scenarioId: run.record.scenarioId, path, seed: run.record.seed };
  }
  queueMicrotask(() => window.location.replace(formatRoute(target)));
  return { element: el('p', { class: 'page' }, 'Opening the run…'), destroy: () => undefined };
};
