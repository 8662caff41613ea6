/**
 * Workshop sessions: the room's votes, the options taken and the overrides of
 * every presenter-mode run, summarised for the facilitator's follow-up.
 */
import type { Scenario } from '../../content/types.ts';
import { indexScenario } from '../core/lookup.ts';
import { shownChoices } from '../core/order.ts';
import { replayRun } from '../core/replay.ts';
import type { RoomReason, RunStep } from '../core/record.ts';
import type { SavedRun } from '../saved/types.ts';

/** The outcome of a room vote over the options on offer. */
export interface VoteTally {
  total: number;
  /** Hands per offered option, in offered order; missing counts are 0. */
  counts: { choiceId: string; hands: number }[];
  /** The single option with most hands, or undefined on a tie or no votes. */
  majority?: string;
  /** Every option sharing the top count (more than one on a tie). */
  leaders: string[];
}

/** Tallies hands per option. Negative or non-finite counts count as 0. */
export function tallyVotes(votes: Record<string, number>, offered: readonly string[]): VoteTally {
  const counts = offered.map((choiceId) => {
    const hands = votes[choiceId];
    return {
      choiceId,
      hands:
        typeof hands === 'number' && Number.isFinite(hands) && hands > 0 ? Math.floor(hands) : 0,
    };
  });
  const total = counts.reduce((sum, c) => sum + c.hands, 0);
  const top = Math.max(0, ...counts.map((c) => c.hands));
  const leaders = top > 0 ? counts.filter((c) => c.hands === top).map((c) => c.choiceId) : [];
  return { total, counts, majority: leaders.length === 1 ? leaders[0] : undefined, leaders };
}

export interface WorkshopDecision {
  step: number;
  nodeTitle: string;
  taken: { id: string; text: string };
  /** The options on offer, in the order they were shown. */
  offered: { id: string; text: string }[];
  votes?: VoteTally;
  override: boolean;
  /** A live room's vote: who voted, how the split changed, the reasons given. */
  room?: WorkshopRoom;
}

/** What a live room's phones added to a decision (run record step fields). */
export interface WorkshopRoom {
  voters: number;
  changes: number;
  /** The split as first cast, when anyone changed their vote. */
  firstVotes?: VoteTally;
  reasons: RoomReason[];
}

export interface WorkshopRunSummary {
  runId: string;
  scenarioTitle: string;
  decisions: WorkshopDecision[];
  ending?: { title: string; rating: string };
  meters: { customer: number; pleasing: number };
  /** The best customer-value path's choice texts, for the closing comparison. */
  bestPath: { id: string; text: string }[];
  /** Decisions where the room went another way than the best customer-value path. */
  departures: number[];
}

/** Summarises one presenter-mode run against the scenario's best customer-value path. */
export function summariseWorkshopRun(
  scenario: Scenario,
  run: SavedRun,
  bestPath: readonly string[],
): WorkshopRunSummary {
  const replay = replayRun(scenario, run.record);
  const index = indexScenario(scenario);
  const decisions = replay.steps.map((step): WorkshopDecision => {
    const recorded = run.record.steps[step.index];
    const node = index.node.get(step.nodeId);
    // In the order the room saw them, so "option 2" in a write-up is the row the room counted.
    const shown = node ? shownChoices(node, step.before, run.record.seed) : [step.choice];
    const offered = shown.map((c) => c.id);
    return {
      step: step.index,
      nodeTitle: node?.title ?? step.nodeId,
      taken: { id: step.choice.id, text: step.choice.text },
      offered: shown.map((c) => ({ id: c.id, text: c.text })),
      votes: recorded?.votes ? tallyVotes(recorded.votes, offered) : undefined,
      override: recorded?.override === true,
      ...(recorded?.voters === undefined ? {} : { room: roomOf(recorded, offered) }),
    };
  });
  const best = bestPath.map((id) => ({ id, text: index.choice.get(id)?.choice.text ?? id }));
  return {
    runId: run.id,
    scenarioTitle: scenario.title,
    decisions,
    ending: replay.ending
      ? { title: replay.ending.title, rating: replay.ending.rating }
      : undefined,
    meters: { customer: replay.state.customer, pleasing: replay.state.pleasing },
    bestPath: best,
    departures: decisions.filter((d) => bestPath[d.step] !== d.taken.id).map((d) => d.step),
  };
}

function roomOf(step: RunStep, offered: readonly string[]): WorkshopRoom {
  return {
    voters: step.voters ?? 0,
    changes: step.changes ?? 0,
    ...(step.firstVotes ? { firstVotes: tallyVotes(step.firstVotes, offered) } : {}),
    reasons: step.reasons ?? [],
  };
}
