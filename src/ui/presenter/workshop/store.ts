/**
 * Presenter-mode runs in the saved data: the history (src/ui/runs.ts) keeps
 * each run with the room's votes in its record; here they are grouped into
 * the day's workshop session for the summary screen.
 */
import type { SavedData, SavedRun, WorkshopSession } from '../../../engine/saved/types.ts';

/** The id of the session that groups the runs of one day, e.g. `workshop-2026-11-25`. */
export function sessionIdFor(iso: string): string {
  return `workshop-${iso.slice(0, 10)}`;
}

/** Adds the run to the day's session (creating it), once. Pure. */
export function withSessionRun(data: SavedData, runId: string, now: string): SavedData {
  const id = sessionIdFor(now);
  const sessions = data.sessions ?? [];
  const existing = sessions.find((session) => session.id === id);
  if (existing?.runIds.includes(runId)) return data;
  const session: WorkshopSession = existing
    ? { ...existing, runIds: [...existing.runIds, runId] }
    : { id, startedAt: now, title: `Workshop of ${now.slice(0, 10)}`, runIds: [runId] };
  const others = sessions.filter((other) => other.id !== id);
  return { ...data, sessions: [...others, session] };
}

/** The sessions, newest first. */
export function workshopSessions(data: SavedData): WorkshopSession[] {
  return [...(data.sessions ?? [])].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

const playKey = (run: SavedRun) =>
  JSON.stringify([
    run.record.scenarioId,
    run.record.steps.map((s) => [s.choiceId, s.votes ?? null, s.override === true]),
  ]);

/**
 * The session's runs, in session order, each play once: the projected window
 * and the presenter view each keep a copy of the same play, and a copy that
 * is a step behind the other is the same play too. The most advanced copy is kept.
 */
export function distinctRuns(runs: readonly SavedRun[]): SavedRun[] {
  const kept: SavedRun[] = [];
  for (const run of runs) {
    const key = playKey(run);
    const same = kept.findIndex((other) => {
      const otherKey = playKey(other);
      return otherKey === key || isPrefixPlay(other, run) || isPrefixPlay(run, other);
    });
    if (same === -1) kept.push(run);
    else if ((kept[same] as SavedRun).record.steps.length < run.record.steps.length)
      kept[same] = run;
  }
  return kept;
}

/** True when `short` is `long` cut earlier, on the same meeting, with the same votes. */
function isPrefixPlay(short: SavedRun, long: SavedRun): boolean {
  if (short.record.scenarioId !== long.record.scenarioId) return false;
  if (short.record.steps.length >= long.record.steps.length || short.record.steps.length === 0) {
    return false;
  }
  if (Math.abs(Date.parse(short.createdAt) - Date.parse(long.createdAt)) > 10 * 60_000)
    return false;
  return short.record.steps.every((step, i) => {
    const other = long.record.steps[i];
    return (
      JSON.stringify([step.choiceId, step.votes ?? null, step.override === true]) ===
      JSON.stringify([other?.choiceId, other?.votes ?? null, other?.override === true])
    );
  });
}
