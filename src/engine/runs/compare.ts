/**
 * Compares two runs of one scenario: where they diverged, what each option
 * said at that point, the meters step by step, the endings and trust.
 */
import type { Choice, Ending, Scenario } from '../../content/types.ts';
import { indexScenario } from '../core/lookup.ts';
import type { RunRecord } from '../core/record.ts';
import { replayRun, type ReplayError, type ReplayResult } from '../core/replay.ts';
import { initialState } from '../core/state.ts';

export interface MeterPoint {
  customer: number;
  pleasing: number;
}

export interface RunComparison {
  /**
   * The 0-based decision at which the runs first differ (where one run stops
   * and the other goes on counts), or null when both took the same path.
   */
  divergedAt: number | null;
  /** The node of the diverging decision and the option each run took there. */
  divergence?: { nodeId: string; a?: Choice; b?: Choice };
  /** Meters before any decision, then after each decision, per run. */
  meters: { a: MeterPoint[]; b: MeterPoint[] };
  endings: { a?: Ending; b?: Ending };
  /** Final trust per cast id in each run. */
  trust: Record<string, { a: number; b: number }>;
  /** Flags set in one run's final state and not the other's. */
  flags: Record<string, { a: boolean; b: boolean }>;
  /** A problem replaying either run (hash mismatch, unknown choice, …). */
  errors: { a?: ReplayError; b?: ReplayError };
}

function meterSeries(scenario: Scenario, run: ReplayResult): MeterPoint[] {
  const start = initialState(scenario);
  return [
    { customer: start.customer, pleasing: start.pleasing },
    ...run.steps.map((step) => ({ customer: step.after.customer, pleasing: step.after.pleasing })),
  ];
}

/** Compares two run records of `scenario`. Never throws; replay problems come back in `errors`. */
export function compareRuns(scenario: Scenario, a: RunRecord, b: RunRecord): RunComparison {
  const runA = replayRun(scenario, a);
  const runB = replayRun(scenario, b);
  const pathA = runA.steps.map((step) => step.choice.id);
  const pathB = runB.steps.map((step) => step.choice.id);
  const shared = Math.min(pathA.length, pathB.length);
  let divergedAt: number | null = null;
  for (let i = 0; i < shared; i += 1) {
    if (pathA[i] !== pathB[i]) {
      divergedAt = i;
      break;
    }
  }
  if (divergedAt === null && pathA.length !== pathB.length) divergedAt = shared;
  const index = indexScenario(scenario);
  const divergence =
    divergedAt === null
      ? undefined
      : {
          nodeId: (runA.steps[divergedAt] ?? runB.steps[divergedAt])?.nodeId ?? '',
          a: index.choice.get(pathA[divergedAt] ?? '')?.choice,
          b: index.choice.get(pathB[divergedAt] ?? '')?.choice,
        };
  const trust: RunComparison['trust'] = {};
  for (const member of scenario.cast) {
    trust[member.id] = { a: runA.state.trust[member.id] ?? 0, b: runB.state.trust[member.id] ?? 0 };
  }
  const flags: RunComparison['flags'] = {};
  for (const flag of new Set([
    ...Object.keys(runA.state.flags),
    ...Object.keys(runB.state.flags),
  ])) {
    const inA = runA.state.flags[flag] ?? false;
    const inB = runB.state.flags[flag] ?? false;
    if (inA !== inB) flags[flag] = { a: inA, b: inB };
  }
  return {
    divergedAt,
    divergence,
    meters: { a: meterSeries(scenario, runA), b: meterSeries(scenario, runB) },
    endings: { a: runA.ending, b: runB.ending },
    trust,
    flags,
    errors: { a: runA.error, b: runB.error },
  };
}
