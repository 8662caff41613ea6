/** Helpers for fuzzing: every path inside a JSON document, and replacing the value at one. */

/** Every path to a value inside a JSON document. */
export function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((key) => pathsIn((value as Record<string, unknown>)[key], [...prefix, key])),
  ];
}

/** A copy of `document` with the value at `path` replaced (or deleted when `replacement` is undefined). */
export function mutateAt(
  document: unknown,
  path: (string | number)[],
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) delete cursor[last];
  else cursor[last] = replacement;
  return copy;
}
