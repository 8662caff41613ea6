/**
 * Analysis of a whole scenario graph: how many distinct plays there are,
 * which endings they reach and how often, the range of final scores, and
 * the plays that maximise or minimise each meter — all exact, including
 * where choices and endings depend on meters, trust and flags.
 *
 * How: plays that reach the same node with the same *projected* state (only
 * what some `requires` or ending `when` reads) have the same futures, so the
 * analysis works on those (node, projected state) pairs. A forward pass in
 * dependency order carries path counts (bigints) to every pair and ending; a
 * backward pass carries the best remaining path per objective. Final meters
 * are prefix plus suffix, and the prefix of the whole play is the initial
 * state, so the optima at the start pair are the optima of all plays. Cost
 * grows with pairs and their edges, never with the number of paths; with no
 * conditions it is linear in nodes plus choices. Nothing recurses, so
 * 100k-node scenarios cannot overflow the stack.
 *
 * Cycles: a meeting is meant to move forward. A depth-first search over the
 * scene graph (choices in authored order, conditions ignored) finds every
 * choice that leads back to a node still on its path; each such choice
 * closes a cycle, is reported, and is left out. Every figure then covers the
 * plays that never take a left-out choice, so the analysis always finishes.
 */
import type { Ending, Rating, Scenario } from '../../content/types.ts';
import { explore, type StateGraph } from './explore.ts';
import { OBJECTIVES, optimalChoices, optimize, type Optima } from './optimize.ts';
import { projectionOf, stateSpace, type Projection } from './projection.ts';
import { nodeGraph, type NodeGraph } from './structure.ts';
import { chooseEnding } from '../core/lookup.ts';
import { applyChoice, initialState, type MeetingState } from '../core/state.ts';

export type { Projection } from './projection.ts';

export interface ScoreRange {
  min: number;
  max: number;
}

export interface EndingSummary {
  id: string;
  title: string;
  rating: Rating;
}

export interface EndingAnalysis extends EndingSummary {
  /** True when at least one play closes on this ending. */
  reachable: boolean;
  /** Number of distinct plays that close on this ending. */
  paths: bigint;
  /** `paths` as a fraction of all plays, in [0, 1] (to 1e-15); 0 when there are no plays. */
  share: number;
}

/** One play from the start to an ending. */
export interface AnalyzedPath {
  /** Choice ids in the order they are made. */
  choices: string[];
  /** The meeting state after the last choice, replayed with the engine's scoring reducer. */
  final: MeetingState;
  ending: EndingSummary;
}

export interface ScenarioAnalysis {
  scenarioId: string;
  /** Authored scene nodes. */
  nodes: number;
  /** Authored choices (edges of the scene graph), reachable or not. */
  edges: number;
  /**
   * Decision points a play can reach: nodes reachable from the start through
   * choices whose `requires` hold (every scene node is a decision).
   */
  decisions: number;
  /** Ids of those reachable nodes, in authored order. */
  reachable: string[];
  /**
   * Reachable nodes where some reachable state leaves no choice to follow (every
   * `requires` fails, or the rest close a cycle or name no node): plays stop there.
   */
  stuck: string[];
  /** Distinct plays from the start to an ending. Counted, never enumerated. */
  paths: bigint;
  /** Every authored ending, in authored order. */
  endings: EndingAnalysis[];
  /** Range of final meters over all plays; null when no play reaches an ending. */
  scores: { customer: ScoreRange; pleasing: ScoreRange } | null;
  /** Highest final customer value; ties: lowest pleasing, then first in authored choice order. */
  bestCustomerPath: AnalyzedPath | null;
  /** Lowest final customer value; ties: highest pleasing, then first in authored choice order. */
  worstCustomerPath: AnalyzedPath | null;
  /** Highest final pleasing; ties: highest customer value, then first in authored choice order. */
  mostPleasingPath: AnalyzedPath | null;
  /** Most decisions (choices made) in one play; null when no play reaches an ending. */
  longestPath: number | null;
  /** Fewest decisions in one play; null when no play reaches an ending. */
  shortestPath: number | null;
  /** Node-id cycles (the last node leads back to the first); at most 100 listed. */
  cycles: string[][];
  /** Choices left out because they close a cycle. */
  backEdges: number;
  /** (node, projected state) pairs explored: the measure the cost grows with. */
  stateCount: number;
  /** What the projected state holds: the state that conditions read. */
  projection: Projection;
}

