/**
 * Reads one scenario file: YAML → data → schema → graph checks, reporting
 * every problem at a line and column of the file. Pure (no file system), so
 * the CLI, the Vite plugin and the tests share it. It never throws.
 */
import { LineCounter, isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import { severityOf, type Code, type Diagnostic } from './codes.ts';
import { checkScenario, type RunChecks } from './checks.ts';
import { findingsFromIssue, describeValue, type Finding } from './issues.ts';
import { locate } from './locate.ts';
import { MAX_ALIAS_COUNT, MAX_BYTES, byteLength, dataTooDeepAt, flowTooDeepAt } from './limits.ts';
import { SCENARIO_FORMAT, Scenario as ScenarioSchema } from './schema.ts';
import type { Scenario } from './types.ts';

export type { Diagnostic } from './codes.ts';

export interface ParseResult {
  /** Present only when there is no error (warnings allowed). */
  scenario?: Scenario;
  /** Sorted by line, then column. */
  diagnostics: Diagnostic[];
}

/** Builds diagnostics for one file. */
class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly path: string,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number, code: Code, message: string): void {
    const { line, col } = this.lines.linePos(offset);
    this.add(line, col, code, message);
  }

  add(line: number, col: number, code: Code, message: string): void {
    const severity = severityOf(code);
    // One line per problem, whatever the file put into keys and values.
    const oneLine = message.replace(/\s*[\r\n]+\s*/g, ' ');
    const short = oneLine.length > 300 ? `${oneLine.slice(0, 299)}…` : oneLine;
    this.diagnostics.push({ path: this.path, line, col, code, severity, message: short });
  }

  finding(doc: Document, finding: Finding): void {
    const { line, col } = locate(doc, this.lines, finding);
    this.add(line, col, finding.code, finding.message);
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  }
}

/**
 * Parses and validates one scenario file's text. `path` is only used in
 * diagnostics. `runChecks` adds the checks that explore every run (the
 * engine's `runFindings`; `validateScenario` there passes them).
 */
export function parseScenario(text: string, path: string, runChecks?: RunChecks): ParseResult {
  const lines = new LineCounter();
  const report = new Reporter(path, lines);
  let scenario: Scenario | undefined;
  try {
    scenario = read(String(text), report, lines, runChecks);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report.add(1, 1, 'INTERNAL_ERROR', `the validator failed: ${message.split('\n')[0]}`);
  }
  const diagnostics = report.diagnostics.sort((a, b) => a.line - b.line || a.col - b.col);
  return report.hasErrors ? { diagnostics } : { scenario, diagnostics };
}

function read(
  text: string,
  report: Reporter,
  lines: LineCounter,
  runChecks: RunChecks | undefined,
): Scenario | undefined {
  const size = byteLength(text);
  if (size > MAX_BYTES) {
    report.add(1, 1, 'FILE_TOO_LARGE', `the file is ${size} bytes; the limit is ${MAX_BYTES}`);
    return undefined;
  }
  const deepAt = flowTooDeepAt(text);
  if (deepAt !== undefined) {
    // Count lines by hand: the document was never parsed, so `lines` is empty.
    const before = text.slice(0, deepAt);
    const line = before.split('\n').length;
    report.add(line, deepAt - before.lastIndexOf('\n'), 'TOO_DEEP', 'brackets nest too deeply');
    return undefined;
  }
  const doc = parseYaml(text, report, lines);
  if (!doc) return undefined;
  const data = toData(doc, report);
  if (data === undefined) return undefined;
  if (!formatIsSupported(doc, data, report)) return undefined;

  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const finding of findingsFromIssue(issue, data)) report.finding(doc, finding);
    }
    return undefined;
  }
  for (const finding of checkScenario(parsed.data, runChecks)) report.finding(doc, finding);
  return parsed.data;
}

function parseYaml(text: string, report: Reporter, lines: LineCounter): Document | undefined {
  // uniqueKeys is checked below: the library's own check is quadratic in map size.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  for (const error of doc.errors) report.at(error.pos[0], 'YAML_SYNTAX', error.message);
  for (const warning of doc.warnings) report.at(warning.pos[0], 'YAML_WARNING', warning.message);
  if (doc.errors.length > 0) return undefined;
  if (doc.contents === null) {
    report.add(1, 1, 'EMPTY_FILE', 'the file holds no scenario (it is empty or only comments)');
    return undefined;
  }
  let duplicates = false;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) {
          report.at(pair.key.range?.[0] ?? 0, 'DUPLICATE_KEY', `the key "${key}" appears twice`);
          duplicates = true;
        }
        seen.add(key);
      }
    },
  });
  return duplicates ? undefined : doc;
}

/** The plain data, or undefined after reporting why there is none. */
function toData(doc: Document, report: Reporter): unknown {
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const bomb = error instanceof ReferenceError && /alias/i.test(error.message);
    if (!bomb) throw error;
    let firstAlias = 0;
    visit(doc, {
      Alias(_, alias) {
        firstAlias = alias.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    report.at(firstAlias, 'ALIAS_LIMIT', `aliases expand too much (limit ${MAX_ALIAS_COUNT} uses)`);
    return undefined;
  }
  const deep = dataTooDeepAt(data);
  if (deep) {
    report.finding(doc, { code: 'TOO_DEEP', path: deep, message: 'values nest too deeply' });
    return undefined;
  }
  return data;
}

function formatIsSupported(doc: Document, data: unknown, report: Reporter): boolean {
  if (!isMap(doc.contents) || data === null || typeof data !== 'object') return true;
  if (!('format' in data) || data.format === SCENARIO_FORMAT) return true;
  report.finding(doc, {
    code: 'UNSUPPORTED_FORMAT',
    path: ['format'],
    message: `format ${describeValue(data.format)} is not supported; this build reads format ${SCENARIO_FORMAT}`,
  });
  return false;
}
