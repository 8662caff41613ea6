/**
 * Deterministic replay: a run is a fold of CHOOSE events over the compiled
 * machine, using XState's pure `initialTransition` / `transition`.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Choice, Ending, Scenario } from '../content/types.ts';
import { indexScenario } from './lookup.ts';
import { machineFor, type MeetingMachine } from './machine.ts';
import { contentHash, RUN_RECORD_FORMAT, type RunRecord } from './record.ts';
import { holds, type MeetingState } from './state.ts';

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

/** Replays choice ids from the start of the meeting, stopping at the first that cannot be taken. */
export function replayChoices(scenario: Scenario, choiceIds: readonly string[]): ReplayResult {
  const machine = machineFor(scenario);
  const index = indexScenario(scenario);
  let [snapshot] = initialTransition(machine);
  const steps: ReplayedStep[] = [];
  const result = (error?: ReplayError): ReplayResult => ({
    ok: !error,
    error,
    snapshot,
    state: snapshot.context.state,
    ...positionOf(scenario, snapshot),
    steps,
  });

  for (const [step, choiceId] of choiceIds.entries()) {
    if (snapshot.status === 'done') {
      return result({
        code: 'after-ending',
        step,
        message: `decision ${step + 1} comes after the meeting ended`,
      });
    }
    const nodeId = String(snapshot.value);
    const entry = index.choice.get(choiceId);
    if (!entry) {
      return result({
        code: 'unknown-choice',
        step,
        message: `decision ${step + 1}: there is no choice "${choiceId}"`,
      });
    }
    if (entry.node.id !== nodeId || !holds(entry.choice.requires, snapshot.context.state)) {
      return result({
        code: 'unavailable-choice',
        step,
        message: `decision ${step + 1}: "${choiceId}" is not an option at "${nodeId}"`,
      });
    }
    const before = snapshot.context.state;
    [snapshot] = transition(machine, snapshot, { type: 'CHOOSE', choiceId });
    steps.push({
      index: step,
      nodeId,
      choice: entry.choice,
      before,
      after: snapshot.context.state,
    });
  }
  return result();
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
