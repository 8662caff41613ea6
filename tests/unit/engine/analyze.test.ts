import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/analysis/run-checks.ts';
import { analyze } from '../../../src/engine/analysis/analyze.ts';
import { makeScenario, type NodeInput } from '../../support/builders.ts';
import { enumeratePaths } from '../../support/enumerate.ts';

/** A fixture through the content layer's own loader (schema and graph checks). */
function loadFixture(name: string) {
  const path = `tests/fixtures/scenarios/${name}.yaml`;
  const { scenario, diagnostics } = validateScenario(
    readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'),
    path,
  );
  if (!scenario) throw new Error(diagnostics.map((d) => JSON.stringify(d)).join('\n'));
  return scenario;
}

/** A chain of `length` nodes, each with `width` choices to the next one; the last closes. */
function chain(length: number, width: number): NodeInput[] {
  return Array.from({ length }, (_, i) => ({
    id: `n${i}`,
    choices: Array.from({ length: width }, (_, k) => ({
      id: `n${i}-c${k}`,
      next: i + 1 < length ? `n${i + 1}` : 'end',
      customer: k,
    })),
  }));
}

describe('analyze: the sample standup', () => {
  const analysis = analyze(loadFixture('sample-standup'));

  it('counts every play and where it ends', () => {
    expect(analysis.paths).toBe(4n);
    expect(analysis.endings.map((e) => [e.id, e.rating, e.reachable, e.paths, e.share])).toEqual([
      ['shipped', 'best', true, 1n, 0.25],
      ['slipped', 'mixed', true, 2n, 0.5],
      ['stalled', 'poor', true, 1n, 0.25],
    ]);
  });

  it('reports the graph and what the conditions read', () => {
    expect(analysis).toMatchObject({
      nodes: 2,
      edges: 5,
      decisions: 2,
      reachable: ['blocker', 'review'],
      stuck: [],
      longestPath: 2,
      shortestPath: 1,
      cycles: [],
      stateCount: 3,
      projection: { customer: true, pleasing: false, trust: ['asha'], flags: ['expedited'] },
    });
  });

  it('finds the score range and the extreme plays', () => {
    expect(analysis.scores).toEqual({
      customer: { min: -2, max: 4 },
      pleasing: { min: 0, max: 1 },
    });
    expect(analysis.bestCustomerPath).toMatchObject({
      choices: ['ask-vikram', 'ship'],
      final: {
        customer: 4,
        pleasing: 1,
        trust: { asha: 1, vikram: 2 },
        flags: { expedited: true },
      },
      ending: { id: 'shipped', rating: 'best' },
    });
    expect(analysis.worstCustomerPath).toMatchObject({
      choices: ['wait'],
      final: { customer: -2, pleasing: 0 },
      ending: { id: 'stalled' },
    });
    // do-it-myself → slip also ends on pleasing 1; the tie goes to more customer value.
    expect(analysis.mostPleasingPath?.choices).toEqual(['ask-vikram', 'ship']);
  });
});

describe('analyze: conditions decide what is reachable', () => {
  it('offers a choice only on the meter values its requires allows', () => {
    const analysis = analyze(
      makeScenario({
        nodes: [
          {
            id: 'a',
            choices: [
              { id: 'big', next: 'b', customer: 3 },
              { id: 'small', next: 'b', customer: 1 },
            ],
          },
          {
            id: 'b',
            choices: [
              { id: 'bold', next: 'c', requires: { customer: { min: 3 } } },
              { id: 'safe', next: 'end' },
            ],
          },
          { id: 'c', choices: [{ id: 'close', next: 'end' }] },
        ],
      }),
    );
    expect(analysis.paths).toBe(3n); // big·bold·close, big·safe, small·safe
    expect(analysis.stateCount).toBe(4); // a, b at customer 3 and 1, c
    expect(analysis.longestPath).toBe(3);
  });

  it('follows trust of one cast member and ignores the others', () => {
    const analysis = analyze(
      makeScenario({
        cast: [{ id: 'asha', trust: 1 }, { id: 'ravi' }],
        nodes: [
          {
            id: 'a',
            choices: [
              { id: 'snub', next: 'b', trust: { asha: -2, ravi: 1 } },
              { id: 'thank', next: 'b', trust: { ravi: 2 } },
            ],
          },
          {
            id: 'b',
            choices: [{ id: 'ask-asha', next: 'end', requires: { trust: { asha: { min: 0 } } } }],
          },
        ],
      }),
    );
    expect(analysis.projection).toEqual({
      customer: false,
      pleasing: false,
      trust: ['asha'],
      flags: [],
    });
    expect(analysis.paths).toBe(1n);
    expect(analysis.stuck).toEqual(['b']);
    expect(analysis.bestCustomerPath?.choices).toEqual(['thank', 'ask-asha']);
  });

  it('leaves a node out when no reachable state offers the choice into it', () => {
    const analysis = analyze(
      makeScenario({
        nodes: [
          {
            id: 'a',
            choices: [
              { id: 'go', next: 'end' },
              { id: 'secret', next: 'b', requires: { flags: { key: true } } },
            ],
          },
          { id: 'b', choices: [{ id: 'open', next: 'end', flags: { key: true } }] },
        ],
      }),
    );
    expect(analysis.reachable).toEqual(['a']);
    expect(analysis.decisions).toBe(1);
    expect(analysis.nodes).toBe(2);
    expect(analysis.paths).toBe(1n);
  });

  it('picks endings by flags and reports an ending no play reaches', () => {
    const analysis = analyze(
      makeScenario({
        nodes: [
          {
            id: 'a',
            choices: [
              { id: 'escalate', next: 'end', flags: { escalated: true }, customer: -1 },
              { id: 'decide', next: 'end', customer: 2 },
            ],
          },
        ],
        endings: [
          { id: 'dream', rating: 'best', when: { customer: { min: 10 } } },
          { id: 'escalated', rating: 'poor', when: { flags: { escalated: true } } },
          { id: 'decided', rating: 'good' },
        ],
      }),
    );
    expect(analysis.endings.map((e) => [e.id, e.reachable, e.paths, e.share])).toEqual([
      ['dream', false, 0n, 0],
      ['escalated', true, 1n, 0.5],
      ['decided', true, 1n, 0.5],
    ]);
  });

  it('reports no plays, and no scores, when every play gets stuck', () => {
    const analysis = analyze(
      makeScenario({
        nodes: [{ id: 'a', choices: [{ id: 'never', next: 'end', requires: { not: {} } }] }],
      }),
    );
    expect(analysis).toMatchObject({
      paths: 0n,
      stuck: ['a'],
      scores: null,
      bestCustomerPath: null,
      longestPath: null,
      shortestPath: null,
    });
    expect(analysis.endings[0]).toMatchObject({ reachable: false, paths: 0n, share: 0 });
  });
});

