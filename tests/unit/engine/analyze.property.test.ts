/**
 * The analyzer against brute force: on small random DAG scenarios with
 * random deltas, requires and ending conditions, every figure it computes by
 * dynamic programming equals what walking every play gives; on scenarios that
 * may loop, it reports exactly the cycles there are. The scenarios come from
 * the shared generator in tests/support/random-scenario.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/content/types.ts';
import { analyze } from '../../../src/engine/analysis/analyze.ts';
import { enumeratePaths, walkScenario, type EnumeratedPath } from '../../support/enumerate.ts';
import { randomScenario } from '../../support/random-scenario.ts';

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
      // Every choice may carry a `requires`, so plays can get stuck as well as end.
      fc.property(randomScenario({ deadEnds: true }), (scenario) => {
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

/** Each node's successors in the scene graph, conditions ignored. */
function successorsOf(scenario: Scenario): Map<string, string[]> {
  return new Map(
    scenario.nodes.map((node) => [
      node.id,
      node.choices.map((c) => c.next).filter((next) => next !== 'end'),
    ]),
  );
}

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
      // Choices may lead to any node, back ones included: the scenario may have cycles.
      fc.property(randomScenario({ loops: true }), (scenario) => {
        const successors = successorsOf(scenario);
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

/** The properties above are only as strong as the scenarios they get. */
describe('randomScenario', () => {
  const sample = (options: Parameters<typeof randomScenario>[0]) =>
    fc.sample(randomScenario(options), 300);
  const loops = (scenario: Scenario) => hasCycle(successorsOf(scenario), scenario.start);
  /** A cycle through two nodes or more: one left when self-loops are dropped. */
  const longLoops = (scenario: Scenario) => {
    const successors = successorsOf(scenario);
    for (const [id, next] of successors)
      successors.set(
        id,
        next.filter((n) => n !== id),
      );
    return hasCycle(successors, scenario.start);
  };
  const guarded = (scenario: Scenario) =>
    scenario.nodes.some((node) => node.choices.some((c) => c.requires));

  it('with loops, often makes reachable cycles, many through several nodes, guarded ones too', () => {
    const scenarios = sample({ loops: true });
    const looping = scenarios.filter(loops);
    expect(looping.length).toBeGreaterThan(scenarios.length / 3);
    expect(looping.length).toBeLessThan(scenarios.length * 0.8);
    expect(looping.filter(longLoops).length).toBeGreaterThan(scenarios.length / 6);
    expect(looping.filter(guarded).length).toBeGreaterThan(looping.length / 2);
  });

  it('without loops, never: every choice leads to a later node or closes the meeting', () => {
    for (const options of [{}, { deadEnds: true }, { maxNodes: 10 }]) {
      for (const scenario of sample(options)) {
        expect(loops(scenario)).toBe(false);
        scenario.nodes.forEach((node, i) => {
          for (const { next } of node.choices) {
            if (next !== 'end') expect(Number(next.slice(1))).toBeGreaterThan(i);
          }
        });
      }
    }
  });

  it('guards first choices only with deadEnds, and then some plays get stuck', () => {
    const firstGuarded = (scenario: Scenario) =>
      scenario.nodes.some((node) => node.choices[0]!.requires);
    expect(sample({}).filter(firstGuarded)).toEqual([]);
    expect(sample({ loops: true }).filter(firstGuarded)).toEqual([]);
    const deadEnds = sample({ deadEnds: true });
    expect(deadEnds.filter(guarded).length).toBeGreaterThan(deadEnds.length / 2);
    const stuck = deadEnds.filter((scenario) => walkScenario(scenario).stuck.size > 0);
    expect(stuck.length).toBeGreaterThan(deadEnds.length / 5);
  });
});
