import { describe, expect, it } from 'vitest';
import { signed, trustWords } from '../../../src/ui/labels.ts';

describe('labels', () => {
  it('writes signs with a true minus and zero without a sign', () => {
    expect([signed(3), signed(0), signed(-2)]).toEqual(['+3', '0', '\u22122']);
  });

  it('puts trust into words in order from lost to strong', () => {
    expect([-4, -1, 0, 2, 3].map(trustWords)).toEqual([
      'lost trust',
      'strained',
      'neutral',
      'growing trust',
      'strong trust',
    ]);
  });
});
