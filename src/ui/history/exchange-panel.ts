/**
 * Downloading and importing a whole history, and clearing it. Import goes
 * through the engine's importRuns, which checks every run; the history only
 * ever gains runs from it, so nothing already saved is lost or altered.
 */
import { runsToCsv } from '../../engine/reports/csv.ts';
import { exportRuns, importRuns } from '../../engine/reports/exchange.ts';
import { addRun, clearHistory } from '../../engine/runs/history.ts';
import type { App } from '../app.ts';
import { button, el } from '../dom.ts';
import { download, fileStamp } from './run-words.ts';

function report(area: HTMLElement, heading: string, lines: string[] = []): void {
  area.replaceChildren(el('p', { class: 'import-heading' }, heading));
  if (lines.length > 0)
    area.append(el('ul', { class: 'import-skipped' }, ...lines.map((line) => el('li', {}, line))));
}

async function importFile(
  app: App,
  file: File,
  area: HTMLElement,
  done: () => void,
): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    report(area, `“${file.name}” could not be read. Nothing was imported.`);
    return;
  }
  const result = importRuns(text, app.scenarios, app.saved.data().runs);
  if (result.error) {
    report(area, `“${file.name}” was not imported: ${result.error} Your history is unchanged.`);
    return;
  }
  if (result.added.length > 0) {
    app.saved.update((data) => result.added.reduce(addRun, data));
  }
  const n = result.added.length;
  const skipped = result.skipped.map((skip) => `Skipped ${skip.id}: ${skip.reason}.`);
  const added = n === 0 ? 'No new runs were imported' : `Imported ${n} ${n === 1 ? 'run' : 'runs'}`;
  report(
    area,
    `${added} from “${file.name}”.${skipped.length > 0 ? ` ${skipped.length} skipped:` : ''}`,
    skipped,
  );
  done();
}

function clearPart(app: App, scenarioId: string | undefined, done: () => void): HTMLElement {
  const part = el('div', { class: 'clear-history' });
  const count = () =>
    app.saved
      .data()
      .runs.filter((run) => scenarioId === undefined || run.record.scenarioId === scenarioId)
      .length;
  const ask = button(
    scenarioId ? 'Clear this meeting’s runs…' : 'Clear history…',
    () => confirm(),
    { 'data-action': 'clear' },
  );
  const show = (...nodes: Node[]) => part.replaceChildren(...nodes);
  function confirm() {
    const n = count();
    const question = el(
      'p',
      { class: 'confirm-text', id: 'clear-question' },
      `Delete ${n} saved ${n === 1 ? 'run' : 'runs'}? This cannot be undone; download the history first if you want to keep it.`,
    );
    const yes = button(
      'Yes, delete them',
      () => {
        app.saved.update((data) => clearHistory(data, scenarioId));
        app.announce('History cleared');
        show(ask);
        done();
      },
      { class: 'danger', 'data-action': 'confirm-clear', 'aria-describedby': 'clear-question' },
    );
    const no = button('Cancel', () => {
      show(ask);
      ask.focus();
    });
    show(
      el(
        'div',
        { class: 'confirm', role: 'group', 'aria-labelledby': 'clear-question' },
        question,
        el('div', { class: 'toolbar' }, yes, no),
      ),
    );
    no.focus();
  }
  show(ask);
  return part;
}

/** The export, import and clear controls above the history list. */
export function exchangePanel(
  app: App,
  scenarioId: string | undefined,
  refresh: () => void,
): HTMLElement {
  const area = el('div', { class: 'import-report', role: 'status', 'aria-live': 'polite' });
  const runs = () =>
    app.saved
      .data()
      .runs.filter((run) => scenarioId === undefined || run.record.scenarioId === scenarioId);
  const input = el('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
    'data-action': 'import',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void importFile(app, file, area, refresh).finally(() => (input.value = ''));
  });
  const stamp = fileStamp();
  return el(
    'section',
    { class: 'exchange', 'aria-labelledby': 'exchange-heading' },
    el('h2', { id: 'exchange-heading' }, 'Export, import, clear'),
    el(
      'div',
      { class: 'toolbar' },
      button(
        'Download history (JSON)',
        () =>
          download(
            `make-the-call-history-${stamp}.json`,
            exportRuns(runs(), app.scenarios, new Date().toISOString()),
            'application/json',
          ),
        {
          'data-action': 'export-json',
        },
      ),
      button(
        'Download runs as CSV',
        () =>
          download(`make-the-call-runs-${stamp}.csv`, runsToCsv(runs(), app.scenarios), 'text/csv'),
        {
          'data-action': 'export-csv',
        },
      ),
    ),
    el(
      'p',
      { class: 'import-row' },
      el('label', { for: 'import-file' }, 'Import runs from a JSON file: '),
      input,
    ),
    area,
    clearPart(app, scenarioId, refresh),
  );
}
