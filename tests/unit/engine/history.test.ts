import { describe, expect, it } from 'vitest';
import {
  addRun,
  clearHistory,
  forkRun,
  relatedRuns,
  runIdGenerator,
  runsForScenario,
  summarizeRun,
  updateRun,
} from '../../../src/engine/runs/history.ts';
import { emptySaved, type SavedData } from '../../../src/engine/saved/types.ts';
import { sampleScenario } from '../../support/fixtures.ts';
import { minute, recordFor, runFor } from '../../support/runs.ts';

const scenario = sampleScenario();
const other = { ...structuredClone(scenario), id: 'other-meeting' };

describe('summarizeRun', () => {
  it('reads meters and the ending from a replay', () => {
    expect(summarizeRun(scenario, recordFor(scenario, ['ask-vikram', 'ship']))).toEqual({
      customer: 4,
      pleasing: 1,
      decisions: 2,
      endingId: 'shipped',
      endingTitle: 'Shipped, and secure',
      rating: 'best',
    });
    expect(summarizeRun(scenario, recordFor(scenario, ['do-it-myself']))).toEqual({
      customer: -1,
      pleasing: 2,
      decisions: 1,
    });
  });
});

describe('adding and updating runs', () => {
  it('adds a run, and replaces one with the same id', () => {
    const first = runFor(scenario, 'run-1', ['ask-vikram']);
    const data = addRun(emptySaved(), first);
    expect(data.runs).toEqual([first]);
    const finished = runFor(scenario, 'run-1', ['ask-vikram', 'ship']);
    expect(addRun(data, finished).runs).toEqual([finished]);
  });

  it('updates the record, summary, finished flag and time, leaving the input alone', () => {
    const data = addRun(emptySaved(), runFor(scenario, 'run-1', ['ask-vikram']));
    const before = structuredClone(data);
    const updated = updateRun(
      data,
      'run-1',
      recordFor(scenario, ['ask-vikram', 'slip']),
      scenario,
      minute(9),
    );
    expect(data).toEqual(before);
    expect(updated.runs[0]).toMatchObject({
      id: 'run-1',
      updatedAt: minute(9),
      createdAt: minute(0),
      finished: true,
      summary: { endingId: 'slipped', decisions: 2 },
    });
    expect(updateRun(data, 'missing', recordFor(scenario, []), scenario, minute(9))).toEqual(data);
  });
});

describe('forkRun', () => {
  const parent = runFor(scenario, 'run-1', ['ask-vikram', 'ship'], 1);
  parent.record.notes = { blocker: 'Unblock, do not do it myself.', review: 'Ship it.' };

  it('keeps the first decisions, links back to the parent, and leaves the parent untouched', () => {
    const snapshot = structuredClone(parent);
    const fork = forkRun(parent, 1, 'run-2', scenario, minute(5));
    expect(parent).toEqual(snapshot);
    expect(fork).toMatchObject({ id: 'run-2', parentId: 'run-1', forkStep: 1, finished: false });
    expect(fork.record.steps).toEqual(parent.record.steps.slice(0, 1));
    expect(fork.record.steps[0]).not.toBe(parent.record.steps[0]);
    expect(fork.record).not.toHaveProperty('ending');
    expect(fork.summary).toEqual({ customer: 2, pleasing: 1, decisions: 1 });
    expect(fork.record.startedAt).toBe(minute(5));
  });

  it('keeps notes only for decisions the fork still has, including the one to retake', () => {
    expect(forkRun(parent, 0, 'run-2', scenario, minute(5)).record.notes).toEqual({
      blocker: 'Unblock, do not do it myself.',
    });
    expect(forkRun(parent, 1, 'run-2', scenario, minute(5)).record.notes).toEqual(
      parent.record.notes,
    );
  });

  it('clamps the fork step to the parent’s decisions', () => {
    expect(forkRun(parent, 99, 'run-2', scenario, minute(5)).forkStep).toBe(2);
    expect(forkRun(parent, -3, 'run-2', scenario, minute(5)).forkStep).toBe(0);
  });

  it('offers parent and forks as related runs', () => {
    const fork = forkRun(parent, 1, 'run-2', scenario, minute(5));
    const unrelated = runFor(scenario, 'run-3', ['wait']);
    const data: SavedData = { ...emptySaved(), runs: [parent, fork, unrelated] };
    expect(relatedRuns(data, fork).map((run) => run.id)).toEqual(['run-1']);
    expect(relatedRuns(data, parent).map((run) => run.id)).toEqual(['run-2']);
  });
});

describe('listing and clearing', () => {
  const data: SavedData = {
    ...emptySaved(),
    runs: [
      runFor(scenario, 'run-a', ['wait'], 1),
      runFor(other, 'run-b', ['wait'], 2),
      runFor(scenario, 'run-c', ['ask-vikram'], 3),
      runFor(scenario, 'run-d', ['slip'], 3),
    ],
    sessions: [
      { id: 'monday', startedAt: minute(0), runIds: ['run-a', 'run-b'] },
      { id: 'tuesday', startedAt: minute(0), runIds: ['run-b'] },
    ],
  };

  it('lists one scenario’s runs, most recent first', () => {
    expect(runsForScenario(data, scenario.id).map((run) => run.id)).toEqual([
      'run-c',
      'run-d',
      'run-a',
    ]);
  });

  it('clears everything but the settings', () => {
    const cleared = clearHistory(data);
    expect(cleared.runs).toEqual([]);
    expect(cleared.sessions).toEqual([]);
    expect(cleared.settings).toBe(data.settings);
  });

  it('clears one scenario and prunes the sessions that pointed at it', () => {
    const cleared = clearHistory(data, scenario.id);
    expect(cleared.runs.map((run) => run.id)).toEqual(['run-b']);
    expect(cleared.sessions).toEqual([
      { id: 'monday', startedAt: minute(0), runIds: ['run-b'] },
      { id: 'tuesday', startedAt: minute(0), runIds: ['run-b'] },
    ]);
    expect(data.runs).toHaveLength(4);
  });
});

describe('runIdGenerator', () => {
  it('is deterministic for an injected clock and random source', () => {
    const ids = runIdGenerator(
      () => 1_700_000_000_000,
      () => 0.5,
    );
    expect(ids()).toBe('run-loyw3v28-i00000');
    expect(ids()).toBe(ids());
    expect(
      runIdGenerator(
        () => NaN,
        () => 2,
      )(),
    ).toMatch(/^run-0-[a-z0-9]{6}$/);
  });
});
