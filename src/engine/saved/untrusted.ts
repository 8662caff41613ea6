/**
 * Reading data that came from outside the program — local storage, an
 * imported file — without trusting it: JSON that cannot pollute prototypes,
 * and small readers that answer "valid value or undefined", never throw.
 */

/** Keys that can reach an object's prototype when copied carelessly; always dropped. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The outcome of parsing untrusted JSON. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Parses JSON, dropping `__proto__`/`constructor`/`prototype` keys at every
 * depth. Never throws: syntax errors, truncated text and nesting too deep
 * for the parser all come back as `{ ok: false, message }`.
 */
export function parseJson(text: string): JsonResult {
  try {
    const value: unknown = JSON.parse(text, (key, inner: unknown) =>
      HOSTILE_KEYS.has(key) ? undefined : inner,
    );
    return { ok: true, value };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string of at most `max` characters that matches `pattern` when one is given. */
export function readString(value: unknown, max: number, pattern?: RegExp): string | undefined {
  if (typeof value !== 'string' || value.length > max) return undefined;
  if (pattern && !pattern.test(value)) return undefined;
  return value;
}

/** An integer within the inclusive bounds. */
export function readInt(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** A finite number within the inclusive bounds. */
export function readNumber(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** One of the listed string values. */
export function readEnum<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return typeof value === 'string' && (options as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** The longest ISO 8601 timestamp we write, with room for an offset. */
const ISO_MAX = 40;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time string that names a real instant. */
export function readIsoTime(value: unknown): string | undefined {
  const text = readString(value, ISO_MAX, ISO_SHAPE);
  return text !== undefined && !Number.isNaN(Date.parse(text)) ? text : undefined;
}

/**
 * A string-keyed map whose keys match `keyPattern` and whose values pass
 * `readValue`; entries that do not are dropped. Undefined when `value` is not
 * an object or has more than `maxEntries` keys.
 */
export function readMap<T>(
  value: unknown,
  keyPattern: RegExp,
  maxEntries: number,
  readValue: (inner: unknown) => T | undefined,
): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length > maxEntries) return undefined;
  const result: Record<string, T> = {};
  for (const key of keys) {
    if (HOSTILE_KEYS.has(key) || key.length > 64 || !keyPattern.test(key)) continue;
    const inner = readValue(value[key]);
    if (inner !== undefined) result[key] = inner;
  }
  return result;
}

/** Cuts text to at most `max` characters for messages, marking the cut. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
