/** Builds run records and saved runs for tests, by replaying choice ids. */
import type { Scenario } from '../../src/content/types.ts';
import { createRun } from '../../src/engine/runs/history.ts';
import { newRecord, type RunRecord } from '../../src/engine/core/record.ts';
import { replayChoices } from '../../src/engine/core/replay.ts';
import {
  DEFAULT_SETTINGS,
  emptySaved,
  type SavedData,
  type SavedRun,
} from '../../src/engine/saved/types.ts';

const START = Date.UTC(2026, 10, 25, 9, 0, 0);

/** A minute after the start time, `minutes` minutes later, as ISO text. */
export const minute = (minutes: number): string => new Date(START + minutes * 60_000).toISOString();

/** The presentation seed test records carry unless told otherwise: not the authored order. */
export const TEST_SEED = 12_345;

/** A record of the given decisions, one minute apart; the ending is set when reached. */
export function recordFor(
  scenario: Scenario,
  choiceIds: string[],
  notes?: Record<string, string>,
  seed = TEST_SEED,
): RunRecord {
  const record = newRecord(scenario, new Date(START), seed);
  record.steps = choiceIds.map((choiceId, index) => ({ choiceId, at: minute(index + 1) }));
  const ending = replayChoices(scenario, choiceIds).ending;
  if (ending) record.ending = ending.id;
  if (notes) record.notes = notes;
  return record;
}

/** A saved run of the given decisions, created at minute `at`. */
export function runFor(scenario: Scenario, id: string, choiceIds: string[], at = 0): SavedRun {
  return createRun(scenario, recordFor(scenario, choiceIds), id, minute(at));
}

/** A history with a finished run (notes, a room vote), a fork of it, settings and a session. */
export function sampleSavedData(scenario: Scenario): SavedData {
  const parent = runFor(scenario, 'run-1', ['ask-vikram', 'ship'], 1);
  parent.record.notes = { blocker: 'Vikram owns security.' };
  parent.record.steps[0]!.votes = { 'ask-vikram': 12, wait: 3 };
  parent.record.steps[0]!.override = false;
  const fork = { ...runFor(scenario, 'run-2', ['ask-vikram'], 2), parentId: 'run-1', forkStep: 1 };
  return {
    ...emptySaved(),
    runs: [parent, fork],
    settings: { ...DEFAULT_SETTINGS, textSize: 'large', sound: false, countdownSeconds: 90 },
    sessions: [
      { id: 'workshop-1', startedAt: minute(0), title: 'Monday cohort', runIds: ['run-1'] },
    ],
  };
}
