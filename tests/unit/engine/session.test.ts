import { describe, expect, it } from 'vitest';
import { createSession, type MeetingEvent } from '../../../src/engine/core/session.ts';
import { contentHash } from '../../../src/engine/core/record.ts';
import { sampleScenario, tickingClock } from '../../support/fixtures.ts';

const start = () => createSession(sampleScenario(), { now: tickingClock() }).session;

describe('meeting session', () => {
  it('opens on the start node with numbered choices and the lines its state allows', () => {
    const view = start().view();
    expect(view.status).toEqual({ kind: 'deciding', nodeId: 'blocker', decision: 0 });
    expect(view.lines.map((l) => l.name)).toEqual(['You', 'Asha']);
    expect(view.choices.map((c) => [c.number, c.id])).toEqual([
      [1, 'ask-vikram'],
      [2, 'do-it-myself'],
      [3, 'wait'],
    ]);
    expect(view.node?.prompt).toMatch(/Ask the room/);
  });

  it('echoes earlier choices in later lines and options', () => {
    const expedited = start();
    expedited.choose('ask-vikram');
    expect(expedited.view().lines.map((l) => l.text)).toEqual([
      'Reviewed it. Two small fixes and you are clear.',
    ]);
    expect(expedited.view().choices.map((c) => c.id)).toEqual(['ship', 'slip']);

    const diy = start();
    diy.choose('do-it-myself');
    expect(diy.view().lines[0]?.mood).toBe('frustrated');
    expect(diy.view().choices.map((c) => c.id)).toEqual(['slip']);
  });

  it('ends with the ending the state selects and records it', () => {
    const session = start();
    session.choose('ask-vikram');
    const view = session.choose('ship');
    expect(view.status.kind).toBe('ended');
    expect(view.status.kind === 'ended' && view.status.ending.id).toBe('shipped');
    expect(view.meters).toEqual({ customer: 4, pleasing: 1 });
    expect(session.record()).toMatchObject({
      format: 2,
      seed: 0,
      scenarioId: 'sample-standup',
      contentHash: contentHash(sampleScenario()),
      ending: 'shipped',
      steps: [{ choiceId: 'ask-vikram' }, { choiceId: 'ship' }],
    });
  });

  it('refuses a choice that is not on offer', () => {
    expect(() => start().choose('ship')).toThrow(/not an option/);
  });

  it('tells subscribers what happened, for sound and animation', () => {
    const session = start();
    const seen: MeetingEvent[][] = [];
    session.subscribe((_view, events) => seen.push(events));
    session.choose('do-it-myself');
    expect(seen[0]).toEqual([
      { type: 'choice-made', choiceId: 'do-it-myself' },
      { type: 'meter-changed', meter: 'customer', delta: -1 },
      { type: 'meter-changed', meter: 'pleasing', delta: 2 },
      { type: 'trust-changed', castId: 'vikram', delta: -2 },
    ]);
    session.choose('slip');
    expect(seen[1]).toContainEqual({ type: 'ended', endingId: 'slipped', rating: 'mixed' });
  });

  it('rewinds to an earlier decision and lets a different call be made', () => {
    const session = start();
    session.choose('do-it-myself');
    session.choose('slip');
    const view = session.rewind(0);
    expect(view.status).toEqual({ kind: 'deciding', nodeId: 'blocker', decision: 0 });
    expect(view.meters).toEqual({ customer: 0, pleasing: 0 });
    expect(session.record().ending).toBeUndefined();
    session.choose('ask-vikram');
    expect(session.view().choices.map((c) => c.id)).toContain('ship');
  });

  it('tells subscribers a note changed, so it can be saved before the next choice', () => {
    const session = start();
    const seen: MeetingEvent[][] = [];
    session.subscribe((_view, events) => seen.push(events));
    session.note('blocker', 'Unblock, do not do it myself.');
    expect(seen).toEqual([[{ type: 'noted', nodeId: 'blocker' }]]);
  });

  it('keeps reasoning notes in the record, and drops empty ones', () => {
    const session = start();
    session.note('blocker', 'Security owns the sign-off; my job is to unblock.');
    session.note('nowhere', 'ignored');
    expect(session.record().notes).toEqual({
      blocker: 'Security owns the sign-off; my job is to unblock.',
    });
    session.note('blocker', '  ');
    expect(session.record().notes).toEqual({});
  });

  it('resumes from a record, and reports one that no longer replays', () => {
    const first = start();
    first.choose('ask-vikram');
    const resumed = createSession(sampleScenario(), { record: first.record() });
    expect(resumed.error).toBeUndefined();
    expect(resumed.session.view().status).toMatchObject({ nodeId: 'review', decision: 1 });

    const broken = {
      ...first.record(),
      steps: [...first.record().steps, { choiceId: 'nope', at: '' }],
    };
    const recovered = createSession(sampleScenario(), { record: broken });
    expect(recovered.error).toMatchObject({ code: 'unknown-choice', step: 1 });
    expect(recovered.session.view().status).toMatchObject({ nodeId: 'review' });
  });
});
