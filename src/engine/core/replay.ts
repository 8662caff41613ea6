/**
 * Deterministic replay: a run is a fold of CHOOSE events over the compiled
 * machine, from its start (`startPosition`) with XState's pure `transition`.
 */
import { transition, type SnapshotFrom } from 'xstate';
import type { Choice, Ending, Scenario } from '../../content/types.ts';
import { indexScenario } from './lookup.ts';
import { machineFor, type MeetingMachine } from './machine.ts';
import { contentHash, RUN_RECORD_FORMAT, type RunRecord } from './record.ts';
import { holds, initialState, type MeetingState } from './state.ts';

export type MeetingSnapshot = SnapshotFrom<MeetingMachine>;

export type ReplayErrorCode =
  | 'wrong-format'
  | 'wrong-scenario'
  | 'hash-mismatch'
  | 'unknown-choice'
  | 'unavailable-choice'
  | 'after-ending';

export interface ReplayError {
  code: ReplayErrorCode;
  /** The 0-based decision at which replay stopped, when it is about a step. */
  step?: number;
  message: string;
}

/** One decision as replayed: the meeting state before and after it. */
export interface ReplayedStep {
  index: number;
  nodeId: string;
  choice: Choice;
  before: MeetingState;
  after: MeetingState;
}

/** Where a fold of choices ended up. On error, the point just before the bad step. */
export interface ReplayResult {
  ok: boolean;
  error?: ReplayError;
  snapshot: MeetingSnapshot;
  state: MeetingState;
  /** The node awaiting a decision, while the meeting is still going. */
  nodeId?: string;
  /** The ending, once the meeting has ended. */
  ending?: Ending;
  steps: ReplayedStep[];
}

/** The position of a snapshot: the node it waits on, or the ending it reached. */
export function positionOf(scenario: Scenario, snapshot: MeetingSnapshot) {
  const value = String(snapshot.value);
  if (snapshot.status === 'done') {
    return { ending: scenario.endings.find((ending) => ending.id === value) };
  }
  return { nodeId: value };
}

function resultAt(
  scenario: Scenario,
  snapshot: MeetingSnapshot,
  steps: ReplayedStep[],
  error?: ReplayError,
): ReplayResult {
  return {
    ok: !error,
    error,
    snapshot,
    state: snapshot.context.state,
    ...positionOf(scenario, snapshot),
    steps,
  };
}

/**
 * The meeting before any decision: the machine resolved at its start node
 * with the scenario's initial state. That is the snapshot `initialTransition`
 * gives (a start node has no entry actions and no eventless transitions),
 * without the inert actor it builds, which computes the initial snapshot a
 * second time: on a slow laptop most of a deep link's first render.
 */
export function startPosition(scenario: Scenario): ReplayResult {
  const snapshot = machineFor(scenario).resolveState({
    value: scenario.start,
    context: { state: initialState(scenario) },
  });
  return resultAt(scenario, snapshot, []);
}

/**
 * Takes one decision from a position. If the choice cannot be taken there,
 * the position is returned unchanged with an error naming the step.
 */
export function takeChoice(scenario: Scenario, from: ReplayResult, choiceId: string): ReplayResult {
  const step = from.steps.length;
  const { snapshot } = from;
  const fail = (code: ReplayErrorCode, message: string) =>
    resultAt(scenario, snapshot, from.steps, {
      code,
      step,
      message: `decision ${step + 1}: ${message}`,
    });
  if (snapshot.status === 'done') return fail('after-ending', 'comes after the meeting ended');
  const nodeId = String(snapshot.value);
  const entry = indexScenario(scenario).choice.get(choiceId);
  if (!entry) return fail('unknown-choice', `there is no choice "${choiceId}"`);
  if (entry.node.id !== nodeId || !holds(entry.choice.requires, snapshot.context.state)) {
    return fail('unavailable-choice', `"${choiceId}" is not an option at "${nodeId}"`);
  }
  const [next] = transition(machineFor(scenario), snapshot, { type: 'CHOOSE', choiceId });
  const taken = {
    index: step,
    nodeId,
    choice: entry.choice,
    before: snapshot.context.state,
    after: next.context.state,
  };
  return resultAt(scenario, next, [...from.steps, taken]);
}

/** Replays choice ids from the start of the meeting, stopping at the first that cannot be taken. */
export function replayChoices(scenario: Scenario, choiceIds: readonly string[]): ReplayResult {
  let position = startPosition(scenario);
  for (const choiceId of choiceIds) {
    position = takeChoice(scenario, position, choiceId);
    if (!position.ok) break;
  }
  return position;
}

/**
 * Replays a run record. A record for another scenario, another format or
 * changed content is reported, never silently replayed.
 */
export function replayRun(scenario: Scenario, record: RunRecord): ReplayResult {
  if (record.format !== RUN_RECORD_FORMAT) {
    return {
      ...replayChoices(scenario, []),
      ok: false,
      error: {
        code: 'wrong-format',
        message: `run record format ${String(record.format)} is not supported`,
      },
    };
  }
  if (record.scenarioId !== scenario.id) {
    return {
      ...replayChoices(scenario, []),
      ok: false,
      error: {
        code: 'wrong-scenario',
        message: `this run was played on "${record.scenarioId}", not "${scenario.id}"`,
      },
    };
  }
  if (record.contentHash !== contentHash(scenario)) {
    return {
      ...replayChoices(scenario, []),
      ok: false,
      error: {
        code: 'hash-mismatch',
        message: `"${scenario.title}" has changed since this run was recorded`,
      },
    };
  }
  return replayChoices(
    scenario,
    record.steps.map((step) => step.choiceId),
  );
}
