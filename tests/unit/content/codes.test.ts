import { describe, expect, it } from 'vitest';
import { ALL_CODES, CODES, codesMarkdown } from '../../../src/content/codes.ts';

describe('the code table', () => {
  it('gives every code a severity and a one-line meaning', () => {
    for (const code of ALL_CODES) {
      const [severity, meaning] = CODES[code];
      expect(['error', 'warning']).toContain(severity);
      expect(meaning).toMatch(/^[^\n]{15,100}$/);
      expect(code).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
    }
  });

  it('renders one Markdown row per code for the README', () => {
    const rows = codesMarkdown().split('\n').slice(2);
    expect(rows.map((row) => /`([A-Z_]+)`/.exec(row)?.[1])).toEqual(ALL_CODES);
  });
});
