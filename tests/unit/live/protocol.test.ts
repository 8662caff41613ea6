/**
 * The room protocol's pure parts: room codes (no look-alikes, typed any way
 * people type them) and the schemas' caps, which the server relies on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_MESSAGES,
  MAX_NICKNAME,
  MAX_OPTIONS,
  MAX_REASON,
  ROOM_CODE_ALPHABET,
  isRoomCode,
  makeRoomCode,
  normaliseRoomCode,
} from '../../../src/live/index.ts';

describe('room codes', () => {
  it('leave out every look-alike character', () => {
    for (const lookAlike of '0O1IL2Z5S8B') expect(ROOM_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it('are always six characters of the alphabet', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), (draws) => {
        let i = 0;
        const code = makeRoomCode((size) => (draws[i++] ?? 0) % size);
        return isRoomCode(code);
      }),
    );
  });

  it('are read back from lower case, spaces and dashes, and refused otherwise', () => {
    expect(normaliseRoomCode(' acd-efg ')).toBe('ACDEFG');
    expect(normaliseRoomCode('ACD EFG')).toBe('ACDEFG');
    expect(normaliseRoomCode('ACDEF')).toBeUndefined();
    expect(normaliseRoomCode('ACDEF0')).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (typed) => {
        const code = normaliseRoomCode(typed);
        return code === undefined || isRoomCode(code);
      }),
    );
  });
});

describe('the messages clients send', () => {
  const code = 'ACDEFG';
  it('cap nicknames, reasons and option lists', () => {
    const join = CLIENT_MESSAGES['room:join'];
    expect(join.safeParse({ code, nickname: 'x'.repeat(MAX_NICKNAME) }).success).toBe(true);
    expect(join.safeParse({ code, nickname: 'x'.repeat(MAX_NICKNAME + 1) }).success).toBe(false);
    const reason = CLIENT_MESSAGES['vote:reason'];
    expect(
      reason.safeParse({ code, decisionId: 'd', reason: 'x'.repeat(MAX_REASON + 1) }).success,
    ).toBe(false);
    const options = Array.from({ length: MAX_OPTIONS + 1 }, (_, i) => ({ id: `o${i}`, text: 'x' }));
    const open = CLIENT_MESSAGES['vote:open'];
    const decision = { id: 'd', prompt: 'Ask the room', options };
    expect(open.safeParse({ code, secret: 'A'.repeat(43), decision }).success).toBe(false);
    expect(
      open.safeParse({
        code,
        secret: 'A'.repeat(43),
        decision: { ...decision, options: options.slice(0, 2) },
      }).success,
    ).toBe(true);
  });

  it('refuse anything that is not the expected shape', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        (value) =>
          !CLIENT_MESSAGES['vote:cast'].safeParse(value).success || typeof value === 'object',
      ),
    );
    expect(
      CLIENT_MESSAGES['vote:cast'].safeParse({ code: 'acdefg', decisionId: 'd', optionId: 'o' })
        .success,
    ).toBe(false);
    expect(CLIENT_MESSAGES['room:control'].safeParse({ code, secret: 'short' }).success).toBe(
      false,
    );
  });
});
