/**
 * A meeting session: the one object the ui and view layers hold while a
 * meeting is played. It keeps the run record, answers with view models and
 * tells subscribers what happened, so scenes draw and never decide.
 */
import type { Scenario } from '../../content/types.ts';
import { indexScenario } from './lookup.ts';
import { AUTHORED_ORDER_SEED, isRunSeed } from './order.ts';
import { newRecord, type RunRecord, type RunStep, type StepExtra } from './record.ts';
import {
  replayChoices,
  replayRun,
  takeChoice,
  type ReplayError,
  type ReplayResult,
} from './replay.ts';
import { meetingView, type MeetingView } from './view-model.ts';
import type { Rating } from '../../content/types.ts';

/** What happened, for sound and animation. Named by the engine, cued by the audio director. */
export type MeetingEvent =
  | { type: 'choice-made'; choiceId: string }
  | { type: 'meter-changed'; meter: 'customer' | 'pleasing'; delta: number }
  | { type: 'trust-changed'; castId: string; delta: number }
  | { type: 'ended'; endingId: string; rating: Rating }
  | { type: 'rewound'; toDecision: number }
  /** The trainee's reasoning note for a node changed (so it can be saved at once). */
  | { type: 'noted'; nodeId: string };

export type SessionListener = (view: MeetingView, events: MeetingEvent[]) => void;

export interface SessionOptions {
  /** The clock, injected so tests and replays are deterministic. */
  now?: () => Date;
  /** Resume from this record instead of starting fresh. */
  record?: RunRecord;
  /**
   * The presentation-order seed of a fresh session (order.ts); ignored when
   * resuming a record, which carries its own. The ui draws a fresh one per
   * run; tests and tools default to the authored order.
   */
  seed?: number;
}

export interface MeetingSession {
  readonly scenario: Scenario;
  view(): MeetingView;
  /** Takes a choice; throws only on a programming error (a choice not on offer). */
  choose(choiceId: string, extra?: StepExtra): MeetingView;
  /** Goes back so that `decision` (0-based) is the next decision to make. */
  rewind(decision: number): MeetingView;
  /** Stores the trainee's reasoning for a node. */
  note(nodeId: string, text: string): void;
  record(): RunRecord;
  subscribe(listener: SessionListener): () => void;
}

/** Starts (or resumes) a meeting. A resumed record that cannot replay is reported, not thrown. */
export function createSession(
  scenario: Scenario,
  options: SessionOptions = {},
): { session: MeetingSession; error?: ReplayError } {
  const now = options.now ?? (() => new Date());
  let record: RunRecord = options.record
    ? structuredClone(options.record)
    : newRecord(scenario, now(), options.seed ?? AUTHORED_ORDER_SEED);
  let position: ReplayResult = replayRun(scenario, record);
  const error = position.error;
  if (!position.ok) {
    // Keep what replays; drop the rest so the session is always consistent.
    // The seed is kept too: the decisions that did replay keep the order they were shown in.
    const seed = isRunSeed(record.seed) ? record.seed : AUTHORED_ORDER_SEED;
    record = {
      ...newRecord(scenario, now(), seed),
      steps: record.steps.slice(0, position.steps.length),
      notes: record.notes,
    };
    position = replayRun(scenario, record);
  }
  const listeners = new Set<SessionListener>();
  const viewOf = (at: ReplayResult) => meetingView(scenario, at, record.seed);
  let view = viewOf(position);

  const publish = (events: MeetingEvent[]) => {
    for (const listener of listeners) listener(view, events);
  };

  const session: MeetingSession = {
    scenario,
    view: () => view,
    choose(choiceId, extra = {}) {
      if (!view.choices.some((choice) => choice.id === choiceId)) {
        throw new Error(`"${choiceId}" is not an option now`);
      }
      const step: RunStep = { choiceId, at: now().toISOString(), ...extra };
      const next = takeChoice(scenario, position, choiceId);
      record = { ...record, steps: [...record.steps, step], ending: next.ending?.id };
      const events = eventsBetween(position, next, choiceId);
      position = next;
      view = viewOf(position);
      publish(events);
      return view;
    },
    rewind(decision) {
      const keep = Math.max(0, Math.min(decision, record.steps.length));
      record = { ...record, steps: record.steps.slice(0, keep), ending: undefined };
      position = replayChoices(
        scenario,
        record.steps.map((s) => s.choiceId),
      );
      view = viewOf(position);
      publish([{ type: 'rewound', toDecision: keep }]);
      return view;
    },
    note(nodeId, text) {
      if (!indexScenario(scenario).node.has(nodeId)) return;
      const notes = { ...record.notes };
      if (text.trim()) notes[nodeId] = text;
      else delete notes[nodeId];
      record = { ...record, notes };
      publish([{ type: 'noted', nodeId }]);
    },
    record: () => structuredClone(record),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { session, error };
}

function eventsBetween(
  before: ReplayResult,
  after: ReplayResult,
  choiceId: string,
): MeetingEvent[] {
  const events: MeetingEvent[] = [{ type: 'choice-made', choiceId }];
  for (const meter of ['customer', 'pleasing'] as const) {
    const delta = after.state[meter] - before.state[meter];
    if (delta !== 0) events.push({ type: 'meter-changed', meter, delta });
  }
  for (const [castId, trust] of Object.entries(after.state.trust)) {
    const delta = trust - (before.state.trust[castId] ?? 0);
    if (delta !== 0) events.push({ type: 'trust-changed', castId, delta });
  }
  if (after.ending)
    events.push({ type: 'ended', endingId: after.ending.id, rating: after.ending.rating });
  return events;
}
