/**
 * Turns zod's issues into findings an author can act on: a stable code, a
 * plain message, and the data path to point at.
 */
import type { z } from 'zod';
import type { Code } from './codes.ts';
import type { DataPath, Located } from './locate.ts';
import { suggestion } from './suggest.ts';
import { CastMember, Choice, Ending, Line, Scenario, SceneNode } from './schema.ts';

/** Every key the format defines, for "did you mean" on an unknown key. */
const KNOWN_KEYS = new Set<string>([
  ...[Scenario, Scenario.shape.setting, CastMember, SceneNode, Line, Choice, Ending].flatMap(
    (object) => Object.keys(object.shape),
  ),
  ...['customer', 'pleasing', 'trust', 'flags', 'any', 'not', 'min', 'max'],
]);

/** A problem found in the data, before it is given a line and column. */
export interface Finding extends Located {
  code: Code;
  message: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'a mapping (key: value)',
  array: 'a list',
  boolean: 'true or false',
};

/** A short, safe description of a value for messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

function valueAt(data: unknown, path: DataPath): { found: boolean; value: unknown } {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return { found: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(current, segment)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** `nodes.N.choices.N.customer|pleasing` and `nodes.N.choices.N.trust.WHO`. */
function isDeltaPath(path: DataPath): boolean {
  if (path[0] !== 'nodes' || path[2] !== 'choices') return false;
  if (path.length === 5) return path[4] === 'customer' || path[4] === 'pleasing';
  return path.length === 6 && path[4] === 'trust';
}

/** The dotted path an author can search for, e.g. `nodes[1].choices[0].next`. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : `${out ? '.' : ''}${String(segment)}`;
  }
  return out || 'the document';
}

function nameOf(path: DataPath): string {
  const last = path[path.length - 1];
  return last === undefined ? 'the document' : `\`${String(last)}\``;
}

/** A required key that is absent: reported at the mapping that should hold it. */
function missingField(path: DataPath, data: unknown): Finding | undefined {
  if (path.length === 0 || valueAt(data, path).found) return undefined;
  const parent = path.slice(0, -1);
  return {
    code: 'MISSING_FIELD',
    path: parent,
    message: `${nameOf(path)} is required in ${formatPath(parent)}`,
  };
}

function invalidType(issue: z.core.$ZodIssue & { expected?: string }, data: unknown): Finding {
  const path = issue.path;
  const here = valueAt(data, path);
  if (isDeltaPath(path)) {
    return {
      code: 'BAD_DELTA_TYPE',
      path,
      message: `${formatPath(path)} must be a whole number from -5 to 5, got ${describeValue(here.value)}`,
    };
  }
  const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'another type';
  return {
    code: 'WRONG_TYPE',
    path,
    message: `${formatPath(path)} should be ${expected}, got ${describeValue(here.value)}`,
  };
}

function outOfRange(issue: z.core.$ZodIssue & { origin?: string }, data: unknown): Finding {
  const path = issue.path;
  const where = formatPath(path);
  if (isDeltaPath(path)) {
    return { code: 'INVALID_VALUE', path, message: `${where} must be from -5 to 5` };
  }
  if (issue.origin === 'array') {
    return { code: 'INVALID_VALUE', path, message: `${where} needs at least one item` };
  }
  if (issue.origin === 'string') {
    return { code: 'INVALID_VALUE', path, message: `${where}: ${issue.message}` };
  }
  const got = describeValue(valueAt(data, path).value);
  return { code: 'INVALID_VALUE', path, message: `${where}: ${issue.message} (got ${got})` };
}

/** One zod issue → one or more findings (one per unknown key). */
export function findingsFromIssue(issue: z.core.$ZodIssue, data: unknown): Finding[] {
  const path = issue.path;
  if (issue.code === 'invalid_type' || issue.code === 'invalid_value') {
    const missing = missingField(path, data);
    if (missing) return [missing];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [invalidType(issue, data)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'UNKNOWN_KEY' as const,
        path: [...path, key],
        atKey: true,
        message: `unknown key ${describeValue(key)} in ${formatPath(path)}${suggestion(key, KNOWN_KEYS)}`,
      }));
    case 'invalid_key':
      return [
        {
          code: 'BAD_ID',
          path,
          atKey: true,
          message: `${describeValue(path[path.length - 1])} in ${formatPath(path.slice(0, -1))} is not an id: ids are lower-case words joined by hyphens`,
        },
      ];
    case 'invalid_format':
      return [
        {
          code: 'BAD_ID',
          path,
          message: `${describeValue(valueAt(data, path).value)} is not a valid ${formatPath(path)}: ${issue.message}`,
        },
      ];
    case 'too_small':
    case 'too_big':
      return [outOfRange(issue, data)];
    case 'invalid_value': {
      const allowed = issue.values.map((value) => String(value)).join(', ');
      const got = describeValue(valueAt(data, path).value);
      return [
        {
          code: 'INVALID_VALUE',
          path,
          message: `${formatPath(path)} must be one of: ${allowed} (got ${got})`,
        },
      ];
    }
    default:
      return [{ code: 'INVALID_VALUE', path, message: `${formatPath(path)}: ${issue.message}` }];
  }
}
