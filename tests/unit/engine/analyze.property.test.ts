/**
 * The analyzer against brute force: on small random DAG scenarios with
 * random deltas, requires and ending conditions, every figure it computes by
 * dynamic programming equals what walking every play gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/content/types.ts';
import { analyze } from '../../../src/engine/analyze.ts';
import {
  makeScenario,
  type ChoiceInput,
  type EndingInput,
  type NodeInput,
} from '../../support/builders.ts';
import { enumeratePaths, walkScenario, type EnumeratedPath } from '../../support/enumerate.ts';

const bound = fc.integer({ min: -3, max: 3 });
const range = fc.oneof(
  fc.record({ min: bound }),
  fc.record({ max: bound }),
  fc.record({ min: bound, max: bound }),
);
const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ customer: range }),
  fc.record({ pleasing: range }),
  fc.record({ trust: fc.record({ asha: range }) }),
  fc.record({ flags: fc.record({ escalated: fc.boolean() }) }),
  fc.record({ flags: fc.record({ aligned: fc.boolean() }) }),
);
const condition: fc.Arbitrary<Condition> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.record({ any: fc.array(leaf, { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ not: leaf }) },
  { weight: 1, arbitrary: fc.tuple(leaf, leaf).map(([a, b]) => ({ ...b, ...a })) },
);

const delta = fc.integer({ min: -2, max: 2 });
/** A choice's effects and guard; its id and target are filled in per node. */
const choiceBody = fc.record(
  {
    customer: delta,
    pleasing: delta,
    trust: fc.record({ asha: delta, ravi: delta }, { requiredKeys: [] }),
    flags: fc.record({ escalated: fc.boolean(), aligned: fc.boolean() }, { requiredKeys: [] }),
    requires: condition,
    target: fc.nat(),
  },
  { requiredKeys: ['customer', 'pleasing', 'target'] },
);

/** Node i's choices go to a later node or close the meeting, so the graph is a DAG. */
const scenarioArbitrary = fc
  .record({
    nodes: fc.array(fc.array(choiceBody, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 7,
    }),
    endings: fc.array(condition, { maxLength: 3 }),
  })
  .map(({ nodes, endings }) => {
    const nodeInputs: NodeInput[] = nodes.map((bodies, i) => ({
      id: `n${i}`,
      choices: bodies.map(({ target, ...body }, k): ChoiceInput => {
        const later = nodes.length - i - 1;
        const next = target % (later + 1) === later ? 'end' : `n${i + 1 + (target % (later + 1))}`;
        return { ...body, id: `n${i}-c${k}`, next };
      }),
    }));
    const endingInputs: EndingInput[] = [
      ...endings.map((when, i) => ({ id: `e${i}`, when })),
      { id: 'fallback' },
    ];
    return makeScenario({
      cast: [{ id: 'asha', trust: 1 }, { id: 'ravi' }],
      nodes: nodeInputs,
      endings: endingInputs,
    });
  });

/** The first play in listing order that maximises (primary, secondary). */
function firstBest(
  paths: EnumeratedPath[],
  primary: (p: EnumeratedPath) => number,
  secondary: (p: EnumeratedPath) => number,
): string[] | undefined {
  let best: EnumeratedPath | undefined;
  for (const path of paths) {
    if (
      !best ||
      primary(path) > primary(best) ||
      (primary(path) === primary(best) && secondary(path) > secondary(best))
    ) {
      best = path;
    }
  }
  return best?.choices;
}

const customer = (p: EnumeratedPath) => p.final.customer;
const pleasing = (p: EnumeratedPath) => p.final.pleasing;
const minOf = (values: number[]) => (values.length ? Math.min(...values) : undefined);
const maxOf = (values: number[]) => (values.length ? Math.max(...values) : undefined);

