import { describe, expect, it } from 'vitest';
import {
  distinctRuns,
  sessionIdFor,
  withSessionRun,
  workshopSessions,
} from '../../../src/ui/presenter/workshop/store.ts';
import {
  clockText,
  newCountdown,
  remainingMs,
  toggleCountdown,
} from '../../../src/ui/presenter/chrome/countdown.ts';
import { emptySaved } from '../../../src/engine/saved/types.ts';
import { sampleScenario } from '../../support/fixtures.ts';
import { runFor } from '../../support/runs.ts';

const scenario = sampleScenario();

describe('workshop sessions in saved data', () => {
  it('groups the day’s runs in one session, each run once', () => {
    let data = withSessionRun(emptySaved(), 'run-a', '2026-11-25T09:00:00.000Z');
    data = withSessionRun(data, 'run-b', '2026-11-25T10:00:00.000Z');
    data = withSessionRun(data, 'run-a', '2026-11-25T11:00:00.000Z');
    data = withSessionRun(data, 'run-c', '2026-11-26T09:00:00.000Z');
    expect(data.sessions?.find((s) => s.id === sessionIdFor('2026-11-25'))?.runIds).toEqual([
      'run-a',
      'run-b',
    ]);
    expect(workshopSessions(data).map((s) => s.id)).toEqual([
      'workshop-2026-11-26',
      'workshop-2026-11-25',
    ]);
  });
});

describe('distinctRuns', () => {
  it('keeps one copy of a play saved by both windows, the most advanced one', () => {
    const a = runFor(scenario, 'a', ['ask-vikram'], 1);
    const b = runFor(scenario, 'b', ['ask-vikram', 'ship'], 1);
    const c = runFor(scenario, 'c', ['wait'], 2);
    expect(distinctRuns([a, b, c]).map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('keeps plays that differ in their votes', () => {
    const a = runFor(scenario, 'a', ['ask-vikram'], 1);
    const b = runFor(scenario, 'b', ['ask-vikram'], 1);
    b.record.steps[0] = { ...b.record.steps[0]!, votes: { wait: 3 } };
    expect(distinctRuns([a, b])).toHaveLength(2);
  });
});

describe('countdown', () => {
  it('runs, pauses, resumes and restarts after zero', () => {
    let state = newCountdown(60);
    state = toggleCountdown(state, 1000);
    expect(remainingMs(state, 11_000)).toBe(50_000);
    state = toggleCountdown(state, 11_000);
    expect(remainingMs(state, 99_000)).toBe(50_000);
    state = toggleCountdown(state, 100_000);
    expect(remainingMs(state, 200_000)).toBe(0);
    state = toggleCountdown(toggleCountdown(state, 200_000), 200_000);
    expect(remainingMs(state, 200_000)).toBe(60_000);
  });

  it('reads as minutes and seconds', () => {
    expect(clockText(65_000)).toBe('1:05');
    expect(clockText(8_200)).toBe('0:09');
  });
});
