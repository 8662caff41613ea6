/**
 * Resolving a deep link against the scenarios this build has: unknown
 * meetings fall back to the meeting list, and a play path is replayed choice
 * by choice so a link lands on the longest prefix that can really be played.
 */
import type { Scenario } from '../content/types.ts';
import { parseHash, type Route } from './links.ts';
import { replayChoices, type ReplayResult } from './replay.ts';
import { clip } from './untrusted.ts';

/** Where a link lands, with one human sentence or two on what was wrong. */
export interface ResolvedLink {
  route: Route;
  problem?: string;
  /** For a play route: the meeting and the replay of its (valid) path. */
  play?: { scenario: Scenario; replay: ReplayResult };
}

/**
 * Parses and checks any hash. Meeting ids are checked against `scenarios`;
 * a play path is replayed and cut to its longest playable prefix. Run ids
 * (debrief, compare) are only checked for shape: the ui knows the history.
 * Never throws.
 */
export function resolveLink(scenarios: readonly Scenario[], hash: string): ResolvedLink {
  const parsed = parseHash(hash);
  const problems = parsed.problem ? [parsed.problem] : [];
  const done = (link: ResolvedLink): ResolvedLink => {
    const all = link.problem ? [...problems, link.problem] : problems;
    return all.length > 0 ? { ...link, problem: all.join(' ') } : link;
  };
  const route = parsed.route;
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
    return done(walkPath(scenario, route.path));
  } catch {
    return done({
      route: { screen: 'select' },
      problem: `The meeting "${clip(scenario.title)}" could not be opened.`,
    });
  }
}

/** The name for `resolveLink`: play links are the ones it replays. */
export const resolvePlayLink = resolveLink;

function walkPath(scenario: Scenario, path: readonly string[]): ResolvedLink {
  const replay = replayChoices(scenario, path);
  const kept = path.slice(0, replay.steps.length);
  const route: Route = { screen: 'play', scenarioId: scenario.id, path: kept };
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