describe('analyze agrees with walking every play', () => {
  it('on random DAG scenarios', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const analysis = analyze(scenario);
        const walk = walkScenario(scenario);
        const { paths } = walk;

        expect(analysis.paths).toBe(BigInt(paths.length));
        for (const ending of analysis.endings) {
          const count = paths.filter((p) => p.ending.id === ending.id).length;
          expect(ending.paths).toBe(BigInt(count));
          expect(ending.reachable).toBe(count > 0);
        }
        expect(analysis.scores?.customer.min).toBe(minOf(paths.map(customer)));
        expect(analysis.scores?.customer.max).toBe(maxOf(paths.map(customer)));
        expect(analysis.scores?.pleasing.min).toBe(minOf(paths.map(pleasing)));
        expect(analysis.scores?.pleasing.max).toBe(maxOf(paths.map(pleasing)));
        expect(analysis.longestPath ?? undefined).toBe(maxOf(paths.map((p) => p.choices.length)));
        expect(analysis.shortestPath ?? undefined).toBe(minOf(paths.map((p) => p.choices.length)));

        expect(analysis.bestCustomerPath?.choices).toEqual(
          firstBest(paths, customer, (p) => -pleasing(p)),
        );
        expect(analysis.worstCustomerPath?.choices).toEqual(
          firstBest(paths, (p) => -customer(p), pleasing),
        );
        expect(analysis.mostPleasingPath?.choices).toEqual(firstBest(paths, pleasing, customer));
        const best = paths.find(
          (p) => p.choices.join() === analysis.bestCustomerPath?.choices.join(),
        );
        expect(analysis.bestCustomerPath?.ending.id).toBe(best?.ending.id);
        expect(analysis.bestCustomerPath?.final).toEqual(best?.final);

        expect(new Set(analysis.reachable)).toEqual(walk.visited);
        expect(new Set(analysis.stuck)).toEqual(walk.stuck);
        expect(analysis.cycles).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/** Choices may lead to any node, back ones included: the scenario may have cycles. */
const anyGraphArbitrary = fc
  .array(fc.array(fc.nat({ max: 6 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((nodes) =>
    makeScenario({
      nodes: nodes.map((targets, i) => ({
        id: `n${i}`,
        choices: targets.map((t, k) => ({
          id: `n${i}-c${k}`,
          next: t < nodes.length ? `n${t}` : 'end',
        })),
      })),
    }),
  );

/** Kahn's algorithm on the nodes reachable from the start: true when some remain. */
function hasCycle(successors: Map<string, string[]>, start: string): boolean {
  const reachable = new Set([start]);
  for (const id of reachable) for (const next of successors.get(id) ?? []) reachable.add(next);
  const indegree = new Map([...reachable].map((id) => [id, 0]));
  for (const id of reachable) {
    for (const next of successors.get(id)!) indegree.set(next, indegree.get(next)! + 1);
  }
  const ready = [...reachable].filter((id) => indegree.get(id) === 0);
  let removed = 0;
  for (const id of ready) {
    removed++;
    for (const next of successors.get(id)!) {
      indegree.set(next, indegree.get(next)! - 1);
      if (indegree.get(next) === 0) ready.push(next);
    }
  }
  return removed < reachable.size;
}

describe('analyze on scenarios that may loop', () => {
  it('reports real cycles exactly when there are any, and still counts a DAG exactly', () => {
    fc.assert(
      fc.property(anyGraphArbitrary, (scenario) => {
        const successors = new Map(
          scenario.nodes.map((node) => [
            node.id,
            node.choices.map((c) => c.next).filter((next) => next !== 'end'),
          ]),
        );
        const analysis = analyze(scenario);
        const looping = hasCycle(successors, scenario.start);
        expect(analysis.cycles.length > 0).toBe(looping);
        expect(analysis.backEdges).toBeGreaterThanOrEqual(analysis.cycles.length);
        for (const cycle of analysis.cycles) {
          cycle.forEach((id, i) => {
            const next = cycle[(i + 1) % cycle.length]!;
            expect(successors.get(id)).toContain(next);
          });
        }
        if (!looping) expect(analysis.paths).toBe(BigInt(enumeratePaths(scenario).length));
      }),
      { numRuns: 300 },
    );
  });
});
