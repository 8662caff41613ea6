/**
 * The run record: the small JSON document that says what happened in a run.
 * Replaying it on the same scenario reproduces the run exactly (replay.ts).
 */
import type { Scenario } from '../../content/types.ts';

/**
 * The record format this build writes and reads. Format 2 added `seed`
 * (presentation order); saved/migrations.ts upgrades format 1 records.
 */
export const RUN_RECORD_FORMAT = 2;

/** One decision: the choice taken and, in a workshop, how the room voted. */
export interface RunStep {
  choiceId: string;
  /** ISO 8601 time the choice was made. */
  at: string;
  /** Hands raised per choice id, when a facilitator counted a room vote. */
  votes?: Record<string, number>;
  /** True when the facilitator overrode the room's majority. */
  override?: boolean;
  /** Live room only: how many phones voted (hand counts leave it out). */
  voters?: number;
  /** Live room only: how many votes were changed before the vote closed. */
  changes?: number;
  /** Live room only: the counts as first cast, before anyone changed their vote. */
  firstVotes?: Record<string, number>;
  /** Live room only: the reasons given, each with its option and a nickname when one was chosen. */
  reasons?: RoomReason[];
}

/** What a step may carry beside its choice and time: the room's vote. */
export type StepExtra = Omit<RunStep, 'choiceId' | 'at'>;

/** One participant's reason for their vote; anonymous unless they chose a nickname. */
export interface RoomReason {
  choiceId: string;
  text: string;
  nickname?: string;
}

export interface RunRecord {
  format: typeof RUN_RECORD_FORMAT;
  scenarioId: string;
  /** `contentHash` of the scenario the run was played on. */
  contentHash: string;
  startedAt: string;
  /**
   * Draws the order each decision's options were shown in (order.ts);
   * `AUTHORED_ORDER_SEED` shows them as authored.
   */
  seed: number;
  steps: RunStep[];
  /** The trainee's reasoning notes, keyed by node id. */
  notes?: Record<string, string>;
  /** The ending id, once the meeting has ended. */
  ending?: string;
}

/** A record with no decisions yet, showing options in the order `seed` draws. */
export function newRecord(scenario: Scenario, now: Date, seed: number): RunRecord {
  return {
    format: RUN_RECORD_FORMAT,
    scenarioId: scenario.id,
    contentHash: contentHash(scenario),
    startedAt: now.toISOString(),
    seed,
    steps: [],
  };
}

const hashCache = new WeakMap<Scenario, string>();

/**
 * Takes `hash` as the `contentHash` of `scenario` without computing it: for a
 * scenario whose hash this same function computed at build time, in its chunk
 * (src/build/scenarios-plugin.ts; a unit test holds the two equal). Hashing
 * in the browser cost a slow laptop ~40 ms of a deep link's first render.
 */
export function adoptContentHash(scenario: Scenario, hash: string): void {
  if (!hashCache.has(scenario)) hashCache.set(scenario, hash);
}

/**
 * A stable fingerprint of a scenario's content: any authored change gives a
 * different hash, key order does not. Synchronous so the engine stays pure.
 */
export function contentHash(scenario: Scenario): string {
  const cached = hashCache.get(scenario);
  if (cached) return cached;
  const hash = hashString(canonicalJson(scenario));
  hashCache.set(scenario, hash);
  return hash;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Two independent 32-bit FNV-1a style passes, printed as 16 hex digits. */
function hashString(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
