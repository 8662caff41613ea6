/**
 * localStorage's stand-in for the tests of src/ui/storage.ts, which run
 * without a DOM: a Storage in memory that refuses writes past `quota`
 * characters in all.
 */
export function memoryStorage(quota = Infinity): Storage {
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
