/** Unreadable saved data is kept aside, each corruption's copy beside the last, newest first. */
import { describe, expect, it } from 'vitest';
import { KEPT_ASIDE_COPIES, keepAside, keptAsideKey } from '../../../src/ui/storage.ts';
import { memoryStorage } from './memory-storage.ts';

const copies = (store: Storage) =>
  Array.from({ length: KEPT_ASIDE_COPIES + 1 }, (_, i) => store.getItem(keptAsideKey(i + 1)));

describe('keepAside', () => {
  it('keeps each corruption, newest first, and drops the oldest past the limit', () => {
    const store = memoryStorage();
    for (const text of ['first', 'second', 'third', 'fourth']) keepAside(store, text);
    expect(KEPT_ASIDE_COPIES).toBe(3);
    expect(copies(store)).toEqual(['fourth', 'third', 'second', null]);
    expect(store.getItem('make-the-call.kept-aside')).toBe('fourth');
  });

  it('lets older copies give way when storage is nearly full, never the newest', () => {
    const store = memoryStorage(25);
    keepAside(store, 'a'.repeat(10));
    keepAside(store, 'b'.repeat(10));
    keepAside(store, 'c'.repeat(10));
    expect(copies(store)).toEqual(['c'.repeat(10), 'b'.repeat(10), null, null]);
  });

  it('does nothing, and does not throw, without a storage', () => {
    expect(() => keepAside(undefined, 'text')).not.toThrow();
  });
});
