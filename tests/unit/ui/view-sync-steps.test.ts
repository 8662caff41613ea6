import { describe, expect, it } from 'vitest';
import { createSession, type MeetingSession } from '../../../src/engine/core/session.ts';
import type { MeetingSync } from '../../../src/ui/presenter/view-sync/channel.ts';
import {
  reconcile,
  stepKey,
  syncSteps,
  type MeetingControls,
} from '../../../src/ui/presenter/view-sync/steps.ts';
import { sampleScenario, tickingClock } from '../../support/fixtures.ts';
import { HOSTILE_REASONS } from '../../support/workshop.ts';

const LIVE_VOTE = {
  votes: { 'ask-vikram': 2, 'do-it-myself': 1, wait: 1 },
  voters: 4,
  changes: 1,
  firstVotes: { 'ask-vikram': 1, 'do-it-myself': 2, wait: 1 },
  reasons: HOSTILE_REASONS,
};

const controlsOf = (session: MeetingSession): MeetingControls => ({
  choose: (choiceId, extra) => void session.choose(choiceId, extra),
  rewindTo: (decision) => void session.rewind(decision),
  read: () => undefined,
  refresh: () => undefined,
});

const pictureOf = (session: MeetingSession): MeetingSync => ({
  runId: 'r',
  scenarioId: session.scenario.id,
  seed: session.record().seed,
  steps: syncSteps(session),
  phase: 'lines',
  shown: 0,
  stage: 'discuss',
  counts: [],
  selected: null,
  revealed: 0,
});

const withoutTimes = (session: MeetingSession) =>
  session.record().steps.map(({ at: _at, ...step }) => step);

describe('the steps the two windows tell each other', () => {
  it('carry a live vote whole, so the following window saves the same record', () => {
    const projected = createSession(sampleScenario(), { now: tickingClock() }).session;
    projected.choose('ask-vikram', LIVE_VOTE);
    const follower = createSession(sampleScenario(), { now: tickingClock() }).session;
    reconcile(follower, controlsOf(follower), pictureOf(projected));
    expect(withoutTimes(follower)).toEqual([{ choiceId: 'ask-vikram', ...LIVE_VOTE }]);
  });

  it('tell a hand count from a live vote with the same counts', () => {
    const hands = { choiceId: 'ask-vikram', votes: LIVE_VOTE.votes };
    expect(stepKey(hands)).not.toBe(stepKey({ ...hands, voters: 4 }));
    // A follower that took the step by hands takes it again with the room's fields.
    const projected = createSession(sampleScenario(), { now: tickingClock() }).session;
    projected.choose('ask-vikram', LIVE_VOTE);
    const follower = createSession(sampleScenario(), { now: tickingClock() }).session;
    follower.choose('ask-vikram', { votes: LIVE_VOTE.votes });
    reconcile(follower, controlsOf(follower), pictureOf(projected));
    expect(withoutTimes(follower)).toEqual([{ choiceId: 'ask-vikram', ...LIVE_VOTE }]);
  });
});
