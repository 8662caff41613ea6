/**
 * Export and import of runs as a JSON file, for moving a history to another
 * machine. Import trusts nothing in the file: every run is validated field
 * by field and replayed on this build's scenario before it is accepted, and
 * the caller's history is never changed here — new runs are returned.
 */
import type { Scenario } from '../../content/types.ts';
import { summaryOf } from '../runs/history.ts';
import { contentHash } from '../core/record.ts';
import { replayRun } from '../core/replay.ts';
import { LIMITS, RUN_ID_PATTERN, type SavedRun } from '../saved/types.ts';
import { checkSavedRun } from '../saved/validate.ts';
import { isRecord, parseJson } from '../saved/untrusted.ts';

/** The marker that says a file is a Make the Call run export. */
export const EXPORT_FORMAT = 'make-the-call/runs';
/** The export version this build writes and the newest it reads. */
export const EXPORT_VERSION = 1;
/** Files larger than this are refused before parsing. */
export const MAX_IMPORT_CHARS = 8_000_000;

/** The exported file's contents. */
export interface RunExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt?: string;
  /** The meetings the runs were played on, with the content hash at export time. */
  scenarios: Record<string, { title: string; contentHash: string }>;
  runs: SavedRun[];
}

/** What an import brought in; `error` means the whole file was refused. */
export interface ImportResult {
  added: SavedRun[];
  skipped: { id: string; reason: string }[];
  error?: string;
}

/** The JSON text of an export of `runs`, indented so it diffs and reads well. */
export function exportRuns(
  runs: readonly SavedRun[],
  scenarios: readonly Scenario[],
  exportedAt?: string,
): string {
  const used = new Set(runs.map((run) => run.record.scenarioId));
  const file: RunExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    scenarios: {},
    runs: [...runs],
  };
  if (exportedAt !== undefined) file.exportedAt = exportedAt;
  for (const scenario of scenarios) {
    if (used.has(scenario.id)) {
      file.scenarios[scenario.id] = { title: scenario.title, contentHash: contentHash(scenario) };
    }
  }
  return JSON.stringify(file, null, 2);
}

const refuse = (error: string): ImportResult => ({ added: [], skipped: [], error });

/**
 * Reads an export file. Runs already in `existing` (same id), runs for
 * meetings this build does not have or whose content changed, and runs that
 * do not replay are skipped with a reason. Never throws.
 */
export function importRuns(
  text: string,
  scenarios: readonly Scenario[],
  existing: readonly SavedRun[],
): ImportResult {
  if (typeof text !== 'string' || text.trim() === '') return refuse('The file is empty.');
  if (text.length > MAX_IMPORT_CHARS) return refuse('The file is too large to be a run export.');
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return refuse('The file is not complete JSON — it may have been cut short or damaged.');
  }
  const file = parsed.value;
  if (!isRecord(file) || file.format !== EXPORT_FORMAT) {
    return refuse('This is not a Make the Call run export.');
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('The export has no valid version number.');
  }
  if (version > EXPORT_VERSION) {
    return refuse(
      `The export was made by a newer version of the game (format ${version}); update to import it.`,
    );
  }
  if (!Array.isArray(file.runs)) return refuse('The export has no list of runs.');
  try {
    return importList(file.runs, scenarios, existing);
  } catch {
    return refuse('The file could not be read.');
  }
}

function importList(
  runs: unknown[],
  scenarios: readonly Scenario[],
  existing: readonly SavedRun[],
): ImportResult {
  const result: ImportResult = { added: [], skipped: [] };
  const taken = new Set(existing.map((run) => run.id));
  for (const [index, raw] of runs.entries()) {
    const id = labelOf(raw, index);
    if (index >= LIMITS.runs) {
      result.skipped.push({ id, reason: `only ${LIMITS.runs} runs can be imported at once` });
      continue;
    }
    const checked = checkRun(raw, scenarios);
    if (typeof checked === 'string') result.skipped.push({ id, reason: checked });
    else if (taken.has(checked.id)) {
      result.skipped.push({ id, reason: 'it is already in your history' });
    } else {
      taken.add(checked.id);
      result.added.push(checked);
    }
  }
  return result;
}

/** A validated, replayed run with its summary recomputed, or why it was refused. */
function checkRun(raw: unknown, scenarios: readonly Scenario[]): SavedRun | string {
  const checked = checkSavedRun(raw);
  if (!checked.ok) return checked.reason;
  const run = checked.value;
  const scenario = scenarios.find((candidate) => candidate.id === run.record.scenarioId);
  if (!scenario) return `the meeting "${run.record.scenarioId}" is not in this version of the game`;
  const replay = replayRun(scenario, run.record);
  if (replay.error?.code === 'hash-mismatch') {
    return `"${scenario.title}" has changed since this run was played, so it cannot be replayed`;
  }
  if (!replay.ok)
    return `its decisions do not replay (${replay.error?.message ?? 'unknown problem'})`;
  if (run.record.ending !== undefined && run.record.ending !== replay.ending?.id) {
    return 'its recorded ending does not match a replay of its decisions';
  }
  // The summary is a cache; recompute it so a file cannot claim a better ending.
  run.summary = summaryOf(replay);
  run.finished = run.summary.endingId !== undefined;
  return run;
}

function labelOf(raw: unknown, index: number): string {
  const id = isRecord(raw) ? raw.id : undefined;
  return typeof id === 'string' && RUN_ID_PATTERN.test(id) ? id : `run ${index + 1}`;
}