/** Analyses every play of a scenario without enumerating them. */
export function analyze(scenario: Scenario): ScenarioAnalysis {
  const graph = nodeGraph(scenario);
  const projection = projectionOf(scenario);
  const states = explore(scenario, graph, stateSpace(scenario, projection, graph.choices));
  const optima = optimize(graph, states);
  const paths = states.endingPaths.reduce((sum, count) => sum + count, 0n);
  const live = states.order.length > 0 && optima.live[0] === 1;
  const path = (objective: keyof typeof OBJECTIVES) =>
    live ? replay(scenario, graph, optimalChoices(states, optima, 0, objective)) : null;
  const reachable = reachableNodes(scenario, states);
  return {
    scenarioId: scenario.id,
    nodes: scenario.nodes.length,
    edges: graph.choices.length,
    decisions: reachable.length,
    reachable,
    stuck: scenario.nodes.filter((_, i) => states.stuck.has(i)).map((node) => node.id),
    paths,
    endings: scenario.endings.map((ending, i) =>
      endingAnalysis(ending, states.endingPaths[i]!, paths),
    ),
    scores: live ? scoreRanges(optima) : null,
    bestCustomerPath: path('bestCustomer'),
    worstCustomerPath: path('worstCustomer'),
    mostPleasingPath: path('mostPleasing'),
    longestPath: live ? optima.value(0, 'longest') : null,
    shortestPath: live ? negate(optima.value(0, 'shortest')) : null,
    cycles: graph.cycles,
    backEdges: graph.backEdgeCount,
    stateCount: states.pairNode.length,
    projection,
  };
}

/** Pair 0 is the start pair, so its optima are over every play. */
function scoreRanges(optima: Optima): { customer: ScoreRange; pleasing: ScoreRange } {
  return {
    customer: {
      min: negate(optima.value(0, 'worstCustomer')),
      max: optima.value(0, 'bestCustomer'),
    },
    pleasing: {
      min: negate(optima.value(0, 'leastPleasing')),
      max: optima.value(0, 'mostPleasing'),
    },
  };
}

/** Minimised values are stored negated; `0 - x` turns them back without producing -0. */
function negate(value: number): number {
  return 0 - value;
}

const SHARE_SCALE = 10n ** 15n;

function endingAnalysis(ending: Ending, paths: bigint, total: bigint): EndingAnalysis {
  const share = total === 0n ? 0 : Number((paths * SHARE_SCALE) / total) / Number(SHARE_SCALE);
  return { ...summary(ending), reachable: paths > 0n, paths, share };
}

function summary(ending: Ending): EndingSummary {
  return { id: ending.id, title: ending.title, rating: ending.rating };
}

function reachableNodes(scenario: Scenario, states: StateGraph): string[] {
  const seen = new Uint8Array(scenario.nodes.length);
  for (const node of states.pairNode) seen[node] = 1;
  return scenario.nodes.filter((_, i) => seen[i] === 1).map((node) => node.id);
}

/** Replays choices with the engine's own reducer and ending rule. */
function replay(scenario: Scenario, graph: NodeGraph, choices: number[]): AnalyzedPath {
  let state = initialState(scenario);
  for (const c of choices) state = applyChoice(state, graph.choices[c]!);
  return {
    choices: choices.map((c) => graph.choices[c]!.id),
    final: state,
    ending: summary(chooseEnding(scenario, state)),
  };
}

/** A count as JSON can carry it: a number while exact, else its decimal string. */
export function jsonCount(count: bigint | number): number | string {
  const big = BigInt(count);
  return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= -BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(big)
    : big.toString();
}
