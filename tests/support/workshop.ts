/** A presenter-mode run of the sample: the room voted, and the facilitator overrode once. */
import { createSession } from '../../src/engine/core/session.ts';
import type { SavedRun } from '../../src/engine/saved/types.ts';
import { summariseWorkshopRun } from '../../src/engine/runs/workshop.ts';
import { sampleScenario, tickingClock } from './fixtures.ts';

/** The sample's best customer-value path, which the room did not take. */
export const SAMPLE_BEST_PATH = ['ask-vikram', 'ship'];

export function roomVotedRun(): SavedRun {
  const { session } = createSession(sampleScenario(), { now: tickingClock() });
  session.choose('do-it-myself', { votes: { 'ask-vikram': 3, 'do-it-myself': 9, wait: 1 } });
  session.choose('slip', { votes: { slip: 2 }, override: true });
  return {
    id: 'r1',
    record: session.record(),
    createdAt: '',
    updatedAt: '',
    finished: true,
    summary: { customer: 0, pleasing: 1, decisions: 2 },
  };
}

/** The workshop summary of that run against the best path. */
export const roomVotedSummary = () =>
  summariseWorkshopRun(sampleScenario(), roomVotedRun(), SAMPLE_BEST_PATH);
