import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/engine/runs/compare.ts';
import { createSession } from '../../../src/engine/core/session.ts';
import { sampleScenario, tickingClock } from '../../support/fixtures.ts';

function play(...choiceIds: string[]) {
  const { session } = createSession(sampleScenario(), { now: tickingClock() });
  for (const id of choiceIds) session.choose(id);
  return session.record();
}

describe('compareRuns', () => {
  const scenario = sampleScenario();

  it('finds the divergence, both options there, the meters per step and both endings', () => {
    const result = compareRuns(scenario, play('ask-vikram', 'ship'), play('do-it-myself', 'slip'));
    expect(result.divergedAt).toBe(0);
    expect(result.divergence).toMatchObject({
      nodeId: 'blocker',
      a: { id: 'ask-vikram' },
      b: { id: 'do-it-myself' },
    });
    expect(result.meters.a).toEqual([
      { customer: 0, pleasing: 0 },
      { customer: 2, pleasing: 1 },
      { customer: 4, pleasing: 1 },
    ]);
    expect(result.meters.b).toEqual([
      { customer: 0, pleasing: 0 },
      { customer: -1, pleasing: 2 },
      { customer: 0, pleasing: 1 },
    ]);
    expect([result.endings.a?.id, result.endings.b?.id]).toEqual(['shipped', 'slipped']);
    expect(result.trust).toEqual({ asha: { a: 1, b: 1 }, vikram: { a: 2, b: -1 } });
    expect(result.flags).toEqual({ expedited: { a: true, b: false } });
  });

  it('diverges later when the runs share a prefix', () => {
    const result = compareRuns(scenario, play('ask-vikram', 'ship'), play('ask-vikram', 'slip'));
    expect(result.divergedAt).toBe(1);
    expect(result.divergence?.nodeId).toBe('review');
  });

  it('says null for the same path, and marks where an unfinished run stops', () => {
    expect(compareRuns(scenario, play('wait'), play('wait')).divergedAt).toBeNull();
    const partial = compareRuns(scenario, play('ask-vikram'), play('ask-vikram', 'ship'));
    expect(partial.divergedAt).toBe(1);
    expect(partial.divergence).toMatchObject({ nodeId: 'review', a: undefined, b: { id: 'ship' } });
  });

  it('reports a run that no longer replays rather than throwing', () => {
    const bad = { ...play('wait'), contentHash: 'stale' };
    expect(compareRuns(scenario, bad, play('wait')).errors.a?.code).toBe('hash-mismatch');
  });
});
