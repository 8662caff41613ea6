/**
 * The scenario's node graph with the meeting state left out: where each
 * choice leads, an order in which every node comes after the nodes that lead
 * to it, and the cycles that would make such an order impossible.
 */
import type { Choice, Scenario } from '../../content/types.ts';
import { END } from '../../content/types.ts';

/** `choiceTarget` value of a choice that closes the meeting. */
export const TO_END = -1;
/** `choiceTarget` value of a choice whose `next` names no node (the validator reports it). */
export const TO_NOWHERE = -2;
/** Cycles listed in full, at most; the rest are only counted. */
export const MAX_REPORTED_CYCLES = 100;

export interface NodeGraph {
  /** Node index (authored order) by id; the first node wins on a duplicate id. */
  indexOf: Map<string, number>;
  /** Global index of each node's first choice; node i owns choices choiceBase[i]..choiceBase[i+1]-1. */
  choiceBase: Int32Array;
  /** Every choice by global index (authored order, node by node). */
  choices: Choice[];
  /** Per global choice: the target node index, TO_END or TO_NOWHERE. */
  choiceTarget: Int32Array;
  /** Per global choice: 1 when it closes a cycle found by the search and is left out. */
  backEdge: Uint8Array;
  /** Nodes reachable from the start by choices alone, each after every node leading to it. */
  order: number[];
  /** Node-id cycles: the last node has a choice leading back to the first. */
  cycles: string[][];
  /** How many choices close a cycle (may exceed `cycles.length`). */
  backEdgeCount: number;
}

/** Indexes nodes and choices; the targets of every authored choice. */
function link(
  scenario: Scenario,
): Pick<NodeGraph, 'indexOf' | 'choiceBase' | 'choices' | 'choiceTarget'> {
  const { nodes } = scenario;
  const indexOf = new Map<string, number>();
  const choiceBase = new Int32Array(nodes.length + 1);
  // Backwards, so the first of two nodes with one id is the one that stays.
  for (let i = nodes.length - 1; i >= 0; i--) indexOf.set(nodes[i]!.id, i);
  for (let i = 0; i < nodes.length; i++)
    choiceBase[i + 1] = choiceBase[i]! + nodes[i]!.choices.length;
  const choices = new Array<Choice>(choiceBase[nodes.length]!);
  for (let i = 0, k = 0; i < nodes.length; i++) {
    for (const choice of nodes[i]!.choices) choices[k++] = choice;
  }
  const choiceTarget = new Int32Array(choices.length);
  for (let k = 0; k < choices.length; k++) {
    const next = choices[k]!.next;
    choiceTarget[k] = next === END ? TO_END : (indexOf.get(next) ?? TO_NOWHERE);
  }
  return { indexOf, choiceBase, choices, choiceTarget };
}

/**
 * Depth-first search from the start, iterative so deep scenarios cannot
 * overflow the call stack. A choice into a node still on the search path
 * closes a cycle; it is marked and left out, which leaves a DAG whose reverse
 * post-order is the node order the analysis needs. Choices are followed in
 * authored order, so the same scenario always yields the same result.
 */
export function nodeGraph(scenario: Scenario): NodeGraph {
  const linked = link(scenario);
  const { choiceBase, choiceTarget } = linked;
  const count = scenario.nodes.length;
  const backEdge = new Uint8Array(choiceTarget.length);
  const onPath = new Int32Array(count).fill(-1); // position on the search path, or -1
  const done = new Uint8Array(count);
  const cursor = new Int32Array(count); // the next choice to follow, per node on the path
  const path: number[] = [];
  const postOrder: number[] = [];
  const cycles: string[][] = [];
  const enter = (node: number) => {
    onPath[node] = path.length;
    cursor[node] = choiceBase[node]!;
    path.push(node);
  };
  const start = linked.indexOf.get(scenario.start);
  if (start !== undefined) enter(start);
  while (path.length > 0) {
    const node = path[path.length - 1]!;
    const choice = cursor[node]!;
    if (choice === choiceBase[node + 1]) {
      path.pop();
      onPath[node] = -1;
      done[node] = 1;
      postOrder.push(node);
      continue;
    }
    cursor[node] = choice + 1;
    const target = choiceTarget[choice]!;
    if (target < 0 || done[target]) continue;
    if (onPath[target]! < 0) {
      enter(target);
      continue;
    }
    backEdge[choice] = 1;
    if (cycles.length < MAX_REPORTED_CYCLES) {
      cycles.push(path.slice(onPath[target]).map((i) => scenario.nodes[i]!.id));
    }
  }
  const backEdgeCount = backEdge.reduce((sum, flag) => sum + flag, 0);
  return { ...linked, backEdge, order: postOrder.reverse(), cycles, backEdgeCount };
}
