/**
 * The history screen, `#/history` or `#/history/<meeting>`: every saved run,
 * per meeting, most recently played first; resume, open, compare, download,
 * import and clear.
 */
import { runsForScenario } from '../../engine/runs/history.ts';
import type { SavedRun } from '../../engine/saved/types.ts';
import type { App } from '../app.ts';
import { button, el } from '../dom.ts';
import type { ScreenFactory } from '../router.ts';
import { exchangePanel } from './exchange-panel.ts';
import { runItem } from './run-item.ts';
import './history.css';

function meetingSection(
  app: App,
  scenarioId: string,
  title: string,
  runs: SavedRun[],
): HTMLElement {
  const selected = new Set<string>();
  const compare = button(
    'Compare selected runs',
    () => app.go({ screen: 'compare', runIds: [...selected] }),
    {
      disabled: true,
      'data-action': 'compare-selected',
    },
  );
  const hint = el('span', { class: 'compare-hint' }, 'Tick two or more runs to compare them.');
  const onSelect = (runId: string, on: boolean) => {
    if (on) selected.add(runId);
    else selected.delete(runId);
    compare.disabled = selected.size < 2;
    hint.textContent =
      selected.size < 2
        ? 'Tick two or more runs to compare them.'
        : `${selected.size} runs selected.`;
  };
  const scenario = app.scenarios.find((candidate) => candidate.id === scenarioId);
  const headingId = `history-${scenarioId}`;
  const tools = el('div', { class: 'toolbar' });
  if (scenario) {
    tools.append(
      compare,
      button('Branch map', () => app.go({ screen: 'map', scenarioId }), { 'data-action': 'map' }),
      button('Play it again', () => app.go({ screen: 'play', scenarioId, path: [] })),
      hint,
    );
  }
  return el(
    'section',
    { class: 'history-meeting', 'data-scenario': scenarioId, 'aria-labelledby': headingId },
    el('h2', { id: headingId }, title),
    scenario
      ? undefined
      : el(
          'p',
          {},
          'This meeting is not part of this version of the game; its runs can be downloaded but not replayed.',
        ),
    tools,
    el(
      'ol',
      { class: 'run-list' },
      ...runs.map((run) => runItem({ app, run, all: app.saved.data().runs, scenario, onSelect })),
    ),
  );
}

function lists(app: App, only: string | undefined): HTMLElement[] {
  const data = app.saved.data();
  const known = app.scenarios.map((scenario) => ({ id: scenario.id, title: scenario.title }));
  const other = [...new Set(data.runs.map((run) => run.record.scenarioId))]
    .filter((id) => !known.some((meeting) => meeting.id === id))
    .map((id) => ({ id, title: `Other meeting: ${id}` }));
  const sections = [...known, ...other]
    .filter((meeting) => only === undefined || meeting.id === only)
    .map((meeting) => ({ ...meeting, runs: runsForScenario(data, meeting.id) }))
    .filter((meeting) => meeting.runs.length > 0)
    .map((meeting) => meetingSection(app, meeting.id, meeting.title, meeting.runs));
  if (sections.length > 0) return sections;
  const empty =
    only === undefined
      ? 'No runs yet. Play a meeting and it will appear here.'
      : 'No runs of this meeting yet.';
  return [el('p', { class: 'history-empty' }, empty)];
}

function filterBar(app: App, only: string | undefined): HTMLElement {
  const links = [
    { label: 'All meetings', hash: '#/history', id: undefined as string | undefined },
  ].concat(
    app.scenarios.map((scenario) => ({
      label: scenario.title,
      hash: `#/history/${encodeURIComponent(scenario.id)}`,
      id: scenario.id,
    })),
  );
  return el(
    'nav',
    { class: 'history-filter', 'aria-label': 'Show runs of' },
    el(
      'ul',
      {},
      ...links.map((link) =>
        el(
          'li',
          {},
          el(
            'a',
            { href: link.hash, 'aria-current': link.id === only ? 'page' : undefined },
            link.label,
          ),
        ),
      ),
    ),
  );
}

export const historyScreen: ScreenFactory<App> = (app, link) => {
  const only = link.route.screen === 'history' ? link.route.scenarioId : undefined;
  const body = el('div', { class: 'history-lists' });
  const refresh = () => body.replaceChildren(...lists(app, only));
  refresh();
  const heading = el('h1', { tabindex: -1, id: 'history-heading' }, 'Run history');
  const element = el(
    'article',
    { class: 'page history-page', 'aria-labelledby': 'history-heading' },
    el(
      'header',
      { class: 'history-head' },
      heading,
      el(
        'div',
        { class: 'toolbar' },
        button('Back to the meetings', () => app.go({ screen: 'select' })),
      ),
    ),
    filterBar(app, only),
    exchangePanel(app, only, refresh),
    body,
  );
  queueMicrotask(() => heading.focus());
  return { element, destroy: () => undefined };
};
