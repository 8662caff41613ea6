import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTURE_OFFSET, reactionFor, signed } from '../../../src/view/reactions.ts';

describe('reactionFor', () => {
  it('shows rising trust with a smile, a lifted posture, a warm glow and a ▲ badge', () => {
    expect(reactionFor(2, 1)).toEqual({
      expression: 'smile',
      posture: 'lifted',
      badge: { direction: 'up', label: '+1' },
      glow: 'warm',
    });
  });

  it('shows falling trust with a frown, a slump, a cool glow and a ▼ badge', () => {
    expect(reactionFor(-1, -2)).toEqual({
      expression: 'frown',
      posture: 'slumped',
      badge: { direction: 'down', label: '\u22122' },
      glow: 'cool',
    });
  });

  it('rests the face on the trust level when nothing changed', () => {
    expect(reactionFor(3, 0)).toMatchObject({
      expression: 'smile',
      posture: 'level',
      badge: null,
      glow: null,
    });
    expect(reactionFor(0, 0).expression).toBe('neutral');
    expect(reactionFor(-2, 0).expression).toBe('frown');
  });

  it('never relies on colour alone: every change has a shape cue (badge, posture and face)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -10, max: 10 }),
        (trust, delta) => {
          const reaction = reactionFor(trust, delta);
          if (delta === 0) return reaction.badge === null && reaction.posture === 'level';
          const up = delta > 0;
          return (
            reaction.badge?.direction === (up ? 'up' : 'down') &&
            reaction.badge.label === signed(delta) &&
            POSTURE_OFFSET[reaction.posture] !== 0 &&
            reaction.expression === (up ? 'smile' : 'frown')
          );
        },
      ),
    );
  });
});

describe('signed', () => {
  it('writes plus, a real minus sign, and a bare zero', () => {
    expect(signed(3)).toBe('+3');
    expect(signed(-4)).toBe('\u22124');
    expect(signed(0)).toBe('0');
  });
});
