/** The key to the runs drawn on the branch map: letter, line style and outcome, in words. */
import type { SavedRun } from '../../engine/saved/types.ts';
import { el } from '../dom.ts';
import { when } from '../history/run-words.ts';
import type { MapRun } from './layout.ts';

const STYLES: Record<string, string> = {
  A: 'thick solid line',
  B: 'dashed line',
  C: 'dotted line',
  D: 'dash-dot line',
};

/** One line per drawn run; older runs are counted, not drawn. */
export function legend(runs: SavedRun[], drawn: MapRun[], total: number): HTMLElement {
  if (runs.length === 0)
    return el(
      'p',
      { class: 'map-legend' },
      'No runs of this meeting yet: play it and your path will be drawn here.',
    );
  const items = drawn.map((run, i) => {
    const saved = runs[i] as SavedRun;
    const who = run.letter === 'A' ? 'This run' : `Run of ${when(saved.createdAt)}`;
    const state = saved.finished ? (saved.summary.endingTitle ?? '') : 'not finished';
    return el(
      'li',
      { 'data-run': run.letter },
      el('span', { class: `legend-line run-${run.letter}`, 'aria-hidden': 'true' }),
      el('strong', {}, ` ${run.letter}`),
      ` — ${who} (${state}): ${STYLES[run.letter] ?? 'line'}, badge ${run.letter}`,
    );
  });
  const more =
    total > drawn.length
      ? el('li', {}, `${total - drawn.length} older runs are not drawn; see History.`)
      : undefined;
  return el('ul', { class: 'map-legend' }, ...items, more);
}
