/**
 * The forward pass: every (node, projected state) pair a play can reach, the
 * choices offered there, and how many paths from the start reach each pair.
 * Nodes are visited in dependency order, so when a node is expanded every
 * pair at it is known and its path count is final. Path counts are bigints
 * carried along edges: the cost grows with pairs and edges, never with paths.
 */
import type { Scenario } from '../../content/types.ts';
import { chooseEnding } from '../core/lookup.ts';
import { holds } from '../core/state.ts';
import { IntList } from './int-list.ts';
import type { StateSpace } from './projection.ts';
import { type NodeGraph, TO_END, TO_NOWHERE } from './structure.ts';

/** The reachable part of the scenario as a DAG of (node, projected state) pairs. */
export interface StateGraph {
  /** Node index per pair id. */
  pairNode: Int32Array;
  /** Pair ids, each after every pair leading to it; the start pair first. */
  order: Int32Array;
  /** Pair p's edges are edgeStart[p]..edgeEnd[p]-1. */
  edgeStart: Int32Array;
  edgeEnd: Int32Array;
  /** Global choice index per edge, in authored order within a pair. */
  edgeChoice: Int32Array;
  /** Target pair id per edge, or -1 - ending index when the choice closes the meeting. */
  edgeTarget: Int32Array;
  /** Number of complete paths per ending index. */
  endingPaths: bigint[];
  /** Node indexes where some reachable state leaves no choice to follow. */
  stuck: Set<number>;
}

export function explore(scenario: Scenario, graph: NodeGraph, space: StateSpace): StateGraph {
  const explorer = new Explorer(scenario, graph, space);
  for (const node of graph.order) explorer.expandNode(node);
  return explorer.result();
}

/** Projected states that get a pair table by node (4 bytes per node each); the rest share a map. */
const TABLED_STATES = 16;

class Explorer {
  private readonly pairNode = new IntList();
  /** Projected state id per pair. */
  private readonly pairState = new IntList();
  private readonly order = new IntList();
  private readonly edgeStart = new IntList();
  private readonly edgeEnd = new IntList();
  private readonly edgeChoice: IntList;
  private readonly edgeTarget: IntList;
  private readonly endingPaths: bigint[];
  private readonly stuck = new Set<number>();
  /** Paths from the start to each pair; released once the pair is expanded. */
  private readonly prefix: bigint[] = [];
  /** Pairs of a node as a linked list: the first, then the next of each pair. */
  private readonly firstPair: Int32Array;
  private readonly nextPair = new IntList();
  /**
   * Pair lookup: a table by node for each of the first few projected states
   * (most scenarios have only those), then a map keyed by (state, node).
   */
  private readonly pairTables: Int32Array[] = [];
  private readonly pairOfKey = new Map<number, number>();
  private readonly endingOfState: number[] = [];
  private readonly endingIndex: Map<object, number>;

  constructor(
    private readonly scenario: Scenario,
    private readonly graph: NodeGraph,
    private readonly space: StateSpace,
  ) {
    const nodes = scenario.nodes.length;
    this.edgeChoice = new IntList(graph.choices.length);
    this.edgeTarget = new IntList(graph.choices.length);
    this.endingPaths = scenario.endings.map(() => 0n);
    this.firstPair = new Int32Array(nodes).fill(-1);
    this.endingIndex = new Map(scenario.endings.map((ending, i) => [ending, i]));
    const start = graph.indexOf.get(scenario.start);
    if (start === undefined) return;
    this.prefix[this.pairFor(start, 0)] = 1n;
  }

  result(): StateGraph {
    return {
      pairNode: this.pairNode.view(),
      order: this.order.view(),
      edgeStart: this.edgeStart.view(),
      edgeEnd: this.edgeEnd.view(),
      edgeChoice: this.edgeChoice.view(),
      edgeTarget: this.edgeTarget.view(),
      endingPaths: this.endingPaths,
      stuck: this.stuck,
    };
  }

  expandNode(node: number): void {
    for (let pair = this.firstPair[node]!; pair >= 0; pair = this.nextPair.get(pair)) {
      this.expandPair(pair, node);
    }
  }

  private expandPair(pair: number, node: number): void {
    const { graph, space, edgeChoice, edgeTarget } = this;
    const state = this.pairState.get(pair);
    const paths = this.prefix[pair]!;
    this.prefix[pair] = 0n;
    this.order.push(pair);
    this.edgeStart.set(pair, edgeChoice.length);
    for (let c = graph.choiceBase[node]!; c < graph.choiceBase[node + 1]!; c++) {
      const target = graph.choiceTarget[c]!;
      if (target === TO_NOWHERE || graph.backEdge[c]) continue;
      const requires = graph.choices[c]!.requires;
      if (requires && !holds(requires, space.meetingState(state))) continue;
      const next = space.next(state, c);
      if (target === TO_END) {
        const ending = this.endingFor(next);
        this.endingPaths[ending]! += paths;
        edgeTarget.push(-1 - ending);
      } else {
        const to = this.pairFor(target, next);
        this.prefix[to]! += paths;
        edgeTarget.push(to);
      }
      edgeChoice.push(c);
    }
    this.edgeEnd.set(pair, edgeChoice.length);
    if (edgeChoice.length === this.edgeStart.get(pair)) this.stuck.add(node);
  }

  /** The pair for a node and projected state, created on first sight. */
  private pairFor(node: number, state: number): number {
    const table = state < TABLED_STATES ? this.tableFor(state) : undefined;
    const key = state * this.scenario.nodes.length + node;
    const known = table ? table[node]! : (this.pairOfKey.get(key) ?? -1);
    if (known >= 0) return known;
    const pair = this.pairNode.push(node);
    this.pairState.push(state);
    this.edgeStart.push(0);
    this.edgeEnd.push(0);
    this.prefix.push(0n);
    this.nextPair.push(this.firstPair[node]!);
    this.firstPair[node] = pair;
    if (table) table[node] = pair;
    else this.pairOfKey.set(key, pair);
    return pair;
  }

  private tableFor(state: number): Int32Array {
    return (this.pairTables[state] ??= new Int32Array(this.scenario.nodes.length).fill(-1));
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
