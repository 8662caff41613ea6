/**
 * Field-by-field validation of saved runs, run records, settings and
 * sessions read from storage or an imported file. Each reader rebuilds the
 * value from the fields it knows, so unknown or hostile keys never survive.
 */
import { idPattern, RATINGS } from '../../content/vocabulary.ts';
import { isRunSeed } from '../core/order.ts';
import {
  RUN_RECORD_FORMAT,
  type RoomReason,
  type RunRecord,
  type RunStep,
} from '../core/record.ts';
import { upgradeRecord } from './migrations.ts';
import {
  COUNTDOWN_RANGE,
  DEFAULT_SETTINGS,
  LIMITS,
  REDUCED_MOTION,
  RENDERERS,
  RUN_ID_PATTERN,
  TEXT_SIZES,
  type RunSummary,
  type SavedRun,
  type Settings,
  type WorkshopSession,
} from './types.ts';
import * as read from './untrusted.ts';

/** A validated value with notes on what was repaired, or why it was refused. */
export type Checked<T> = { ok: true; value: T; notes: string[] } | { ok: false; reason: string };

/** A live room holds at most 2,000 people: one reason each. */
const MAX_REASONS = 2000;
const HASH_PATTERN = /^[A-Za-z0-9:_-]{1,128}$/;
const readId = (value: unknown) => read.readString(value, 64, idPattern);
const readRunId = (value: unknown) => read.readString(value, 64, RUN_ID_PATTERN);
const readVote = (value: unknown) => read.readInt(value, 0, LIMITS.votes);
const readNote = (value: unknown) =>
  typeof value === 'string' ? value.slice(0, LIMITS.noteChars) : undefined;

function readStep(value: unknown): RunStep | undefined {
  if (!read.isRecord(value)) return undefined;
  const choiceId = readId(value.choiceId);
  const at = read.readIsoTime(value.at);
  if (choiceId === undefined || at === undefined) return undefined;
  const step: RunStep = { choiceId, at };
  const votes = read.readMap(value.votes, idPattern, 50, readVote);
  if (votes !== undefined) step.votes = votes;
  if (typeof value.override === 'boolean') step.override = value.override;
  readRoomFields(value, step);
  return step;
}

/** The live room's extras on a step: kept only when sound, so older records stay valid. */
function readRoomFields(value: Record<string, unknown>, step: RunStep): void {
  const voters = read.readInt(value.voters, 0, LIMITS.votes);
  if (voters !== undefined) step.voters = voters;
  const changes = read.readInt(value.changes, 0, LIMITS.votes);
  if (changes !== undefined) step.changes = changes;
  const firstVotes = read.readMap(value.firstVotes, idPattern, 50, readVote);
  if (firstVotes !== undefined) step.firstVotes = firstVotes;
  if (!Array.isArray(value.reasons)) return;
  const reasons = value.reasons.slice(0, MAX_REASONS).flatMap((raw) => {
    const reason = readReason(raw);
    return reason ? [reason] : [];
  });
  if (reasons.length > 0) step.reasons = reasons;
}

function readReason(raw: unknown): RoomReason | undefined {
  if (!read.isRecord(raw)) return undefined;
  const choiceId = readId(raw.choiceId);
  const text = read.readString(raw.text, 500);
  if (choiceId === undefined || !text) return undefined;
  const nickname = read.readString(raw.nickname, 40);
  return nickname ? { choiceId, text, nickname } : { choiceId, text };
}

/**
 * A run record: the decisions must all be sound, notes are kept when they
 * can be. A format 1 record (an older export) is upgraded first.
 */
export function checkRunRecord(raw: unknown): Checked<RunRecord> {
  const value = upgradeRecord(raw);
  if (!read.isRecord(value)) return { ok: false, reason: 'its record is missing' };
  if (value.format !== RUN_RECORD_FORMAT) {
    return { ok: false, reason: `its record format ${read.clip(String(value.format))} is unknown` };
  }
  const scenarioId = readId(value.scenarioId);
  const contentHash = read.readString(value.contentHash, 128, HASH_PATTERN);
  const startedAt = read.readIsoTime(value.startedAt);
  if (scenarioId === undefined) return { ok: false, reason: 'its meeting id is invalid' };
  if (contentHash === undefined) return { ok: false, reason: 'its content hash is invalid' };
  if (startedAt === undefined) return { ok: false, reason: 'its start time is invalid' };
  if (!isRunSeed(value.seed)) return { ok: false, reason: 'its presentation seed is invalid' };
  if (!Array.isArray(value.steps) || value.steps.length > LIMITS.steps) {
    return { ok: false, reason: 'its list of decisions is invalid' };
  }
  const steps: RunStep[] = [];
  for (const [index, raw] of value.steps.entries()) {
    const step = readStep(raw);
    if (!step) return { ok: false, reason: `decision ${index + 1} is malformed` };
    steps.push(step);
  }
  const record: RunRecord = {
    format: RUN_RECORD_FORMAT,
    scenarioId,
    contentHash,
    startedAt,
    seed: value.seed,
    steps,
  };
  const notes: string[] = [];
  if (value.notes !== undefined) {
    const kept = read.readMap(value.notes, idPattern, LIMITS.notes, readNote);
    if (kept) record.notes = kept;
    else notes.push('its reasoning notes were unreadable and were dropped');
  }
  if (value.ending !== undefined) {
    const ending = readId(value.ending);
    if (ending === undefined) return { ok: false, reason: 'its ending id is invalid' };
    record.ending = ending;
  }
  return { ok: true, value: record, notes };
}

