import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analysis/analyze.ts';
import { analyzeFrom, optionOutcomes, runStanding } from '../../../src/engine/runs/outcomes.ts';
import { AUTHORED_ORDER_SEED } from '../../../src/engine/core/order.ts';
import { replayChoices } from '../../../src/engine/core/replay.ts';
import { initialState } from '../../../src/engine/core/state.ts';
import { randomScenario } from '../../support/random-scenario.ts';
import { sampleScenario } from '../../support/fixtures.ts';

const essentials = (a: ReturnType<typeof analyze>) => ({
  paths: a.paths,
  endings: a.endings,
  scores: a.scores,
  best: a.bestCustomerPath,
  pleasing: a.mostPleasingPath,
  longest: a.longestPath,
  shortest: a.shortestPath,
  decisions: a.decisions,
});

/** DAGs with no dead end (the default): every walk ends within the node count. */
const scenarios = randomScenario({ maxNodes: 10 });

describe('analyzeFrom', () => {
  it('from the start with the initial state equals the whole-scenario analysis', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const from = analyzeFrom(scenario, scenario.start, initialState(scenario));
        expect(essentials(from)).toEqual(essentials(analyze(scenario)));
      }),
      { numRuns: 150 },
    );
  });

  it('counts only the plays that continue from a point in a run, with the meters so far', () => {
    const scenario = sampleScenario();
    const position = replayChoices(scenario, ['ask-vikram']);
    const from = analyzeFrom(scenario, position.nodeId!, position.state);
    expect(from.paths).toBe(2n);
    expect(from.scores).toEqual({ customer: { min: 3, max: 4 }, pleasing: { min: 0, max: 1 } });
    expect(from.bestCustomerPath?.choices).toEqual(['ship']);
  });
});

describe('optionOutcomes', () => {
  it('says where each option on offer leads and what can still happen after it', () => {
    const scenario = sampleScenario();
    const outcomes = optionOutcomes(scenario, replayChoices(scenario, []), AUTHORED_ORDER_SEED);
    expect(outcomes.map((o) => o.choice.id)).toEqual(['ask-vikram', 'do-it-myself', 'wait']);
    expect(outcomes[0]?.leadsTo).toEqual({ nodeId: 'review', title: 'Before release' });
    expect(outcomes[0]?.analysis?.endings.filter((e) => e.reachable).map((e) => e.id)).toEqual([
      'shipped',
      'slipped',
    ]);
    expect(outcomes[1]?.analysis?.endings.filter((e) => e.reachable).map((e) => e.id)).toEqual([
      'slipped',
    ]);
    expect(outcomes[2]).toMatchObject({
      leadsTo: { ending: { id: 'stalled' } },
    });
    expect(outcomes[2]?.analysis).toBeUndefined();
  });

  it('is empty once the meeting has ended', () => {
    const scenario = sampleScenario();
    expect(
      optionOutcomes(scenario, replayChoices(scenario, ['wait']), AUTHORED_ORDER_SEED),
    ).toEqual([]);
  });
});

describe('runStanding', () => {
  it('places an ending among every play of the scenario', () => {
    const scenario = sampleScenario();
    // Plays: ask→ship (shipped), ask→slip, diy→slip (slipped), wait (stalled).
    expect(runStanding(scenario, 'slipped')).toMatchObject({
      endingsTotal: 3,
      endingsReachable: 3,
      betterShare: 0.25,
      sameShare: 0.5,
      best: { choices: ['ask-vikram', 'ship'] },
    });
    expect(runStanding(scenario, 'shipped')?.betterShare).toBe(0);
    expect(runStanding(scenario, 'nope')).toBeUndefined();
  });
});
