/**
 * "What would the other options have led to?" and "how did my run compare?":
 * the analysis of the scenario from a point in a run, not only from its start.
 */
import type { Choice, Ending, Scenario } from '../../content/types.ts';
import { RATINGS } from '../../content/vocabulary.ts';
import { analyze, type ScenarioAnalysis } from '../analysis/analyze.ts';
import { chooseEnding, indexScenario } from '../core/lookup.ts';
import { shownChoices } from '../core/order.ts';
import type { ReplayResult } from '../core/replay.ts';
import { applyChoice, initialState, type MeetingState } from '../core/state.ts';
import { END } from '../../content/types.ts';

/** Id of the synthetic node that carries a run's state into the analysis. Ids are kebab-case, so it cannot collide. */
const FROM_NODE = '__from';

const fromCache = new WeakMap<Scenario, Map<string, ScenarioAnalysis>>();

/**
 * Analyses every play that continues from `nodeId` with `state` (meters,
 * trust and flags so far). Exact for the same reasons `analyze` is: the
 * scenario is analysed with one extra opening choice that brings the meeting
 * to this state, so counts, shares and score ranges are of the plays from here.
 */
export function analyzeFrom(
  scenario: Scenario,
  nodeId: string,
  state: MeetingState,
): ScenarioAnalysis {
  const key = JSON.stringify([nodeId, state]);
  let byKey = fromCache.get(scenario);
  if (!byKey) fromCache.set(scenario, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  const opening: Choice = {
    id: FROM_NODE,
    text: 'So far',
    customer: state.customer,
    pleasing: state.pleasing,
    trust: { ...state.trust },
    flags: { ...state.flags },
    feedback: 'So far',
    principle: 'align-stakeholders',
    next: nodeId,
  };
  const derived: Scenario = {
    ...scenario,
    cast: scenario.cast.map((member) => ({ ...member, trust: 0 })),
    start: FROM_NODE,
    nodes: [
      { id: FROM_NODE, lines: [{ speaker: 'pm', text: 'So far' }], choices: [opening] },
      ...scenario.nodes,
    ],
  };
  const analysis = analyze(derived);
  const result: ScenarioAnalysis = {
    ...analysis,
    scenarioId: scenario.id,
    nodes: scenario.nodes.length,
    edges: analysis.edges - 1,
    decisions: analysis.decisions - 1,
    reachable: analysis.reachable.filter((id) => id !== FROM_NODE),
    bestCustomerPath: dropOpening(analysis.bestCustomerPath),
    worstCustomerPath: dropOpening(analysis.worstCustomerPath),
    mostPleasingPath: dropOpening(analysis.mostPleasingPath),
    longestPath: analysis.longestPath === null ? null : analysis.longestPath - 1,
    shortestPath: analysis.shortestPath === null ? null : analysis.shortestPath - 1,
  };
  if (byKey.size > 200) byKey.clear();
  byKey.set(key, result);
  return result;
}

function dropOpening<T extends { choices: string[] } | null>(path: T): T {
  return path ? { ...path, choices: path.choices.slice(1) } : path;
}

export interface OptionOutcome {
  choice: Choice;
  /** Meters, trust and flags right after taking the option. */
  after: MeetingState;
  /** Where the option goes next: the next scene, or the ending it closes the meeting on. */
  leadsTo: { nodeId: string; title: string } | { ending: Ending };
  /** Every play that continues after this option; absent when the option ends the meeting. */
  analysis?: ScenarioAnalysis;
}

/**
 * For each option on offer at a position, in the order the run's `seed`
 * shows them (core/order.ts): its consequence and the endings it can still lead to.
 */
export function optionOutcomes(
  scenario: Scenario,
  position: ReplayResult,
  seed: number,
): OptionOutcome[] {
  const index = indexScenario(scenario);
  const node = index.node.get(position.nodeId ?? '');
  if (!node) return [];
  return shownChoices(node, position.state, seed).map((choice) => {
    const after = applyChoice(position.state, choice);
    const next = choice.next === END ? undefined : index.node.get(choice.next);
    if (!next) return { choice, after, leadsTo: { ending: chooseEnding(scenario, after) } };
    return {
      choice,
      after,
      leadsTo: { nodeId: next.id, title: next.title ?? next.id },
      analysis: analyzeFrom(scenario, next.id, after),
    };
  });
}

/** How a finished run stands among all plays of its scenario. */
export interface RunStanding {
  ending: Ending;
  /** Endings in the scenario, and how many some play reaches. */
  endingsTotal: number;
  endingsReachable: number;
  /** Share of all plays that end on a better-rated ending than this one. */
  betterShare: number;
  /** Share of all plays that end on this very ending. */
  sameShare: number;
  /** The play with the highest final customer value, for the spoiler reveal. */
  best: ScenarioAnalysis['bestCustomerPath'];
}

/** Where an ending stands among every play of the scenario. */
export function runStanding(scenario: Scenario, endingId: string): RunStanding | undefined {
  const ending = scenario.endings.find((e) => e.id === endingId);
  if (!ending) return undefined;
  const analysis = analyzeFrom(scenario, scenario.start, initialState(scenario));
  const rank = (rating: Ending['rating']) => RATINGS.indexOf(rating);
  const betterShare = analysis.endings
    .filter((e) => rank(e.rating) < rank(ending.rating))
    .reduce((sum, e) => sum + e.share, 0);
  return {
    ending,
    endingsTotal: analysis.endings.length,
    endingsReachable: analysis.endings.filter((e) => e.reachable).length,
    betterShare,
    sameShare: analysis.endings.find((e) => e.id === endingId)?.share ?? 0,
    best: analysis.bestCustomerPath,
  };
}
