/**
 * Runs as CSV for a facilitator's spreadsheet: one row per run, RFC 4180
 * quoting, and text cells guarded against formula injection.
 */
import type { Scenario } from '../../content/types.ts';
import type { SavedRun } from '../saved/types.ts';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'run',
  'scenario',
  'ending',
  'rating',
  'customer',
  'pleasing',
  'decisions',
  'finished',
  'date',
  'parent',
  'fork step',
] as const;

/**
 * A text cell: a leading `=`, `+`, `-`, `@`, tab or carriage return would
 * make a spreadsheet run it as a formula, so it gets a leading `'`; then
 * RFC 4180 quoting when it holds a comma, quote or line break.
 */
export function csvText(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A number cell: numbers we computed are written as numbers, never guarded. */
function csvNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '' : String(value);
}

/** One row per run, header first, CRLF line ends (RFC 4180). */
export function runsToCsv(runs: readonly SavedRun[], scenarios: readonly Scenario[]): string {
  const titles = new Map(scenarios.map((scenario) => [scenario.id, scenario.title]));
  const rows = runs.map((run) =>
    [
      csvText(run.id),
      csvText(titles.get(run.record.scenarioId) ?? run.record.scenarioId),
      csvText(run.summary.endingTitle ?? ''),
      csvText(run.summary.rating ?? ''),
      csvNumber(run.summary.customer),
      csvNumber(run.summary.pleasing),
      csvNumber(run.summary.decisions),
      run.finished ? 'yes' : 'no',
      csvText(run.createdAt),
      csvText(run.parentId ?? ''),
      csvNumber(run.forkStep),
    ].join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
