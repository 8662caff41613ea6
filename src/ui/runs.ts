/**
 * The run being played, kept in the saved-data envelope as it is played.
 * Every choice updates the saved run (history.updateRun). Rewinding only
 * moves the session back: the saved run stays as it was until the player
 * chooses differently, and then a new run is forked from it (forkRun, with
 * parentId and forkStep), so the old run is never altered.
 */
import type { Scenario } from '../content/types.ts';
import { addRun, createRun, forkRun, runIdGenerator, updateRun } from '../engine/runs/history.ts';
import type { RunRecord } from '../engine/core/record.ts';
import { replayRun } from '../engine/core/replay.ts';
import type { SavedRun } from '../engine/saved/types.ts';
import { createSession, type MeetingSession } from '../engine/core/session.ts';
import type { App } from './app.ts';

const nextRunId = runIdGenerator(Date.now, Math.random);
/** Which saved run each live session is playing. */
const attached = new WeakMap<MeetingSession, string>();
/** The run the player last chose to continue (resume, rewind from the map), per meeting. */
const POINTER_KEY = 'make-the-call.active-run';

interface Pointer {
  runId: string;
  /** The point of the run the player is at; a play link continues the run only from here. */
  path: string[];
}

function readPointer(): Pointer | undefined {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(POINTER_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { runId, path } = parsed as Partial<Pointer>;
    if (typeof runId !== 'string' || !Array.isArray(path)) return undefined;
    return { runId, path: path.filter((id): id is string => typeof id === 'string') };
  } catch {
    return undefined;
  }
}

/** The run last marked active in this tab, if any. */
export function activeRunId(): string | undefined {
  return readPointer()?.runId;
}

/**
 * Marks where the player is in a run: a `#/play/…` link to exactly `path`
 * continues that run (resume, rewind, reload) instead of starting a new one.
 */
export function setActiveRun(runId: string, path: readonly string[]): void {
  try {
    window.sessionStorage.setItem(POINTER_KEY, JSON.stringify({ runId, path }));
  } catch {
    // Without session storage the exact-path match below still finds the run.
  }
}

const pathOf = (record: RunRecord) => record.steps.map((step) => step.choiceId);
const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.length <= path.length && prefix.every((id, i) => path[i] === id);

/** True when the run's record still replays on this build's scenario. */
export function replays(run: SavedRun, scenario: Scenario): boolean {
  return replayRun(scenario, run.record).ok;
}

/**
 * The saved run a play link continues: the run marked active at exactly this
 * point (a resume, a rewind, a reload), else the latest run with exactly this
 * path. "Play again" (an empty path) therefore starts a new run. A link that
 * names a presentation seed continues only a run shown in that order.
 */
function findRun(
  app: App,
  scenario: Scenario,
  path: readonly string[],
  seed: number | undefined,
): SavedRun | undefined {
  const runs = app.saved
    .data()
    .runs.filter(
      (run) =>
        run.record.scenarioId === scenario.id && (seed === undefined || run.record.seed === seed),
    );
  // None to continue (a first visit): the tab's session storage need not even be opened.
  if (runs.length === 0) return undefined;
  const marked = readPointer();
  const pointer = runs.find((run) => run.id === marked?.runId);
  const here = marked?.path.join('.') === path.join('.');
  if (pointer && here && startsWith(pathOf(pointer.record), path) && replays(pointer, scenario)) {
    return pointer;
  }
  const same = (run: SavedRun) => pathOf(run.record).join('.') === path.join('.');
  return runs
    .filter((run) => same(run) && replays(run, scenario))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/**
 * A session that continues a saved run at `path`, when one matches;
 * undefined when the link starts something new.
 */
export function resumeSession(
  app: App,
  scenario: Scenario,
  path: readonly string[],
  seed?: number,
): MeetingSession | undefined {
  const run = findRun(app, scenario, path, seed);
  if (!run) return undefined;
  const record = { ...run.record, steps: run.record.steps.slice(0, path.length) };
  const { session, error } = createSession(scenario, { record });
  if (error) return undefined;
  attached.set(session, run.id);
  setActiveRun(run.id, path);
  return session;
}

/** The saved run a session is playing, if it has one yet. */
export function runIdOf(session: MeetingSession): string | undefined {
  return attached.get(session);
}

/** Saves the session's record: extends its run, forks it when the path left it, or starts a run. */
export function saveSession(app: App, session: MeetingSession): string {
  const { scenario } = session;
  const record = session.record();
  const path = pathOf(record);
  const now = new Date().toISOString();
  const current = app.saved.data().runs.find((run) => run.id === attached.get(session));
  let id = current?.id;
  if (current && startsWith(pathOf(current.record), path)) {
    // The same choices again after a rewind: nothing new to save.
    setActiveRun(current.id, path);
    return current.id;
  }
  if (current && !startsWith(path, pathOf(current.record))) {
    const saved = pathOf(current.record);
    const keep = path.findIndex((choiceId, i) => saved[i] !== choiceId);
    const fork = forkRun(current, keep, nextRunId(), scenario, now);
    const forkRecord = { ...record, startedAt: fork.record.startedAt };
    app.saved.update((data) => updateRun(addRun(data, fork), fork.id, forkRecord, scenario, now));
    id = fork.id;
  } else if (current) {
    app.saved.update((data) => updateRun(data, current.id, record, scenario, now));
  } else {
    const run = createRun(scenario, record, nextRunId(), now);
    app.saved.update((data) => addRun(data, run));
    id = run.id;
  }
  attached.set(session, id ?? '');
  setActiveRun(id ?? '', path);
  return id ?? '';
}

/**
 * Keeps the session's run saved as it is played: every decision is written
 * at once, so a reload mid-meeting resumes where the player stopped.
 */
export function saveRunAsPlayed(app: App, session: MeetingSession): () => void {
  let noteTimer = 0;
  return session.subscribe((_view, events) => {
    if (events.some((event) => event.type === 'choice-made')) saveSession(app, session);
    if (events.some((event) => event.type === 'noted')) {
      window.clearTimeout(noteTimer);
      noteTimer = window.setTimeout(() => saveNotes(app, session), NOTE_SAVE_DELAY_MS);
    }
    const runId = attached.get(session);
    if (runId && events.some((event) => event.type === 'rewound')) {
      setActiveRun(runId, pathOf(session.record()));
    }
  });
}

/** Typing pauses this long before a note is written to storage. */
const NOTE_SAVE_DELAY_MS = 400;

/**
 * Keeps reasoning notes saved as they are typed, so a reload before the next
 * choice loses none. Notes are annotations: they are written onto the run the
 * session is playing without touching its choices, even after a rewind.
 */
function saveNotes(app: App, session: MeetingSession): void {
  const runId = attached.get(session);
  if (!runId) {
    saveSession(app, session);
    return;
  }
  const notes = session.record().notes ?? {};
  const updatedAt = new Date().toISOString();
  app.saved.update((data) => ({
    ...data,
    runs: data.runs.map((run) =>
      run.id === runId ? { ...run, updatedAt, record: { ...run.record, notes } } : run,
    ),
  }));
}

/** The saved run of a session, saving it first when it has none (e.g. a link straight to an ending). */
export function ensureRun(app: App, session: MeetingSession): SavedRun | undefined {
  const id = attached.get(session) ?? saveSession(app, session);
  return app.saved.data().runs.find((run) => run.id === id);
}