function readSummary(value: unknown): RunSummary | undefined {
  if (!read.isRecord(value)) return undefined;
  const customer = read.readInt(value.customer, -LIMITS.meter, LIMITS.meter);
  const pleasing = read.readInt(value.pleasing, -LIMITS.meter, LIMITS.meter);
  const decisions = read.readInt(value.decisions, 0, LIMITS.steps);
  if (customer === undefined || pleasing === undefined || decisions === undefined) return undefined;
  const summary: RunSummary = { customer, pleasing, decisions };
  const endingId = readId(value.endingId);
  const endingTitle = read.readString(value.endingTitle, LIMITS.titleChars);
  const rating = read.readEnum(value.rating, RATINGS);
  if (endingId !== undefined) summary.endingId = endingId;
  if (endingTitle !== undefined) summary.endingTitle = endingTitle;
  if (rating !== undefined) summary.rating = rating;
  return summary;
}

/** A saved run. Refused when an essential field is wrong; a broken fork link is dropped. */
export function checkSavedRun(value: unknown): Checked<SavedRun> {
  if (!read.isRecord(value)) return { ok: false, reason: 'it is not an object' };
  const id = readRunId(value.id);
  if (id === undefined) return { ok: false, reason: 'its id is invalid' };
  const record = checkRunRecord(value.record);
  if (!record.ok) return record;
  const createdAt = read.readIsoTime(value.createdAt);
  const updatedAt = read.readIsoTime(value.updatedAt);
  const summary = readSummary(value.summary);
  if (createdAt === undefined || updatedAt === undefined) {
    return { ok: false, reason: 'its dates are invalid' };
  }
  if (typeof value.finished !== 'boolean')
    return { ok: false, reason: 'its finished flag is invalid' };
  if (!summary) return { ok: false, reason: 'its summary is invalid' };
  const run: SavedRun = {
    id,
    record: record.value,
    createdAt,
    updatedAt,
    finished: value.finished,
    summary,
  };
  const notes = [...record.notes];
  if (value.parentId !== undefined || value.forkStep !== undefined) {
    const parentId = readRunId(value.parentId);
    const forkStep = read.readInt(value.forkStep, 0, LIMITS.steps);
    if (parentId !== undefined && forkStep !== undefined && parentId !== id) {
      run.parentId = parentId;
      run.forkStep = forkStep;
    } else notes.push('its link to the run it was forked from was invalid and was dropped');
  }
  return { ok: true, value: run, notes };
}

/**
 * Settings: a missing field takes its default quietly (older saves, newer
 * settings); a field present with a wrong value takes its default with a note.
 */
export function checkSettings(value: unknown): { value: Settings; notes: string[] } {
  const source = read.isRecord(value) ? value : {};
  const notes = read.isRecord(value) || value === undefined ? [] : ['settings were unreadable'];
  const pick = <K extends keyof Settings>(
    key: K,
    reader: (inner: unknown) => Settings[K] | undefined,
  ) => {
    if (source[key] === undefined) return DEFAULT_SETTINGS[key];
    const checked = reader(source[key]);
    if (checked !== undefined) return checked;
    notes.push(`the setting "${key}" was invalid and was reset`);
    return DEFAULT_SETTINGS[key];
  };
  const readBoolean = (inner: unknown) => (typeof inner === 'boolean' ? inner : undefined);
  const readVolume = (inner: unknown) => read.readNumber(inner, 0, 1);
  const settings: Settings = {
    sound: pick('sound', readBoolean),
    effectsVolume: pick('effectsVolume', readVolume),
    roomToneVolume: pick('roomToneVolume', readVolume),
    textSize: pick('textSize', (inner) => read.readEnum(inner, TEXT_SIZES)),
    reducedMotion: pick('reducedMotion', (inner) => read.readEnum(inner, REDUCED_MOTION)),
    renderer: pick('renderer', (inner) => read.readEnum(inner, RENDERERS)),
    countdownSeconds: pick('countdownSeconds', (inner) =>
      read.readInt(inner, COUNTDOWN_RANGE.min, COUNTDOWN_RANGE.max),
    ),
    showScores: pick('showScores', readBoolean),
    showPrinciple: pick('showPrinciple', readBoolean),
  };
  return { value: settings, notes };
}

/** A workshop session; run ids that are not valid ids are dropped. */
export function checkSession(value: unknown): WorkshopSession | undefined {
  if (!read.isRecord(value) || !Array.isArray(value.runIds)) return undefined;
  const id = readRunId(value.id);
  const startedAt = read.readIsoTime(value.startedAt);
  if (id === undefined || startedAt === undefined) return undefined;
  const runIds = value.runIds.slice(0, LIMITS.runs).flatMap((inner) => readRunId(inner) ?? []);
  const session: WorkshopSession = { id, startedAt, runIds };
  const title = read.readString(value.title, LIMITS.titleChars);
  if (title !== undefined) session.title = title;
  return session;
}
