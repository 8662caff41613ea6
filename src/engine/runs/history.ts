/**
 * Run history over the saved-data envelope: add, update, fork, list, clear.
 * Every helper is pure — it returns new data and leaves its inputs untouched —
 * and takes ids and times from the caller, so tests are deterministic.
 */
import type { Scenario } from '../../content/types.ts';
import type { RunRecord } from '../core/record.ts';
import { replayChoices, type ReplayResult } from '../core/replay.ts';
import type { RunSummary, SavedData, SavedRun } from '../saved/types.ts';

/** The summary of a replay: meters, decisions taken, and the ending once reached. */
export function summaryOf(replay: ReplayResult): RunSummary {
  const summary: RunSummary = {
    customer: replay.state.customer,
    pleasing: replay.state.pleasing,
    decisions: replay.steps.length,
  };
  if (replay.ending) {
    summary.endingId = replay.ending.id;
    summary.endingTitle = replay.ending.title;
    summary.rating = replay.ending.rating;
  }
  return summary;
}

/** The summary a history list shows, computed by replaying the record's choices. */
export function summarizeRun(scenario: Scenario, record: RunRecord): RunSummary {
  return summaryOf(
    replayChoices(
      scenario,
      record.steps.map((step) => step.choiceId),
    ),
  );
}

/** A history entry for a record, e.g. when a meeting starts. */
export function createRun(
  scenario: Scenario,
  record: RunRecord,
  id: string,
  now: string,
): SavedRun {
  const summary = summarizeRun(scenario, record);
  return {
    id,
    record: structuredClone(record),
    createdAt: now,
    updatedAt: now,
    finished: summary.endingId !== undefined,
    summary,
  };
}

/** Adds a run; a run with the same id is replaced in place. */
export function addRun(data: SavedData, run: SavedRun): SavedData {
  const exists = data.runs.some((other) => other.id === run.id);
  const runs = exists
    ? data.runs.map((other) => (other.id === run.id ? run : other))
    : [...data.runs, run];
  return { ...data, runs };
}

/**
 * Replaces a run's record (after a decision, a note, the ending) and
 * recomputes its summary. Unknown ids leave the data as it was.
 */
export function updateRun(
  data: SavedData,
  id: string,
  record: RunRecord,
  scenario: Scenario,
  now: string,
): SavedData {
  const runs = data.runs.map((run) => {
    if (run.id !== id) return run;
    const summary = summarizeRun(scenario, record);
    const updated: SavedRun = {
      ...run,
      record: structuredClone(record),
      updatedAt: now,
      finished: summary.endingId !== undefined,
      summary,
    };
    return updated;
  });
  return { ...data, runs };
}

/**
 * A new run that keeps the parent's first `atStep` decisions (clamped to the
 * parent's length) and waits for the next one. The parent is not touched;
 * the fork points back at it through `parentId` and `forkStep`. Reasoning
 * notes are kept only for the decisions the fork still contains.
 * Offer rewinding only for runs that replay on `scenario` (see `replayRun`):
 * the fork keeps the parent's content hash, so a stale parent gives a stale fork.
 */
export function forkRun(
  parent: SavedRun,
  atStep: number,
  newId: string,
  scenario: Scenario,
  now: string,
): SavedRun {
  const keep = Math.max(0, Math.min(Math.trunc(atStep) || 0, parent.record.steps.length));
  const steps = structuredClone(parent.record.steps.slice(0, keep));
  const replay = replayChoices(
    scenario,
    steps.map((step) => step.choiceId),
  );
  const record: RunRecord = {
    format: parent.record.format,
    scenarioId: parent.record.scenarioId,
    contentHash: parent.record.contentHash,
    startedAt: now,
    // A fork is the same run taken another way: its decisions keep their order.
    seed: parent.record.seed,
    steps,
  };
  const visited = new Set(replay.steps.map((step) => step.nodeId));
  if (replay.nodeId) visited.add(replay.nodeId);
  const notes = Object.entries(parent.record.notes ?? {}).filter(([nodeId]) => visited.has(nodeId));
  if (notes.length > 0) record.notes = Object.fromEntries(notes);
  if (replay.ending) record.ending = replay.ending.id;
  return { ...createRun(scenario, record, newId, now), parentId: parent.id, forkStep: keep };
}

/** The runs of one scenario, most recently played first (ties: newest created, then id). */
export function runsForScenario(data: SavedData, scenarioId: string): SavedRun[] {
  return data.runs
    .filter((run) => run.record.scenarioId === scenarioId)
    .sort(
      (a, b) =>
        b.updatedAt.localeCompare(a.updatedAt) ||
        b.createdAt.localeCompare(a.createdAt) ||
        a.id.localeCompare(b.id),
    );
}

/** The runs a compare screen offers first: the run's parent and its forks. */
export function relatedRuns(data: SavedData, run: SavedRun): SavedRun[] {
  return data.runs.filter(
    (other) => other.id !== run.id && (other.id === run.parentId || other.parentId === run.id),
  );
}

/**
 * Forgets runs — all of them, or one scenario's — keeping settings. Workshop
 * sessions lose the forgotten runs and disappear when none are left.
 */
export function clearHistory(data: SavedData, scenarioId?: string): SavedData {
  const runs =
    scenarioId === undefined ? [] : data.runs.filter((run) => run.record.scenarioId !== scenarioId);
  const result: SavedData = { ...data, runs };
  if (data.sessions) {
    const kept = new Set(runs.map((run) => run.id));
    result.sessions = data.sessions
      .map((session) => ({ ...session, runIds: session.runIds.filter((id) => kept.has(id)) }))
      .filter((session) => session.runIds.length > 0);
  }
  return result;
}

/**
 * Run ids from an injected clock and random source: `run-<time>-<random>`.
 * Pass fixed functions in tests for repeatable ids.
 */
export function runIdGenerator(clock: () => number, random: () => number): () => string {
  return () => {
    const now = clock();
    const time = (Number.isFinite(now) ? Math.max(0, Math.trunc(now)) : 0).toString(36);
    const draw = random();
    const unit = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 0.999999) : 0;
    const noise = Math.floor(unit * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
    return `run-${time}-${noise}`;
  };
}
