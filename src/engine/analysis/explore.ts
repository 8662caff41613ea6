/**
 * The forward pass: every (node, projected state) pair a play can reach, the
 * choices offered there, and how many paths from the start reach each pair.
 * Nodes are visited in dependency order, so when a node is expanded every
 * pair at it is known and its path count is final. Path counts are bigints
 * carried along edges: the cost grows with pairs and edges, never with paths.
 */
import type { Scenario } from '../../content/types.ts';
import { chooseEnding } from '../lookup.ts';
import { holds } from '../state.ts';
import type { StateSpace } from './projection.ts';
import { type NodeGraph, TO_END, TO_NOWHERE } from './structure.ts';

/** The reachable part of the scenario as a DAG of (node, projected state) pairs. */
export interface StateGraph {
  /** Node index per pair id. */
  pairNode: number[];
  /** Pair ids, each after every pair leading to it; the start pair first. */
  order: number[];
  /** Pair p's edges are edgeStart[p]..edgeEnd[p]-1. */
  edgeStart: number[];
  edgeEnd: number[];
  /** Global choice index per edge, in authored order within a pair. */
  edgeChoice: number[];
  /** Target pair id per edge, or -1 - ending index when the choice closes the meeting. */
  edgeTarget: number[];
  /** Number of complete paths per ending index. */
  endingPaths: bigint[];
  /** Node indexes where some reachable state leaves no choice to follow. */
  stuck: Set<number>;
}

export function explore(scenario: Scenario, graph: NodeGraph, space: StateSpace): StateGraph {
  const result: StateGraph = {
    pairNode: [],
    order: [],
    edgeStart: [],
    edgeEnd: [],
    edgeChoice: [],
    edgeTarget: [],
    endingPaths: scenario.endings.map(() => 0n),
    stuck: new Set(),
  };
  const explorer = new Explorer(scenario, graph, space, result);
  for (const node of graph.order) explorer.expandNode(node);
  return result;
}

class Explorer {
  /** Projected state id per pair. */
  private readonly pairState: number[] = [];
  /** Paths from the start to each pair; released once the pair is expanded. */
  private readonly prefix: bigint[] = [];
  /** Pairs of a node as a linked list: the first, then the next of each pair. */
  private readonly firstPair: Int32Array;
  private readonly nextPair: number[] = [];
  /** Pair lookup: by node for the start's state (the common case), else by (state, node). */
  private readonly pairAtStartState: Int32Array;
  private readonly pairOfKey = new Map<number, number>();
  private readonly endingOfState: number[] = [];
  private readonly endingIndex: Map<object, number>;

  constructor(
    private readonly scenario: Scenario,
    private readonly graph: NodeGraph,
    private readonly space: StateSpace,
    private readonly result: StateGraph,
  ) {
    this.firstPair = new Int32Array(scenario.nodes.length).fill(-1);
    this.pairAtStartState = new Int32Array(scenario.nodes.length).fill(-1);
    this.endingIndex = new Map(scenario.endings.map((ending, i) => [ending, i]));
    const start = graph.indexOf.get(scenario.start);
    if (start === undefined) return;
    this.prefix[this.pairFor(start, 0)] = 1n;
  }

  expandNode(node: number): void {
    for (let pair = this.firstPair[node]!; pair >= 0; pair = this.nextPair[pair]!) {
      this.expandPair(pair, node);
    }
  }

  private expandPair(pair: number, node: number): void {
    const { graph, result, space } = this;
    const state = this.pairState[pair]!;
    const paths = this.prefix[pair]!;
    this.prefix[pair] = 0n;
    result.order.push(pair);
    result.edgeStart[pair] = result.edgeChoice.length;
    for (let c = graph.choiceBase[node]!; c < graph.choiceBase[node + 1]!; c++) {
      const target = graph.choiceTarget[c]!;
      if (target === TO_NOWHERE || graph.backEdge[c]) continue;
      const requires = graph.choices[c]!.requires;
      if (requires && !holds(requires, space.meetingState(state))) continue;
      const next = space.next(state, c);
      let edgeTarget: number;
      if (target === TO_END) {
        const ending = this.endingFor(next);
        result.endingPaths[ending]! += paths;
        edgeTarget = -1 - ending;
      } else {
        edgeTarget = this.pairFor(target, next);
        this.prefix[edgeTarget]! += paths;
      }
      result.edgeChoice.push(c);
      result.edgeTarget.push(edgeTarget);
    }
    result.edgeEnd[pair] = result.edgeChoice.length;
    if (result.edgeEnd[pair] === result.edgeStart[pair]) result.stuck.add(node);
  }

  /** The pair for a node and projected state, created on first sight. */
  private pairFor(node: number, state: number): number {
    const key = (state - 1) * this.scenario.nodes.length + node;
    const known = state === 0 ? this.pairAtStartState[node]! : (this.pairOfKey.get(key) ?? -1);
    if (known >= 0) return known;
    const pair = this.result.pairNode.push(node) - 1;
    this.pairState.push(state);
    this.prefix.push(0n);
    this.nextPair.push(this.firstPair[node]!);
    this.firstPair[node] = pair;
    if (state === 0) this.pairAtStartState[node] = pair;
    else this.pairOfKey.set(key, pair);
    return pair;
  }

  /** The ending index for a closing state: the engine's own `chooseEnding`, memoised. */
  private endingFor(state: number): number {
    let ending = this.endingOfState[state];
    if (ending === undefined) {
      const chosen = chooseEnding(this.scenario, this.space.meetingState(state));
      ending = this.endingIndex.get(chosen)!;
      this.endingOfState[state] = ending;
    }
    return ending;
  }
}
