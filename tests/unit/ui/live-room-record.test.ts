import { describe, expect, it } from 'vitest';
import { checkRunRecord } from '../../../src/engine/saved/validate.ts';
import { roomStepFields } from '../../../src/ui/live/room-record.ts';
import { sampleScenario } from '../../support/fixtures.ts';
import { recordFor } from '../../support/runs.ts';

describe('a live vote in the run record', () => {
  const options = ['ship-now', 'wait-review'];

  it('keeps the counts, voters, the first split and how many changed', () => {
    const fields = roomStepFields(
      options,
      { counts: { 'wait-review': 2, 'ship-now': 1 }, voters: 3 },
      [
        { kind: 'vote', nickname: 'Asha', optionId: 'ship-now' },
        { kind: 'vote', nickname: '', optionId: 'ship-now' },
        { kind: 'vote', nickname: '', optionId: 'wait-review' },
        { kind: 'change', nickname: '', optionId: 'wait-review' },
      ],
    );
    expect(fields).toEqual({
      votes: { 'ship-now': 1, 'wait-review': 2 },
      voters: 3,
      changes: 1,
      firstVotes: { 'ship-now': 2, 'wait-review': 1 },
    });
  });

  it('keeps each nickname’s last reason and every anonymous one', () => {
    const fields = roomStepFields(options, { counts: {}, voters: 2 }, [
      { kind: 'reason', nickname: 'Asha', optionId: 'ship-now', reason: 'first try' },
      { kind: 'reason', nickname: '', optionId: 'wait-review', reason: 'Design first' },
      { kind: 'reason', nickname: 'Asha', optionId: 'ship-now', reason: 'Customers wait' },
      { kind: 'reason', nickname: '', optionId: 'wait-review', reason: '   ' },
    ]);
    expect(fields.reasons).toEqual([
      { choiceId: 'wait-review', text: 'Design first' },
      { choiceId: 'ship-now', text: 'Customers wait', nickname: 'Asha' },
    ]);
    expect(fields.changes).toBeUndefined();
  });

  it('survives saving, drops unsound room fields, and leaves old records valid', () => {
    const scenario = sampleScenario();
    const record = recordFor(scenario, ['ask-vikram']);
    expect(checkRunRecord(structuredClone(record))).toMatchObject({ ok: true, value: record });
    const step = record.steps[0] as unknown as Record<string, unknown>;
    Object.assign(step, {
      voters: 3,
      changes: -1,
      firstVotes: { 'ask-vikram': 2 },
      reasons: [{ choiceId: 'ask-vikram', text: 'Because', nickname: 'Asha' }, { text: 7 }],
    });
    const checked = checkRunRecord(structuredClone(record));
    expect(checked.ok && checked.value.steps[0]).toEqual({
      choiceId: 'ask-vikram',
      at: step.at,
      voters: 3,
      firstVotes: { 'ask-vikram': 2 },
      reasons: [{ choiceId: 'ask-vikram', text: 'Because', nickname: 'Asha' }],
    });
  });
});
