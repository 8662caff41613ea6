/**
 * One run in the history list: outcome, meters, date, where it was forked
 * from, and what can be done with it (resume or open, select to compare,
 * download as JSON or as a Markdown debrief).
 */
import type { Scenario } from '../../content/types.ts';
import { runToMarkdown } from '../../engine/reports/debrief.ts';
import { exportRuns } from '../../engine/reports/exchange.ts';
import type { SavedRun } from '../../engine/saved/types.ts';
import type { App } from '../app.ts';
import { button, el } from '../dom.ts';
import { replays, setActiveRun } from '../runs.ts';
import { download, fileStamp, meterWords, outcomeWords, when } from './run-words.ts';

/** Continues a run where it stopped, or opens its debrief when it has ended. */
export function openRun(app: App, run: SavedRun): void {
  const path = run.record.steps.map((step) => step.choiceId);
  setActiveRun(run.id, path);
  app.go({ screen: 'play', scenarioId: run.record.scenarioId, path, seed: run.record.seed });
}

function focusRun(runId: string): void {
  const item = document.getElementById(`run-${runId}`);
  item?.scrollIntoView({ block: 'center' });
  item?.focus();
}

function parentLine(run: SavedRun, all: readonly SavedRun[]): HTMLElement | undefined {
  if (!run.parentId) return undefined;
  const parent = all.find((other) => other.id === run.parentId);
  const step = run.forkStep ?? 0;
  const after = step === 0 ? 'at the first decision' : `after decision ${step}`;
  if (!parent)
    return el('p', { class: 'run-parent' }, `Forked ${after} from a run no longer in history.`);
  return el(
    'p',
    { class: 'run-parent' },
    `Forked ${after} from `,
    // Not an href="#…": the hash is the router's, so the link moves focus itself.
    button(`the run of ${when(parent.createdAt)}`, () => focusRun(parent.id), {
      class: 'link-button',
      'data-parent-id': parent.id,
    }),
    '.',
  );
}

export interface RunItemOptions {
  app: App;
  run: SavedRun;
  all: readonly SavedRun[];
  scenario?: Scenario;
  /** Called when the "compare" box is ticked or cleared. */
  onSelect?: (runId: string, selected: boolean) => void;
}

function actions(options: RunItemOptions): HTMLElement {
  const { app, run, scenario, onSelect } = options;
  const bar = el('div', { class: 'toolbar run-actions' });
  const playable = scenario !== undefined && replays(run, scenario);
  if (playable) {
    const label = run.finished ? 'Open debrief' : 'Resume';
    const open = button(label, () => openRun(app, run), {
      class: run.finished ? '' : 'primary',
      'data-action': 'open',
    });
    open.append(el('span', { class: 'visually-hidden' }, ` the run of ${when(run.createdAt)}`));
    bar.append(open);
  }
  const stamp = fileStamp(new Date(run.createdAt));
  bar.append(
    button(
      'Download JSON',
      () =>
        download(
          `make-the-call-run-${stamp}.json`,
          exportRuns([run], app.scenarios, new Date().toISOString()),
          'application/json',
        ),
      { 'data-action': 'json' },
    ),
  );
  if (playable) {
    bar.append(
      button(
        'Download debrief (Markdown)',
        () =>
          download(
            `debrief-${run.record.scenarioId}-${stamp}.md`,
            runToMarkdown(run, scenario),
            'text/markdown',
          ),
        {
          'data-action': 'markdown',
        },
      ),
    );
  }
  if (playable && onSelect) {
    const box = el('input', { type: 'checkbox', id: `compare-${run.id}`, 'data-action': 'select' });
    box.addEventListener('change', () => onSelect(run.id, box.checked));
    bar.append(
      el('label', { class: 'compare-pick', for: `compare-${run.id}` }, box, ' Select to compare'),
    );
  }
  return bar;
}

/** The list item for a run; its id lets forks link to their parent. */
export function runItem(options: RunItemOptions): HTMLElement {
  const { run, all, scenario } = options;
  const stale = scenario !== undefined && !replays(run, scenario);
  return el(
    'li',
    {
      class: 'run-item',
      id: `run-${run.id}`,
      'data-run-id': run.id,
      'data-finished': run.finished ? 'yes' : 'no',
      tabindex: -1,
    },
    el('h3', { class: 'run-title' }, `Run of ${when(run.createdAt)}`),
    el(
      'p',
      { class: 'run-outcome' },
      el('strong', {}, run.finished ? 'Ending: ' : 'Status: '),
      outcomeWords(run),
    ),
    el('p', { class: 'run-meters' }, meterWords(run)),
    el(
      'p',
      { class: 'run-dates' },
      `${run.summary.decisions} decisions · last played ${when(run.updatedAt)}`,
    ),
    parentLine(run, all),
    stale
      ? el(
          'p',
          { class: 'run-stale' },
          'This meeting has changed since this run was played, so it can no longer be replayed. You can still download it.',
        )
      : undefined,
    actions(options),
  );
}
