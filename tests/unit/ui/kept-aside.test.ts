/** Unreadable saved data is kept aside, each corruption's copy beside the last, newest first. */
import { describe, expect, it } from 'vitest';
import { KEPT_ASIDE_COPIES, keepAside, keptAsideKey } from '../../../src/ui/storage.ts';

/** A Storage in memory that refuses writes past `quota` characters in all. */
function memoryStorage(quota = Infinity): Storage {
  const items = new Map<string, string>();
  const used = () => [...items.values()].reduce((sum, value) => sum + value.length, 0);
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem(key, value) {
      const before = items.get(key)?.length ?? 0;
      if (used() - before + value.length > quota)
        throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

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
