/**
 * Three or more runs of one meeting as tables: one row per run (ending,
 * rating, meters, where it left the first run), then the path decision by
 * decision with one column per run.
 */
import type { Scenario } from '../../content/types.ts';
import { compareRuns } from '../../engine/runs/compare.ts';
import { replayRun } from '../../engine/core/replay.ts';
import type { SavedRun } from '../../engine/saved/types.ts';
import { el } from '../dom.ts';
import { ratingWords, signed } from '../labels.ts';
import { when } from '../history/run-words.ts';
import { section } from './compare-parts.ts';

const letter = (i: number) => String.fromCharCode(65 + i);

function summaryTable(scenario: Scenario, runs: readonly SavedRun[]): HTMLElement {
  const first = runs[0];
  const rows = runs.map((run, i) => {
    const replay = replayRun(scenario, run.record);
    const diverged =
      i === 0 || !first ? null : compareRuns(scenario, first.record, run.record).divergedAt;
    const left = i === 0 ? '—' : diverged === null ? 'same path' : `decision ${diverged + 1}`;
    return el(
      'tr',
      { 'data-run-id': run.id },
      el('th', { scope: 'row' }, `Run ${letter(i)}, ${when(run.createdAt)}`),
      el('td', {}, replay.ending?.title ?? 'not finished'),
      el('td', {}, replay.ending ? ratingWords(replay.ending.rating) : '—'),
      el('td', {}, signed(replay.state.customer)),
      el('td', {}, signed(replay.state.pleasing)),
      el('td', {}, String(replay.steps.length)),
      el('td', {}, left),
    );
  });
  const head = [
    'Run',
    'Ending',
    'Rating',
    'Customer value',
    'Stakeholder pleasing',
    'Decisions',
    'Differs from run A at',
  ];
  return el(
    'table',
    { class: 'compare-many' },
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows),
  );
}

function pathTable(scenario: Scenario, runs: readonly SavedRun[]): HTMLElement {
  const replays = runs.map((run) => replayRun(scenario, run.record));
  const longest = Math.max(0, ...replays.map((replay) => replay.steps.length));
  const rows = Array.from({ length: longest }, (_, i) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, `Decision ${i + 1}`),
      ...replays.map((replay, r) => {
        const step = replay.steps[i];
        const same = r > 0 && step?.choice.id === replays[0]?.steps[i]?.choice.id;
        // Only what differs is spelled out, so the eye finds the forks.
        if (same) return el('td', { class: 'same' }, 'Same as run A');
        return el('td', {}, step ? step.choice.text : '—');
      }),
    ),
  );
  return el(
    'table',
    { class: 'compare-paths' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Decision'),
        ...runs.map((_, i) => el('th', { scope: 'col' }, `Run ${letter(i)}`)),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}

/** The comparison of three or more runs. */
export function compareMany(scenario: Scenario, runs: readonly SavedRun[]): HTMLElement[] {
  return [
    section(
      'The runs',
      'compare-many',
      el('div', { class: 'table-scroll' }, summaryTable(scenario, runs)),
    ),
    section(
      'Decision by decision',
      'compare-paths',
      el('div', { class: 'table-scroll' }, pathTable(scenario, runs)),
    ),
  ];
}
