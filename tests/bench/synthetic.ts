/**
 * Synthetic scenarios for benchmarks: a start node, then layers of `width`
 * nodes; every choice leads to a node of the next layer (branch and merge),
 * and the last layer closes the meeting. Seeded, so every run and every
 * child process builds the same scenario.
 */
import type { Scenario } from '../../src/content/types.ts';
import {
  makeScenario,
  type ChoiceInput,
  type EndingInput,
  type NodeInput,
} from '../support/builders.ts';
import { seededRandom } from '../../src/engine/core/order.ts';

/**
 * - `plain`: no conditions at all — one state per node.
 * - `flag`: some choices set a flag, some require it unset, and an ending
 *   reads it — at most two states per node.
 * - `meters`: an ending reads customer value and every choice moves it by
 *   −1, 0 or +1 — states per node grow with the depth (the exact, costly case).
 */
export type Variant = 'plain' | 'flag' | 'meters';

export interface LayeredOptions {
  nodes: number;
  width: number;
  choices?: number;
  variant?: Variant;
  seed?: number;
}

/** mulberry32, the engine's seeded PRNG: good enough to shape test graphs. */
export const random = seededRandom;

const ENDINGS: Record<Variant, EndingInput[]> = {
  plain: [{ id: 'decided', rating: 'good' }],
  flag: [
    { id: 'escalated', rating: 'poor', when: { flags: { escalated: true } } },
    { id: 'decided', rating: 'good' },
  ],
  meters: [
    { id: 'customers-won', rating: 'best', when: { customer: { min: 3 } } },
    { id: 'customers-lost', rating: 'worst', when: { customer: { max: -3 } } },
    { id: 'muddled', rating: 'mixed' },
  ],
};

/** The node index of layer `layer`, position `slot` (layer 0 is the start node alone). */
function nodeIndex(layer: number, slot: number, width: number): number {
  return layer === 0 ? 0 : 1 + (layer - 1) * width + slot;
}

export function layeredScenario(options: LayeredOptions): Scenario {
  const { nodes: count, width, choices = 3, variant = 'plain', seed = 1 } = options;
  const next = random(seed);
  const layers = 1 + Math.ceil((count - 1) / width);
  const nodes: NodeInput[] = [];
  for (let i = 0; i < count; i++) {
    const layer = i === 0 ? 0 : 1 + Math.floor((i - 1) / width);
    const slot = i === 0 ? 0 : (i - 1) % width;
    const nextLayerSize =
      layer + 1 >= layers ? 0 : Math.min(width, count - nodeIndex(layer + 1, 0, width));
    const choiceInputs: ChoiceInput[] = [];
    for (let k = 0; k < choices; k++) {
      // The first two choices fan out (slot → 2·slot, 2·slot+1), so after a few layers every
      // node is reachable; the others merge into random nodes of the next layer.
      const target =
        k < 2 ? (slot * 2 + k) % Math.max(1, nextLayerSize) : Math.floor(next() * nextLayerSize);
      const choice: ChoiceInput = {
        id: `n${i}-c${k}`,
        next: nextLayerSize === 0 ? 'end' : `n${nodeIndex(layer + 1, target, width)}`,
        customer: variant === 'meters' ? Math.floor(next() * 3) - 1 : Math.floor(next() * 7) - 3,
        pleasing: Math.floor(next() * 7) - 3,
      };
      if (variant === 'flag' && k === 2 && next() < 0.05) choice.flags = { escalated: true };
      if (variant === 'flag' && k === 1 && next() < 0.1) {
        choice.requires = { flags: { escalated: false } };
      }
      choiceInputs.push(choice);
    }
    nodes.push({ id: `n${i}`, choices: choiceInputs });
  }
  return makeScenario(
    { id: `layered-${variant}-${count}`, nodes, endings: ENDINGS[variant] },
    { validate: count <= 2_000 },
  );
}
