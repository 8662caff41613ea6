import { describe, expect, it } from 'vitest';
import type { SceneNode } from '../../../src/content/types.ts';
import {
  AUTHORED_ORDER_SEED,
  drawSeed,
  MAX_SEED,
  presentationOrder,
  seededRandom,
  shownChoices,
} from '../../../src/engine/core/order.ts';
import { initialState } from '../../../src/engine/core/state.ts';
import { createSession } from '../../../src/engine/core/session.ts';
import { sampleScenario, tickingClock } from '../../support/fixtures.ts';

/** A node with `count` plain options named a, b, c, … */
function nodeWith(count: number, id = 'decision'): SceneNode {
  const choices = Array.from({ length: count }, (_, i) => ({
    id: String.fromCharCode(97 + i),
    text: `option ${i}`,
    customer: 0,
    pleasing: 0,
    feedback: 'ok',
    principle: 'customer-value',
    next: 'end',
  }));
  return { id, lines: [], choices } as unknown as SceneNode;
}

const ids = (node: SceneNode, seed: number) => presentationOrder(node, seed).map((c) => c.id);
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

describe('presentation order', () => {
  it('is the same for the same seed and decision, every time', () => {
    const node = nodeWith(5);
    for (let seed = 1; seed < 200; seed += 1) expect(ids(node, seed)).toEqual(ids(node, seed));
  });

  it('keeps every option exactly once', () => {
    const node = nodeWith(5);
    for (let seed = 1; seed < 200; seed += 1)
      expect([...ids(node, seed)].sort()).toEqual(ids(node, 0));
  });

  it('shows the authored order for the authored-order seed', () => {
    expect(ids(nodeWith(4), AUTHORED_ORDER_SEED)).toEqual(['a', 'b', 'c', 'd']);
  });

  it.each([3, 4, 5])('reaches every permutation of %i options over many seeds', (count) => {
    const node = nodeWith(count);
    const seen = new Map<string, number>();
    const seeds = 200 * factorial(count);
    for (let seed = 1; seed <= seeds; seed += 1) {
      const key = ids(node, seed).join('');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(factorial(count));
    // Roughly uniform: no permutation is drawn less than half or more than twice as often as fair.
    for (const hits of seen.values()) {
      expect(hits).toBeGreaterThan(100);
      expect(hits).toBeLessThan(400);
    }
  });

  it('draws each decision of a run on its own: two nodes do not share one order', () => {
    const first = nodeWith(5, 'first');
    const second = nodeWith(5, 'second');
    let differ = 0;
    for (let seed = 1; seed <= 100; seed += 1)
      if (ids(first, seed).join() !== ids(second, seed).join()) differ += 1;
    expect(differ).toBeGreaterThan(80);
  });

  it('leaves out options not on offer and keeps the others in their shown order', () => {
    const node = nodeWith(4);
    node.choices[1]!.requires = { flags: { never: true } };
    const shown = shownChoices(node, initialState(sampleScenario()), 77).map((c) => c.id);
    expect(shown).toEqual(ids(node, 77).filter((id) => id !== 'b'));
  });

  it('draws fresh seeds in range and never the authored order', () => {
    expect(drawSeed(() => 0)).toBe(1);
    expect(drawSeed(() => 0.999_999_999_9)).toBeLessThanOrEqual(MAX_SEED);
    const random = seededRandom(5);
    const values = Array.from({ length: 1000 }, random);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('a session shows its seed’s order', () => {
  const scenario = sampleScenario();
  const startNode = scenario.nodes.find((n) => n.id === scenario.start)!;
  const shownAt = (seed: number) =>
    createSession(scenario, { seed, now: tickingClock() })
      .session.view()
      .choices.map((c) => c.id);

  it('numbers the options in the shown order, so key 1 takes the first one shown', () => {
    const { session } = createSession(scenario, { seed: 4242, now: tickingClock() });
    const view = session.view();
    expect(view.choices.map((c) => c.id)).toEqual(ids(startNode, 4242));
    expect(view.choices.map((c) => c.number)).toEqual(view.choices.map((_, i) => i + 1));
  });

  it('shows different orders for different seeds', () => {
    const orders = new Set(Array.from({ length: 30 }, (_, i) => shownAt(i + 1).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('keeps the order of a decision it rewinds to, and a resumed record keeps it too', () => {
    const { session } = createSession(scenario, { seed: 99, now: tickingClock() });
    const before = session.view().choices.map((c) => c.id);
    session.choose(before[0]!);
    session.rewind(0);
    expect(session.view().choices.map((c) => c.id)).toEqual(before);
    const resumed = createSession(scenario, { record: session.record() }).session;
    expect(resumed.view().choices.map((c) => c.id)).toEqual(before);
    expect(session.record().seed).toBe(99);
  });
});
