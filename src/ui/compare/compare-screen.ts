/**
 * The compare screen, `#/compare/<run>.<run>…`: two runs of one meeting side
 * by side (divergence, both options, meters chart, endings, trust), or three
 * or more as tables. Its link names the runs, so it can be copied and opened
 * again in this browser.
 */
import type { Scenario } from '../../content/types.ts';
import { compareRuns } from '../../engine/runs/compare.ts';
import { comparisonToMarkdown } from '../../engine/reports/comparison.ts';
import { runsToCsv } from '../../engine/reports/csv.ts';
import { relatedRuns, runsForScenario } from '../../engine/runs/history.ts';
import { formatRoute } from '../../engine/links/route.ts';
import { resolveLink } from '../../engine/links/resolve.ts';
import type { SavedRun } from '../../engine/saved/types.ts';
import type { App } from '../app.ts';
import { button, el } from '../dom.ts';
import type { ScreenFactory } from '../router.ts';
import { copyLinkButton } from '../history/copy-link.ts';
import { download, fileStamp, runLabel } from '../history/run-words.ts';
import { compareChart } from './compare-chart.ts';
import { divergencePart, endingsPart, runHeading, section, trustPart } from './compare-parts.ts';
import { compareMany } from './compare-table.ts';
import '../history/history.css';
import './compare.css';

/** The runs to offer: the first run's parent and forks first, then the rest, newest first. */
function candidates(app: App, first: SavedRun): SavedRun[] {
  const data = app.saved.data();
  const related = relatedRuns(data, first);
  const rest = runsForScenario(data, first.record.scenarioId).filter(
    (run) => run.id !== first.id && !related.includes(run),
  );
  return [first, ...related, ...rest];
}

function picker(app: App, chosen: readonly SavedRun[]): HTMLElement {
  const first = chosen[0] as SavedRun;
  const related = new Set(relatedRuns(app.saved.data(), first).map((run) => run.id));
  const boxes = candidates(app, first).map((run) => {
    const box = el('input', {
      type: 'checkbox',
      value: run.id,
      id: `pick-${run.id}`,
      checked: chosen.includes(run),
    });
    const note =
      run.id === first.id ? ' (run A)' : related.has(run.id) ? ' (its parent or fork)' : '';
    return {
      box,
      item: el('li', {}, el('label', { for: `pick-${run.id}` }, box, ` ${runLabel(run)}${note}`)),
    };
  });
  const apply = button('Compare the ticked runs', () => {
    const ids = boxes.filter(({ box }) => box.checked).map(({ box }) => box.value);
    if (ids.length < 2) return app.announce('Tick at least two runs.');
    app.go({ screen: 'compare', runIds: ids });
  });
  return el(
    'details',
    { class: 'compare-picker' },
    el('summary', {}, 'Choose other runs to compare'),
    el('ul', {}, ...boxes.map(({ item }) => item)),
    apply,
  );
}

function twoRuns(scenario: Scenario, a: SavedRun, b: SavedRun): HTMLElement[] {
  const comparison = compareRuns(scenario, a.record, b.record);
  const errors = [comparison.errors.a, comparison.errors.b].filter((e) => e !== undefined);
  return [
    ...errors.map((error) =>
      el('p', { class: 'run-stale' }, `A run could not be fully replayed: ${error.message}.`),
    ),
    divergencePart(scenario, comparison),
    section('Meters, decision by decision', 'compare-meters', compareChart(comparison)),
    endingsPart(comparison, a, b),
    trustPart(scenario, comparison),
  ];
}

export const compareScreen: ScreenFactory<App> = (app, link) => {
  const resolved = resolveLink(app.scenarios, formatRoute(link.route), app.saved.data().runs);
  const runs = resolved.runs ?? [];
  const scenario = app.scenarios.find((candidate) => candidate.id === runs[0]?.record.scenarioId);
  if (resolved.route.screen !== 'compare' || !scenario || runs.length < 2) {
    if (resolved.problem) app.notify(resolved.problem);
    const fallback = formatRoute(
      resolved.route.screen === 'compare' ? { screen: 'history' } : resolved.route,
    );
    queueMicrotask(() => window.location.replace(fallback));
    return {
      element: el('p', { class: 'page' }, 'Opening the history…'),
      destroy: () => undefined,
    };
  }
  if (resolved.problem) {
    app.notify(resolved.problem);
    app.replace(resolved.route);
  }
  const [a, b] = runs as [SavedRun, SavedRun];
  const hash = formatRoute(resolved.route);
  const heading = el(
    'h1',
    { tabindex: -1, id: 'compare-heading' },
    runs.length === 2 ? 'Two runs compared' : `${runs.length} runs compared`,
  );
  const stamp = fileStamp();
  const exportButton =
    runs.length === 2
      ? button(
          'Download comparison (Markdown)',
          () =>
            download(
              `comparison-${scenario.id}-${stamp}.md`,
              comparisonToMarkdown(a, b, scenario),
              'text/markdown',
            ),
          {
            'data-action': 'markdown',
          },
        )
      : button('Download these runs (CSV)', () =>
          download(`runs-${scenario.id}-${stamp}.csv`, runsToCsv(runs, app.scenarios), 'text/csv'),
        );
  const toolbar = el(
    'div',
    { class: 'toolbar' },
    copyLinkButton(app, () => hash, 'Link to this comparison'),
    exportButton,
    button('Branch map', () => app.go({ screen: 'map', scenarioId: scenario.id })),
    button('History', () => app.go({ screen: 'history', scenarioId: scenario.id })),
  );
  const element = el(
    'article',
    { class: 'page compare-page', 'aria-labelledby': 'compare-heading', 'data-runs': runs.length },
    el(
      'header',
      { class: 'compare-head' },
      el('div', {}, el('p', { class: 'eyebrow' }, scenario.title), heading),
      toolbar,
    ),
    runs.length === 2
      ? el('ul', { class: 'compare-runs' }, runHeading('Run A', a, b), runHeading('Run B', b, a))
      : undefined,
    picker(app, runs),
    ...(runs.length === 2 ? twoRuns(scenario, a, b) : compareMany(scenario, runs)),
  );
  queueMicrotask(() => heading.focus());
  return { element, destroy: () => undefined };
};
