/**
 * Scenario files on disk, shared by the command-line tools and the Vite
 * plugin: which files are scenarios, and reading one of them through every
 * check (`validateScenario`) into a parse result without ever throwing.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { severityOf, type Code, type Diagnostic } from '../content/codes.ts';
import { MAX_BYTES } from '../content/limits.ts';
import type { ParseResult } from '../content/load.ts';
import { validateScenario } from '../engine/analysis/run-checks.ts';

/** The scenario files in a folder (`*.yaml`, `*.yml`), sorted by name; none if it is missing. */
export function listScenarioFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/** A path as the user should see it: relative to the working folder when inside it. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const shown = relative(cwd, resolve(cwd, file));
  return shown && !shown.startsWith('..') ? shown : file;
}

function fileProblem(path: string, code: Code, message: string): ParseResult {
  const diagnostic: Diagnostic = {
    path,
    line: 1,
    col: 1,
    code,
    severity: severityOf(code),
    message,
  };
  return { diagnostics: [diagnostic] };
}

/** Reads and checks one scenario file; `shownAs` is the path used in diagnostics. */
export function readScenarioFile(file: string, shownAs = displayPath(file)): ParseResult {
  let text: string;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return fileProblem(shownAs, 'UNREADABLE_FILE', 'not a file');
    if (stats.size > MAX_BYTES) {
      return fileProblem(
        shownAs,
        'FILE_TOO_LARGE',
        `the file is ${stats.size} bytes; the limit is ${MAX_BYTES}`,
      );
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : String((error as Error).message ?? error);
    return fileProblem(shownAs, 'UNREADABLE_FILE', `cannot read the file: ${reason}`);
  }
  return validateScenario(text, shownAs);
}

/** `path:line:col  CODE  severity: message`, the one format every tool prints. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { path, line, col, code, severity, message } = diagnostic;
  return `${path}:${line}:${col}  ${code}  ${severity}: ${message}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
