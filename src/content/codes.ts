/**
 * Every problem the content layer can report, with its severity and a
 * one-line meaning. Codes are stable: tests, the README and authors' habits
 * rely on them, so rename one only with a migration note.
 *
 * Severity policy: anything that would make the game misbehave or show
 * content nobody can reach is an error; a warning is for something that is
 * probably a slip but cannot break a run.
 */
export type Severity = 'error' | 'warning';

/** One problem, located in the authored file (line and col are 1-based). */
export interface Diagnostic {
  path: string;
  line: number;
  col: number;
  code: Code;
  severity: Severity;
  message: string;
}

export const CODES = {
  // Reading the file
  FILE_TOO_LARGE: ['error', 'the file is over the size limit (1 MB), so it is not parsed'],
  UNREADABLE_FILE: ['error', 'the file could not be read (missing, a directory, no permission)'],
  EMPTY_FILE: ['error', 'the file holds no YAML document'],
  YAML_SYNTAX: ['error', 'the text is not valid YAML'],
  YAML_WARNING: ['warning', 'valid YAML, but something the parser doubts (e.g. an unknown tag)'],
  DUPLICATE_KEY: ['error', 'the same key appears twice in one mapping'],
  TOO_DEEP: [
    'error',
    'the nesting is deeper than any scenario needs (a limit against hostile input)',
  ],
  ALIAS_LIMIT: ['error', 'YAML aliases expand too much (a limit against alias bombs)'],
  // The format, checked against the schema
  UNSUPPORTED_FORMAT: ['error', '`format` is not a version this build can read'],
  MISSING_FIELD: ['error', 'a required field is absent'],
  UNKNOWN_KEY: ['error', 'a key the format does not define (often a typo)'],
  WRONG_TYPE: ['error', 'a value has the wrong type (e.g. a list where text is expected)'],
  BAD_DELTA_TYPE: ['error', 'a customer, pleasing or trust change is not a whole number'],
  BAD_ID: ['error', 'an id is not lower-case words joined by hyphens'],
  INVALID_VALUE: ['error', 'a value is out of range, empty, or not one of the allowed options'],
  // The graph and the references, checked on a schema-valid scenario
  DUPLICATE_ID: ['error', 'two nodes, choices, endings or cast members share an id'],
  RESERVED_ID: ['error', 'a node or ending is called "end", or a cast member "pm"'],
  UNKNOWN_START: ['error', '`start` names no node'],
  UNKNOWN_TARGET: ['error', 'a choice’s `next` names no node and is not "end"'],
  UNKNOWN_SPEAKER: ['error', 'a line’s speaker is not in the cast and is not "pm"'],
  UNKNOWN_CAST: ['error', 'a trust change or condition names someone not in the cast'],
  UNKNOWN_FLAG: ['warning', 'a condition reads a flag that no choice ever sets'],
  EMPTY_RANGE: ['error', 'a range has min greater than max, so it never holds'],
  CYCLE: ['error', 'choices lead back to an earlier node; a meeting must move forward'],
  UNREACHABLE_NODE: [
    'error',
    'no run reaches the node: no choice leads to it, or only choices never offered',
  ],
  DEAD_END: ['error', 'no path of choices from the node leads to "end"'],
  STUCK: ['error', 'a run can reach the node in a state where none of its choices is offered'],
  MISSING_FALLBACK: ['error', 'the last ending has a `when`, so some runs may match no ending'],
  SHADOWED_ENDING: [
    'error',
    'an ending without `when` is not last; endings must end with one fallback',
  ],
  UNREACHABLE_ENDING: ['error', 'no run of the meeting ends with this ending'],
  INTERNAL_ERROR: ['error', 'the validator itself failed on this file (a bug: please report it)'],
  BLIND_WIN: [
    'warning',
    'always taking the first, last, longest or shortest option reaches a `best` or `good` ending',
  ],
  POSITION_BIAS: [
    'warning',
    'one authored position holds the best option in more than half of the decisions',
  ],
  ANALYSIS_LIMIT: [
    'warning',
    'the scenario is too large to explore every run; run checks were skipped',
  ],
} as const satisfies Record<string, readonly [Severity, string]>;

export type Code = keyof typeof CODES;

/** All codes, in the order of the table above. */
export const ALL_CODES = Object.keys(CODES) as Code[];

export function severityOf(code: Code): Severity {
  return CODES[code][0];
}

export function meaningOf(code: Code): string {
  return CODES[code][1];
}

/** The table as Markdown, for the README (`npm run validate -- --codes`). */
export function codesMarkdown(): string {
  const rows = ALL_CODES.map(
    (code) => `| \`${code}\` | ${severityOf(code)} | ${meaningOf(code)} |`,
  );
  return ['| code | severity | meaning |', '|---|---|---|', ...rows].join('\n');
}
