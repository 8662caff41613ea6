/**
 * The saved-data envelope: loading (through the ordered migrations of
 * migrations.ts) with field-by-field repair, and writing. Pure — the ui layer owns `localStorage`; this module
 * only turns strings into data and back, and never throws.
 */
import { checkSavedRun, checkSession, checkSettings } from './validate.ts';
import {
  emptySaved,
  LIMITS,
  SAVED_APP,
  SAVED_VERSION,
  type SavedData,
  type SavedRun,
  type WorkshopSession,
} from './types.ts';
import { migrate, MIGRATIONS, type Migration } from './migrations.ts';
export type { Migration } from './migrations.ts';
import { isRecord, parseJson } from './untrusted.ts';

/**
 * What went wrong while loading. `keptAside` is the original text, for the
 * ui to store under a backup key before the clean envelope overwrites it.
 * - corrupt: not JSON, or an envelope too broken to read;
 * - foreign: JSON that some other program wrote;
 * - newer-version: written by a newer build of this game;
 * - repaired: readable, but some runs, sessions or settings were dropped.
 */
export interface LoadProblem {
  kind: 'corrupt' | 'foreign' | 'newer-version' | 'repaired';
  message: string;
  keptAside: string;
}

/** What `loadSaved` returns: always usable data, plus what went wrong, if anything. */
export interface LoadResult {
  data: SavedData;
  problem?: LoadProblem;
  /** One line per repaired or dropped item, for a details list. */
  notes: string[];
  /** The version the data was upgraded from, when a migration ran. */
  migratedFrom?: number;
}

/** Options for tests and future versions; the defaults are this build's. */
export interface LoadOptions {
  migrations?: readonly Migration[];
  version?: number;
}

/** Saved text longer than this is not ours (storage quotas are ~5 MB). */
const MAX_SAVED_CHARS = 16_000_000;
const FRESH = 'Your saved games could not be used, so the game starts fresh';

/** Reads the envelope from storage text (null when nothing is stored). Never throws. */
export function loadSaved(raw: string | null, options: LoadOptions = {}): LoadResult {
  if (typeof raw !== 'string' || raw.trim() === '') return { data: emptySaved(), notes: [] };
  const fail = (kind: LoadProblem['kind'], why: string): LoadResult => ({
    data: emptySaved(),
    problem: { kind, message: `${FRESH}: ${why}. A copy has been kept aside.`, keptAside: raw },
    notes: [],
  });
  try {
    if (raw.length > MAX_SAVED_CHARS) return fail('corrupt', 'the saved data is far too large');
    const parsed = parseJson(raw);
    if (!parsed.ok) return fail('corrupt', 'the saved data is damaged and is not readable JSON');
    const envelope = parsed.value;
    if (!isRecord(envelope) || envelope.app !== SAVED_APP) {
      return fail('foreign', 'the data stored here was written by another program');
    }
    const target = options.version ?? SAVED_VERSION;
    const version = envelope.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      return fail('corrupt', 'the saved data has no valid version number');
    }
    if (version > target) {
      return fail('newer-version', `it was saved by a newer version of the game (${version})`);
    }
    const upgraded = migrate(envelope, version, target, options.migrations ?? MIGRATIONS);
    if (typeof upgraded === 'string') return fail('corrupt', upgraded);
    const result = readEnvelope(upgraded, target);
    if (version < target) result.migratedFrom = version;
    if (result.notes.length > 0) {
      const count = result.notes.length;
      result.problem = {
        kind: 'repaired',
        message: `Some saved data could not be read and was left out or reset (${count} ${count === 1 ? 'item' : 'items'}). A copy of the original has been kept aside.`,
        keptAside: raw,
      };
    }
    return result;
  } catch {
    // The readers are total; this catches the engine's own bugs and stack
    // exhaustion on absurd input, so a bad save can never stop the game.
    return fail('corrupt', 'the saved data could not be read');
  }
}

function readEnvelope(envelope: Record<string, unknown>, version: number): LoadResult {
  const notes: string[] = [];
  const settings = checkSettings(envelope.settings);
  notes.push(...settings.notes);
  const runs: SavedRun[] = [];
  if (Array.isArray(envelope.runs)) {
    const seen = new Set<string>();
    for (const [index, raw] of envelope.runs.entries()) {
      if (runs.length >= LIMITS.runs) {
        notes.push(`only the first ${LIMITS.runs} runs were kept`);
        break;
      }
      const checked = checkSavedRun(raw);
      if (!checked.ok) notes.push(`saved run ${index + 1} was dropped: ${checked.reason}`);
      else if (seen.has(checked.value.id)) notes.push(`saved run ${index + 1} repeated an id`);
      else {
        seen.add(checked.value.id);
        runs.push(checked.value);
        notes.push(...checked.notes.map((note) => `saved run ${index + 1}: ${note}`));
      }
    }
  } else if (envelope.runs !== undefined) notes.push('the run history was unreadable');
  const data: SavedData = { app: SAVED_APP, version, runs, settings: settings.value };
  if (Array.isArray(envelope.sessions)) {
    const sessions: WorkshopSession[] = [];
    for (const raw of envelope.sessions.slice(0, LIMITS.sessions)) {
      const session = checkSession(raw);
      if (session) sessions.push(session);
      else notes.push('a workshop session was unreadable and was dropped');
    }
    data.sessions = sessions;
  } else if (envelope.sessions !== undefined) notes.push('the workshop sessions were unreadable');
  return { data, notes };
}

/** The storage text for an envelope; `loadSaved(serializeSaved(d)).data` equals `d`. */
export function serializeSaved(data: SavedData): string {
  const envelope: SavedData = {
    app: SAVED_APP,
    version: SAVED_VERSION,
    runs: data.runs,
    settings: data.settings,
  };
  if (data.sessions) envelope.sessions = data.sessions;
  return JSON.stringify(envelope);
}
