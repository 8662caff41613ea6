/**
 * The shapes kept in the saved-data envelope (docs/architecture.md, "Saved data"):
 * runs with their history links, settings, workshop sessions.
 */
import type { Rating } from '../../content/types.ts';
import type { RunRecord } from '../core/record.ts';

/** The marker that says an envelope is ours and not another app's. */
export const SAVED_APP = 'make-the-call';
/** The envelope version this build writes (2: run records carry their presentation seed). */
export const SAVED_VERSION = 2;

/** Run ids: short, URL-safe (they appear in `#/debrief/<id>` links). */
export const RUN_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** Limits that keep hostile or runaway data small; well above any real use. */
export const LIMITS = {
  runs: 2000,
  steps: 500,
  noteChars: 4000,
  notes: 500,
  titleChars: 200,
  meter: 10_000,
  votes: 100_000,
  sessions: 500,
} as const;

/** Text sizes the ui offers, smallest first. */
export const TEXT_SIZES = ['normal', 'large', 'x-large'] as const;
/** Reduced motion: follow the system, or force it on or off. */
export const REDUCED_MOTION = ['system', 'on', 'off'] as const;
/**
 * Phaser renderers. 'auto' picks WebGL where the browser has a GPU for it and
 * Canvas where WebGL would be drawn in software (no GPU, a blocklisted driver),
 * since software WebGL holds the page for hundreds of milliseconds a frame.
 */
export const RENDERERS = ['auto', 'webgl', 'canvas'] as const;

/** Player and facilitator preferences. */
export interface Settings {
  sound: boolean;
  /** 0 (silent) to 1 (full). */
  effectsVolume: number;
  /** 0 (silent) to 1 (full). */
  roomToneVolume: number;
  textSize: (typeof TEXT_SIZES)[number];
  /** 'system' follows the operating system's `prefers-reduced-motion`. */
  reducedMotion: (typeof REDUCED_MOTION)[number];
  renderer: (typeof RENDERERS)[number];
  /** Length of the presenter countdown, whole seconds. */
  countdownSeconds: number;
  showScores: boolean;
  /**
   * Study mode: after each choice, show its deltas and its "Principle" or
   * "Trap" label at once, instead of only in the debrief.
   */
  showPrinciple: boolean;
}

/** The bounds of the presenter countdown, in seconds. */
export const COUNTDOWN_RANGE = { min: 5, max: 3600 } as const;

/** Settings for a first visit, and for any field that could not be read. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sound: true,
  effectsVolume: 0.8,
  roomToneVolume: 0.4,
  textSize: 'normal',
  reducedMotion: 'system',
  renderer: 'auto',
  countdownSeconds: 60,
  showScores: true,
  showPrinciple: false,
});

/** What a history list shows without replaying the run. */
export interface RunSummary {
  endingId?: string;
  endingTitle?: string;
  rating?: Rating;
  customer: number;
  pleasing: number;
  /** Number of decisions taken. */
  decisions: number;
}

/** A run kept in history, finished or not. */
export interface SavedRun {
  id: string;
  /** The run this one was forked from, when it was made by rewinding. */
  parentId?: string;
  /** How many of the parent's decisions this run kept before choosing again. */
  forkStep?: number;
  record: RunRecord;
  createdAt: string;
  updatedAt: string;
  finished: boolean;
  summary: RunSummary;
}

/** A facilitator's workshop: the runs played in presenter mode, grouped. */
export interface WorkshopSession {
  id: string;
  startedAt: string;
  title?: string;
  runIds: string[];
}

/** The one document kept in storage. */
export interface SavedData {
  app: typeof SAVED_APP;
  version: number;
  runs: SavedRun[];
  settings: Settings;
  sessions?: WorkshopSession[];
}

/** A fresh envelope: no runs, default settings. */
export function emptySaved(): SavedData {
  return { app: SAVED_APP, version: SAVED_VERSION, runs: [], settings: { ...DEFAULT_SETTINGS } };
}
