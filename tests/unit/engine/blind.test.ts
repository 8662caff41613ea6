import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bestPlacement, blindPlays, playBlind } from '../../../src/engine/analysis/blind.ts';
import { validateScenario } from '../../../src/engine/analysis/run-checks.ts';
import { loadScenarioFile, sampleScenario } from '../../support/fixtures.ts';

const fixture = (name: string) => {
  const path = `tests/fixtures/bad/${name}.yaml`;
  const { scenario } = validateScenario(readFileSync(path, 'utf8'), path);
  if (!scenario) throw new Error(`${name} does not load`);
  return scenario;
};

describe('blind strategies', () => {
  it('follow their one rule at every decision of the sample', () => {
    const scenario = sampleScenario();
    const plays = Object.fromEntries(blindPlays(scenario).map((p) => [p.strategy, p]));
    // First: ask Vikram, then ship (the first option still on offer) — the best ending.
    expect(plays.first).toMatchObject({
      choices: ['ask-vikram', 'ship'],
      ending: { id: 'shipped', rating: 'best' },
    });
    expect(plays.last).toMatchObject({ choices: ['wait'], ending: { id: 'stalled' } });
    // The longest text at the start is doing it yourself; then only "slip" is offered.
    expect(plays.longest).toMatchObject({
      choices: ['do-it-myself', 'slip'],
      ending: { id: 'slipped' },
    });
    expect(plays.shortest?.choices[0]).toBe('wait');
  });

  it('find the longest-option win the fixture was written to have, and nothing else', () => {
    const scenario = fixture('blind-win');
    const wins = blindPlays(scenario).filter((p) => p.ending?.rating === 'best');
    expect(wins.map((p) => p.strategy)).toEqual(['longest']);
    expect(playBlind(scenario, 'first').ending?.id).toBe('stalled');
  });

  it('count where the best option sits, by position and by length rank', () => {
    expect(bestPlacement(fixture('blind-win'))).toEqual({
      decisions: 3,
      byPosition: [1, 1, 1],
      byLengthRank: [3, 0, 0],
    });
    expect(bestPlacement(fixture('position-bias'))).toMatchObject({ byPosition: [2, 1, 0] });
  });

  it('count only reachable decisions when told which they are', () => {
    const scenario = loadScenarioFile('tests/fixtures/bad/unreachable-node.yaml');
    const all = bestPlacement(scenario);
    const reachable = bestPlacement(scenario, new Set(['blocker', 'review']));
    expect(all.decisions).toBe(3);
    expect(reachable.decisions).toBe(2);
  });
});
