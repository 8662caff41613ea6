/**
 * Title and meeting select: one card per scenario file. A file that failed
 * validation gets a card that says what is wrong with it.
 */
import type { App } from '../app.ts';
import { button, el } from '../dom.ts';
import type { ScreenFactory } from '../router.ts';
import type { ScenarioCard } from '../../content/facts.ts';
import type { MeetingEntry } from '../scenario-list.ts';

function facts(card: ScenarioCard): HTMLElement {
  const { min, max } = card.decisions;
  const decisions = min === max ? `${max}` : `${min}–${max}`;
  const row = (term: string, value: string) => [el('dt', {}, term), el('dd', {}, value)];
  return el(
    'dl',
    { class: 'facts' },
    ...row('Decisions', decisions),
    ...row('Typical time', `about ${card.minutes} min`),
    ...row('Around the table', `${card.castCount} people`),
  );
}

function meetingCard(app: App, entry: MeetingEntry): HTMLElement {
  const card = entry.card;
  if (!card) {
    return el(
      'li',
      { class: 'card card-broken', 'data-file': entry.file },
      el('h3', {}, entry.file),
      el('p', {}, 'This meeting could not be loaded. Its file needs fixing:'),
      el('ul', { class: 'problems' }, ...entry.problems.map((problem) => el('li', {}, problem))),
    );
  }
  const start = button(
    'Start meeting',
    () => app.go({ screen: 'play', scenarioId: card.id, path: [] }),
    {
      class: 'primary',
      'data-scenario': card.id,
    },
  );
  start.append(el('span', { class: 'visually-hidden' }, `: ${card.title}`));
  const { company, stage, city } = card.setting;
  return el(
    'li',
    { class: 'card', 'data-scenario': card.id },
    el('h3', {}, card.title),
    el('p', { class: 'where' }, `${company} · ${stage} · ${city}`),
    el('p', { class: 'stakes' }, el('strong', {}, 'At stake: '), card.stakes),
    facts(card),
    start,
  );
}

export const titleScreen: ScreenFactory<App> = (app, link) => {
  const heading = el('h2', { id: 'meetings-heading', tabindex: -1 }, 'Choose a meeting');
  const cards =
    app.meetings.length > 0
      ? el('ul', { class: 'cards' }, ...app.meetings.map((entry) => meetingCard(app, entry)))
      : el('p', { class: 'empty' }, 'No meetings were found in the scenarios folder.');
  const element = el(
    'div',
    { class: 'page title-page' },
    el(
      'header',
      { class: 'masthead' },
      el('h1', {}, 'Make the Call'),
      el(
        'p',
        { class: 'tagline' },
        'Sit in the meeting, hear everyone out, and make the call for your customers.',
      ),
      el(
        'div',
        { class: 'toolbar' },
        button('Settings', () => app.overlays.settings.open()),
        button('Keyboard shortcuts', () => app.overlays.help.open()),
        button('History', () => app.go({ screen: 'history' }), { 'data-action': 'history' }),
      ),
    ),
    el('section', { class: 'meetings', 'aria-labelledby': 'meetings-heading' }, heading, cards),
  );
  if (link.route.screen === 'select') queueMicrotask(() => heading.focus());
  return { element, destroy: () => undefined };
};
