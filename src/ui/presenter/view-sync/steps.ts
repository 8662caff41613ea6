/**
 * The meeting side of the two-window sync: a session's steps as the sync
 * sends them, and bringing a session to the steps the other window shows
 * (rewinding to where the two agree, then taking the rest with their votes).
 * Also the outcomes of the other options, computed by the engine.
 */
import type { Scenario } from '../../../content/types.ts';
import { optionOutcomes, type OptionOutcome } from '../../../engine/runs/outcomes.ts';
import type { RunStep, StepExtra } from '../../../engine/core/record.ts';
import { replayChoices } from '../../../engine/core/replay.ts';
import type { MeetingSession } from '../../../engine/core/session.ts';
import type { MeetingSync } from './channel.ts';

/**
 * A step as the windows tell each other: everything the run record keeps but
 * the time, so a live vote's voters, changes and reasons are saved the same
 * by both windows (either one's save must not drop what the other recorded).
 */
export type SyncStep = Omit<RunStep, 'at'>;

/** What the meeting lets presenter mode do. */
export interface MeetingControls {
  choose(choiceId: string, extra: StepExtra): void;
  rewindTo(decision: number): void;
  /** Shows the lines (the first `shown`) or the options of the current decision; the debrief once ended. */
  read(kind: 'lines' | 'choices', shown: number): void;
  /** Draws the meeting again as it is (presenter mode turned on or off). */
  refresh(): void;
}

/** The step's room vote, without empty fields, its keys always in one order. */
function extraOf({ votes, override, voters, changes, firstVotes, reasons }: SyncStep): StepExtra {
  return {
    ...(votes ? { votes } : {}),
    ...(override ? { override } : {}),
    ...(voters === undefined ? {} : { voters }),
    ...(changes === undefined ? {} : { changes }),
    ...(firstVotes ? { firstVotes } : {}),
    ...(reasons ? { reasons } : {}),
  };
}

/** A step as the sync compares it: the choice and its room vote (never the time). */
export const stepKey = (step: SyncStep): string => JSON.stringify([step.choiceId, extraOf(step)]);

/** The session's steps as the sync sends them. */
export function syncSteps(session: MeetingSession): SyncStep[] {
  return session.record().steps.map((step) => ({ choiceId: step.choiceId, ...extraOf(step) }));
}

/** Brings the session to the other window's decisions and reading position. Throws if a step is not on offer. */
export function reconcile(
  session: MeetingSession,
  controls: MeetingControls,
  state: MeetingSync,
): void {
  const local = session.record().steps;
  let common = 0;
  while (
    common < local.length &&
    common < state.steps.length &&
    stepKey(local[common] as SyncStep) === stepKey(state.steps[common] as SyncStep)
  ) {
    common += 1;
  }
  if (common < local.length) controls.rewindTo(common);
  for (const step of state.steps.slice(common)) controls.choose(step.choiceId, extraOf(step));
  if (state.phase === 'lines' || state.phase === 'choices') controls.read(state.phase, state.shown);
  if (state.phase === 'ended') controls.read('choices', 0);
}

/** The options on offer at the decision the meeting waits on, in the order shown. */
export function currentOutcomes(
  scenario: Scenario,
  choiceIds: readonly string[],
  seed: number,
): OptionOutcome[] {
  return optionOutcomes(scenario, replayChoices(scenario, choiceIds), seed);
}

/** The options not taken at the last decision, in the order shown, and the meters before it. */
export function otherOutcomes(
  scenario: Scenario,
  choiceIds: readonly string[],
  seed: number,
): { list: OptionOutcome[]; before: { customer: number; pleasing: number } } {
  const position = replayChoices(scenario, choiceIds.slice(0, -1));
  const taken = choiceIds[choiceIds.length - 1];
  return {
    list: optionOutcomes(scenario, position, seed).filter((o) => o.choice.id !== taken),
    before: { customer: position.state.customer, pleasing: position.state.pleasing },
  };
}
