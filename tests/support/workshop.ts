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

/** What a live room's phones said at the first decision; reasons typed by hostile hands. */
export const HOSTILE_REASONS = [
  { choiceId: 'do-it-myself', text: '=HYPERLINK("http://evil.example","click")', nickname: 'Asha' },
  { choiceId: 'ask-vikram', text: 'Vikram owns it, "obviously",\nand the checklist is his' },
  { choiceId: 'wait', text: '+1 to waiting', nickname: '@ravi' },
  { choiceId: 'ask-vikram', text: '-2 for doing it myself' },
];

/** A run voted from phones: 4 voters, 1 change of vote, reasons; the second decision by hands. */
export function liveVotedRun(): SavedRun {
  const { session } = createSession(sampleScenario(), { now: tickingClock() });
  session.choose('ask-vikram', {
    votes: { 'ask-vikram': 2, 'do-it-myself': 1, wait: 1 },
    voters: 4,
    changes: 1,
    firstVotes: { 'ask-vikram': 1, 'do-it-myself': 2, wait: 1 },
    reasons: HOSTILE_REASONS,
  });
  session.choose('ship', { votes: { ship: 3, slip: 1 } });
  return {
    id: 'live-1',
    record: session.record(),
    createdAt: '',
    updatedAt: '',
    finished: true,
    summary: { customer: 4, pleasing: 1, decisions: 2 },
  };
}

export const liveVotedSummary = () =>
  summariseWorkshopRun(sampleScenario(), liveVotedRun(), SAMPLE_BEST_PATH);
