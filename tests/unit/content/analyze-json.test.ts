import { describe, expect, it } from 'vitest';
import { jsonCount } from '../../../src/engine/analysis/analyze.ts';

describe('jsonCount', () => {
  it('keeps safe counts as numbers and larger ones exact as strings', () => {
    expect(jsonCount(6480n)).toBe(6480);
    expect(jsonCount(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(jsonCount(2n ** 80n)).toBe('1208925819614629174706176');
  });
});
