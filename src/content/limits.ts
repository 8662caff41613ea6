/**
 * Limits against hostile or accidental input. A real scenario is tens of
 * kilobytes and a dozen levels deep; these bounds are far above that and far
 * below what would exhaust the parser (a 100 000-deep flow list runs the
 * YAML library out of memory, so depth is checked before parsing).
 */
import type { DataPath } from './locate.ts';

export const MAX_BYTES = 1_000_000;
export const MAX_DEPTH = 64;
/** Aliases are handy for shared conditions; thousands are an alias bomb. */
export const MAX_ALIAS_COUNT = 100;
/** Shared alias targets are walked once per use; cap the total walk. */
const MAX_VALUES = 1_000_000;

export function byteLength(text: string): number {
  // Cheap bounds first: UTF-8 takes 1–3 bytes per UTF-16 unit.
  if (text.length * 3 <= MAX_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * The offset where `[`/`{` nesting first goes deeper than MAX_DEPTH, if it
 * does. Brackets inside quotes and comments are skipped; the scan is rough
 * on purpose (it only has to be safe, and exact for real scenarios).
 */
export function flowTooDeepAt(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === quote || char === '\n') quote = undefined;
      continue;
    }
    if (char === '#' && (index === 0 || /\s/.test(text[index - 1] ?? ''))) {
      const end = text.indexOf('\n', index);
      if (end < 0) break;
      index = end;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '[' || char === '{') {
      depth++;
      if (depth > MAX_DEPTH) return index;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/**
 * The path to the first value nested deeper than MAX_DEPTH, if any. Also
 * stops self-referential alias structures, whose depth is unbounded.
 */
export function dataTooDeepAt(data: unknown): DataPath | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  let budget = MAX_VALUES;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length > MAX_DEPTH || --budget < 0) return path;
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}