describe('analyze: ties are broken as documented', () => {
  const analysis = analyze(
    makeScenario({
      nodes: [
        {
          id: 'a',
          choices: [
            { id: 'first', next: 'end', customer: 2, pleasing: 2 },
            { id: 'quiet', next: 'end', customer: 2, pleasing: 0 },
            { id: 'loud', next: 'end', customer: -1, pleasing: 3 },
            { id: 'also-loud', next: 'end', customer: 0, pleasing: 3 },
            { id: 'sulk', next: 'end', customer: -1, pleasing: -1 },
          ],
        },
      ],
    }),
  );

  it('best customer value: lower pleasing wins a tie', () => {
    expect(analysis.bestCustomerPath?.choices).toEqual(['quiet']);
  });

  it('worst customer value: higher pleasing wins a tie', () => {
    expect(analysis.worstCustomerPath?.choices).toEqual(['loud']);
  });

  it('most pleasing: higher customer value wins a tie', () => {
    expect(analysis.mostPleasingPath?.choices).toEqual(['also-loud']);
  });

  it('a full tie goes to the first choice in authored order', () => {
    const twins = analyze(
      makeScenario({
        nodes: [
          {
            id: 'a',
            choices: [
              { id: 'one', next: 'end' },
              { id: 'two', next: 'end' },
            ],
          },
        ],
      }),
    );
    expect(twins.bestCustomerPath?.choices).toEqual(['one']);
    expect(twins.worstCustomerPath?.choices).toEqual(['one']);
  });
});

describe('analyze: cycles', () => {
  it('reports a cycle, leaves its closing choice out and still finishes', () => {
    const analysis = analyze(
      makeScenario({
        nodes: [
          { id: 'a', choices: [{ id: 'on', next: 'b' }] },
          {
            id: 'b',
            choices: [
              { id: 'again', next: 'a', customer: 1 },
              { id: 'stop', next: 'end' },
            ],
          },
        ],
        endings: [{ id: 'high', when: { customer: { min: 3 } } }, { id: 'low' }],
      }),
    );
    expect(analysis.cycles).toEqual([['a', 'b']]);
    expect(analysis.backEdges).toBe(1);
    expect(analysis.paths).toBe(1n);
    expect(analysis.bestCustomerPath?.choices).toEqual(['on', 'stop']);
  });

  it('reports a choice that leads back to its own node', () => {
    const analysis = analyze(
      makeScenario({
        nodes: [
          {
            id: 'a',
            choices: [
              { id: 'stall', next: 'a' },
              { id: 'go', next: 'end' },
            ],
          },
        ],
      }),
    );
    expect(analysis.cycles).toEqual([['a']]);
    expect(analysis.paths).toBe(1n);
  });
});

describe('analyze: scale', () => {
  it('counts paths beyond 2^53 exactly', () => {
    const analysis = analyze(makeScenario({ nodes: chain(100, 2) }, { validate: false }));
    expect(analysis.paths).toBe(2n ** 100n);
    expect(analysis.endings[0]?.share).toBe(1);
    expect(analysis.scores?.customer).toEqual({ min: 0, max: 100 });
    expect(analysis.longestPath).toBe(100);
  });

  it('walks a 100k-node chain without overflowing the stack', () => {
    const analysis = analyze(makeScenario({ nodes: chain(100_000, 1) }, { validate: false }));
    expect(analysis.paths).toBe(1n);
    expect(analysis.decisions).toBe(100_000);
    expect(analysis.stateCount).toBe(100_000);
  });

  it('stays exact when a node is reached in many projected states', () => {
    const scenario = makeScenario({
      nodes: chain(7, 4), // customer +0..+3 per decision: 19 values at the last node
      endings: [{ id: 'high', when: { customer: { min: 12 } } }, { id: 'low' }],
    });
    const analysis = analyze(scenario);
    const plays = enumeratePaths(scenario);
    expect(analysis.stateCount).toBe(1 + 4 + 7 + 10 + 13 + 16 + 19);
    expect(analysis.paths).toBe(BigInt(plays.length));
    const high = plays.filter((play) => play.ending.id === 'high').length;
    expect(analysis.endings.map((e) => e.paths)).toEqual([
      BigInt(high),
      BigInt(plays.length - high),
    ]);
  });

  it('keeps one state per node when no condition reads the state', () => {
    const analysis = analyze(makeScenario({ nodes: chain(30, 3) }, { validate: false }));
    expect(analysis.stateCount).toBe(30);
    expect(analysis.paths).toBe(3n ** 30n);
  });
});
