/**
 * Resolving a deep link against the scenarios this build has: unknown
 * meetings fall back to the meeting list, and a play path is replayed choice
 * by choice so a link lands on the longest prefix that can really be played.
 */
import type { Scenario } from '../../content/types.ts';
import { parseHash, type Route } from './route.ts';
import { replayChoices, type ReplayResult } from '../core/replay.ts';
import type { SavedRun } from '../saved/types.ts';
import { clip } from '../saved/untrusted.ts';

/** Where a link lands, with one human sentence or two on what was wrong. */
export interface ResolvedLink {
  route: Route;
  problem?: string;
  /** For a play route: the meeting and the replay of its (valid) path. */
  play?: { scenario: Scenario; replay: ReplayResult };
  /** For debrief and compare routes checked against a history: the runs, in link order. */
  runs?: SavedRun[];
}

/**
 * Parses and checks any hash. Meeting ids are checked against `scenarios`;
 * a play path is replayed and cut to its longest playable prefix. Run ids
 * (debrief, compare) are checked against `runs` when a history is given,
 * otherwise only for shape. Never throws.
 */
export function resolveLink(
  scenarios: readonly Scenario[],
  hash: string,
  runs?: readonly SavedRun[],
): ResolvedLink {
  const parsed = parseHash(hash);
  const problems = parsed.problem ? [parsed.problem] : [];
  const done = (link: ResolvedLink): ResolvedLink => {
    const all = link.problem ? [...problems, link.problem] : problems;
    return all.length > 0 ? { ...link, problem: all.join(' ') } : link;
  };
  const route = parsed.route;
  if (route.screen === 'debrief' || route.screen === 'compare') {
    return done(runs ? checkRuns(route, scenarios, runs) : { route });
  }
  if (route.screen !== 'play' && route.screen !== 'map' && route.screen !== 'history') {
    return done({ route });
  }
  if (route.scenarioId === undefined) return done({ route });
  const scenario = scenarios.find((candidate) => candidate.id === route.scenarioId);
  if (!scenario) {
    const missing = `There is no meeting called "${clip(route.scenarioId)}"; pick one from the list.`;
    const fallback: Route =
      route.screen === 'history' ? { screen: 'history' } : { screen: 'select' };
    return done({ route: fallback, problem: missing });
  }
  if (route.screen !== 'play') return done({ route });
  try {
    return done(walkPath(scenario, route.path, route.seed));
  } catch {
    return done({
      route: { screen: 'select' },
      problem: `The meeting "${clip(scenario.title)}" could not be opened.`,
    });
  }
}

/**
 * Debrief and compare links against the history: unknown runs and runs of
 * meetings this build lacks are left out; a comparison keeps the runs of
 * its first run's meeting and needs two of them.
 */
function checkRuns(
  route: Extract<Route, { screen: 'debrief' | 'compare' }>,
  scenarios: readonly Scenario[],
  history: readonly SavedRun[],
): ResolvedLink {
  const ids = route.screen === 'debrief' ? [route.runId] : route.runIds;
  const playable = (run: SavedRun) => scenarios.some((s) => s.id === run.record.scenarioId);
  const found = ids.flatMap((id) => history.find((run) => run.id === id && playable(run)) ?? []);
  const meeting = found[0]?.record.scenarioId;
  const kept = found.filter((run) => run.record.scenarioId === meeting);
  const missing = ids.filter((id) => !kept.some((run) => run.id === id));
  const named = missing.map((id) => `"${clip(id)}"`).join(', ');
  const fallback: Route = meeting
    ? { screen: 'history', scenarioId: meeting }
    : { screen: 'history' };
  if (route.screen === 'debrief') {
    if (kept.length === 1) return { route, runs: kept };
    return { route: fallback, problem: `The run ${named} is not in this browser's history.` };
  }
  if (kept.length < 2) {
    return {
      route: fallback,
      problem: `The comparison needs two runs of one meeting from this browser's history; ${named} could not be used.`,
    };
  }
  const resolved: ResolvedLink = {
    route: { screen: 'compare', runIds: kept.map((run) => run.id) },
    runs: kept,
  };
  if (missing.length > 0) {
    resolved.problem = `Left out of the comparison: ${named} (not in this browser's history, or from another meeting).`;
  }
  return resolved;
}

/** The name for `resolveLink`: play links are the ones it replays. */
export const resolvePlayLink = resolveLink;

function walkPath(scenario: Scenario, path: readonly string[], seed?: number): ResolvedLink {
  const replay = replayChoices(scenario, path);
  const kept = path.slice(0, replay.steps.length);
  const route: Route = {
    screen: 'play',
    scenarioId: scenario.id,
    path: kept,
    ...(seed === undefined ? {} : { seed }),
  };
  const play = { scenario, replay };
  if (replay.ok || !replay.error) return { route, play };
  const step = replay.error.step ?? kept.length;
  const wanted = clip(path[step] ?? '');
  const after =
    kept.length === 0
      ? 'so the meeting opens at the start'
      : `so the meeting opens after decision ${kept.length}`;
  const why: Record<string, string> = {
    'unknown-choice': `Decision ${step + 1} in the link ("${wanted}") is not a choice in "${scenario.title}", ${after}.`,
    'unavailable-choice': `Decision ${step + 1} in the link ("${wanted}") cannot be taken at that point of the meeting, ${after}.`,
    'after-ending': `The link goes on after the meeting has ended; the ${path.length - kept.length} extra decision(s) were ignored.`,
  };
  return {
    route,
    play,
    problem: why[replay.error.code] ?? `The link could not be followed to the end, ${after}.`,
  };
}
