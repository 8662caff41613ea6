/**
 * The backward pass: for every pair, the best remaining path under each
 * objective. A path's final meters are its prefix plus its suffix, and what
 * the suffix can be depends only on the pair (node and projected state), so
 * optimising suffixes pair by pair is exact. Ties go to the first choice in
 * authored order, which makes every reported path the first optimal path in
 * the order a player would list them.
 */
import type { NodeGraph } from './structure.ts';
import type { StateGraph } from './explore.ts';

/** Weights on (customer, pleasing, decisions) of a path. */
type Weights = readonly [number, number, number];

/** Maximise `primary`, then `secondary`, then take the earliest choice. */
export interface Objective {
  primary: Weights;
  secondary: Weights;
}

export const OBJECTIVES = {
  /** Most customer value; among those, least pleasing. */
  bestCustomer: { primary: [1, 0, 0], secondary: [0, -1, 0] },
  /** Least customer value; among those, most pleasing. */
  worstCustomer: { primary: [-1, 0, 0], secondary: [0, 1, 0] },
  /** Most pleasing; among those, most customer value. */
  mostPleasing: { primary: [0, 1, 0], secondary: [1, 0, 0] },
  /** Least pleasing; among those, most customer value. */
  leastPleasing: { primary: [0, -1, 0], secondary: [1, 0, 0] },
  longest: { primary: [0, 0, 1], secondary: [0, 0, 0] },
  shortest: { primary: [0, 0, -1], secondary: [0, 0, 0] },
} as const satisfies Record<string, Objective>;

export type ObjectiveName = keyof typeof OBJECTIVES;
const NAMES = Object.keys(OBJECTIVES) as ObjectiveName[];
const WIDTH = NAMES.length;

/** Per pair and objective: the optimum over complete suffixes and the edge that starts it. */
export interface Optima {
  /** Pair id → 1 when some complete path continues from it. */
  live: Uint8Array;
  /** Optimal weighted value of the remaining path, per pair and objective. */
  value(pair: number, objective: ObjectiveName): number;
  /** The edge index that starts the optimal remaining path. */
  edge(pair: number, objective: ObjectiveName): number;
}

export function optimize(graph: NodeGraph, states: StateGraph): Optima {
  const pairs = states.pairNode.length;
  const live = new Uint8Array(pairs);
  const primary = new Int32Array(pairs * WIDTH);
  const secondary = new Int32Array(pairs * WIDTH);
  const best = new Int32Array(pairs * WIDTH).fill(-1);
  // Per objective: primary then secondary weights on (customer, pleasing, decisions).
  const w = Int32Array.from(
    NAMES.flatMap((name) => [...OBJECTIVES[name].primary, ...OBJECTIVES[name].secondary]),
  );
  for (let i = states.order.length - 1; i >= 0; i--) {
    const pair = states.order[i]!;
    const at = pair * WIDTH;
    for (let e = states.edgeStart[pair]!; e < states.edgeEnd[pair]!; e++) {
      const target = states.edgeTarget[e]!;
      if (target >= 0 && !live[target]) continue;
      const { customer, pleasing } = graph.choices[states.edgeChoice[e]!]!;
      const from = target * WIDTH;
      for (let o = 0; o < WIDTH; o++) {
        const k = o * 6;
        let p = w[k]! * customer + w[k + 1]! * pleasing + w[k + 2]!;
        let s = w[k + 3]! * customer + w[k + 4]! * pleasing + w[k + 5]!;
        if (target >= 0) {
          p += primary[from + o]!;
          s += secondary[from + o]!;
        }
        const better =
          !live[pair] || p > primary[at + o]! || (p === primary[at + o] && s > secondary[at + o]!);
        if (!better) continue;
        primary[at + o] = p;
        secondary[at + o] = s;
        best[at + o] = e;
      }
      live[pair] = 1;
    }
  }
  return {
    live,
    value: (pair, name) => primary[pair * WIDTH + NAMES.indexOf(name)]!,
    edge: (pair, name) => best[pair * WIDTH + NAMES.indexOf(name)]!,
  };
}

/** The global choice indexes of the optimal path from a live pair. */
export function optimalChoices(
  states: StateGraph,
  optima: Optima,
  from: number,
  objective: ObjectiveName,
): number[] {
  const choices: number[] = [];
  let pair = from;
  while (pair >= 0) {
    const edge = optima.edge(pair, objective);
    choices.push(states.edgeChoice[edge]!);
    pair = states.edgeTarget[edge]!;
  }
  return choices;
}
