/**
 * The meetings this build has: every `scenarios/*.yaml`, validated at build
 * time by the content plugin. A broken file comes with its diagnostics and no
 * scenario, so the title screen can say what is wrong instead of going blank.
 */
import entries from 'virtual:scenarios';
import type { Scenario } from '../content/types.ts';
import type { Diagnostic } from '../content/codes.ts';

export interface MeetingEntry {
  file: string;
  scenario?: Scenario;
  /** One readable line per problem, e.g. "scenarios/x.yaml:3:1 E001 …". */
  problems: string[];
}

/** The same `file:line:col code message` shape as `npm run validate`. */
function describe(d: Diagnostic): string {
  return `${d.path}:${d.line}:${d.col} ${d.code} ${d.message}`;
}

/** All meeting files, in file-name order. */
export const meetings: readonly MeetingEntry[] = entries.map((entry) => ({
  file: entry.file,
  scenario: entry.scenario,
  problems: entry.diagnostics
    .filter((d) => d.severity === 'error' || !entry.scenario)
    .map(describe),
}));

/** The scenarios that loaded. */
export const playable: readonly Scenario[] = meetings.flatMap((entry) =>
  entry.scenario ? [entry.scenario] : [],
);
