/**
 * Presentation order (DESIGN.md, "Option order"): the options of a decision
 * are shown in an order drawn from the run's seed, so no answer is given
 * away by its authored place. The order is a pure function of (seed, node
 * id): replay, links, rewinds and the presenter view all draw the same one.
 */
import type { Choice, SceneNode } from '../../content/types.ts';
import { holds, type MeetingState } from './state.ts';

/**
 * The seed that shows every decision in authored order. Runs recorded before
 * presentation order existed were played in authored order, so they carry
 * it; a fresh run never draws it (see `isRunSeed`).
 */
export const AUTHORED_ORDER_SEED = 0;

/** The largest seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffff_ffff;

/** True for a whole number a run record may carry as its seed. */
export function isRunSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SEED;
}

/**
 * A small seeded generator (mulberry32): 32 bits of state, uniform floats in
 * [0, 1). Enough for shuffling a handful of options; not for secrets.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** Fisher–Yates with the given generator; returns a new array, the input is left alone. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** FNV-1a over the text, so each decision of a run draws from its own stream. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The order a decision's options are shown in for a run with `seed`: every
 * authored choice of the node, permuted. Depends only on the seed and the
 * node id, so returning to a decision (rewind, link, replay) shows it again.
 */
export function presentationOrder(node: SceneNode, seed: number): Choice[] {
  if (seed === AUTHORED_ORDER_SEED) return [...node.choices];
  const stream = Math.imul(seed ^ hashText(node.id), 0x9e3779b1) ^ hashText(`${seed}`);
  return shuffled(node.choices, seededRandom(stream));
}

/**
 * The options on offer, in the order they are shown: the run's permutation
 * of the node with the ones the state does not offer left out, so an option
 * keeps its place relative to the others whatever else is offered.
 */
export function shownChoices(node: SceneNode, state: MeetingState, seed: number): Choice[] {
  return presentationOrder(node, seed).filter((choice) => holds(choice.requires, state));
}

/**
 * A fresh seed for a new run, from any source of uniform floats in [0, 1)
 * (the ui passes `Math.random`). Never the authored-order seed.
 */
export function drawSeed(random: () => number): number {
  return 1 + Math.floor(random() * MAX_SEED);
}
