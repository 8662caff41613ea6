/**
 * `#/workshop[/<session>]`: the facilitator's workshop session — each
 * meeting played in presenter mode that day, decision by decision with the
 * room's votes, the option taken and overrides, the room's path beside the
 * best customer-value path — and the Markdown and CSV downloads.
 */
import { analyze } from '../../../engine/analysis/analyze.ts';
import { summariseWorkshopRun, type WorkshopRunSummary } from '../../../engine/runs/workshop.ts';
import { votesWords, workshopCsv, workshopMarkdown } from '../../../engine/reports/workshop.ts';
import {
  roomChangeWords,
  roomReasonLines,
  roomSplitWords,
} from '../../../engine/reports/room-words.ts';
import type { App } from '../../app.ts';
import { button, el } from '../../dom.ts';
import type { ScreenFactory } from '../../router.ts';
import { distinctRuns, workshopSessions } from './store.ts';

/** Offers `text` as a file download. */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function summaries(app: App, runIds: readonly string[]): WorkshopRunSummary[] {
  const all = app.saved.data().runs;
  const runs = distinctRuns(runIds.flatMap((id) => all.find((run) => run.id === id) ?? []));
  return runs.flatMap((run) => {
    const scenario = app.scenarios.find((s) => s.id === run.record.scenarioId);
    if (!scenario) return [];
    return [summariseWorkshopRun(scenario, run, analyze(scenario).bestCustomerPath?.choices ?? [])];
  });
}

function runSection(run: WorkshopRunSummary, number: number): HTMLElement {
  const rows = run.decisions.map((d) =>
    el(
      'tr',
      { 'data-override': String(d.override) },
      el('th', { scope: 'row' }, String(d.step + 1)),
      el('td', {}, d.nodeTitle),
      el('td', {}, d.taken.text),
      el('td', {}, votesWords(d)),
      el('td', {}, d.override ? 'Yes, overridden' : 'No'),
    ),
  );
  const head = el(
    'tr',
    {},
    ...['#', 'Scene', 'Option taken', 'Room votes', 'Override'].map((h) =>
      el('th', { scope: 'col' }, h),
    ),
  );
  const path = run.bestPath.map((best, i) => {
    const taken = run.decisions[i]?.taken;
    if (taken?.id === best.id)
      return el('li', { 'data-same': 'true' }, 'Room and best for customers: ', best.text);
    return el(
      'li',
      { 'data-same': 'false' },
      el('span', {}, 'Room: ', taken?.text ?? '—'),
      el('br'),
      el('span', {}, 'Best for customers: ', best.text),
    );
  });
  return el(
    'section',
    { class: 'workshop-run', 'data-run-id': run.runId },
    el('h2', {}, `${number}. ${run.scenarioTitle}`),
    el('table', { class: 'workshop-table' }, el('thead', {}, head), el('tbody', {}, ...rows)),
    roomSection(run),
    el('p', {}, el('strong', {}, 'Ending: '), run.ending ? run.ending.title : 'not finished'),
    el('h3', {}, 'The room’s path and the best customer-value path'),
    el('ol', { class: 'workshop-paths' }, ...path),
  );
}

/** The live room's split, its changes and its reasons, per decision it voted on. */
function roomSection(run: WorkshopRunSummary): HTMLElement | null {
  const voted = run.decisions.filter((d) => d.room);
  if (voted.length === 0) return null;
  const items = voted.map((d) => {
    const reasons = roomReasonLines(d);
    return el(
      'li',
      { 'data-step': d.step + 1 },
      el('strong', {}, `Decision ${d.step + 1}: `),
      `${roomSplitWords(d) ?? ''}. ${roomChangeWords(d) ?? ''}`,
      reasons.length > 0
        ? el('ul', { class: 'workshop-reasons' }, ...reasons.map((line) => el('li', {}, line)))
        : null,
    );
  });
  return el(
    'section',
    { class: 'workshop-room', 'aria-label': 'What the room said' },
    el('h3', {}, 'What the room said'),
    el('ol', {}, ...items),
  );
}

export const workshopScreen: ScreenFactory<App> = (app, link) => {
  const sessions = workshopSessions(app.saved.data());
  const wanted = link.route.screen === 'workshop' ? link.route.sessionId : undefined;
  const session = (wanted ? sessions.find((s) => s.id === wanted) : undefined) ?? sessions[0];
  if (wanted && session?.id !== wanted)
    app.notify('That workshop session is not in this browser, so the latest one is shown.');
  const runs = session ? summaries(app, session.runIds) : [];
  const heading = el('h1', { tabindex: -1 }, session?.title ?? 'Workshop summary');
  const markdown = () =>
    workshopMarkdown(
      { title: session?.title, startedAt: session?.startedAt ?? new Date().toISOString() },
      runs,
    );
  const base = session?.id ?? 'workshop';
  const element = el(
    'article',
    { class: 'page workshop-page' },
    el('p', { class: 'eyebrow' }, 'Workshop summary'),
    heading,
    runs.length === 0
      ? el(
          'p',
          {},
          'No meeting has been played in presenter mode yet. Press P during a meeting to start one.',
        )
      : el(
          'p',
          {},
          `${runs.length} ${runs.length === 1 ? 'meeting' : 'meetings'} played with the room.`,
        ),
    el(
      'div',
      { class: 'toolbar' },
      button('Download Markdown', () => download(`${base}.md`, 'text/markdown', markdown()), {
        class: 'primary',
        'data-export': 'markdown',
      }),
      button('Download CSV', () => download(`${base}.csv`, 'text/csv', workshopCsv(runs)), {
        'data-export': 'csv',
      }),
      button('Back to the meetings', () => app.go({ screen: 'select' })),
    ),
    ...runs.map((run, i) => runSection(run, i + 1)),
  );
  queueMicrotask(() => heading.focus());
  return { element, destroy: () => undefined };
};
