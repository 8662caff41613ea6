/**
 * The two meters and the people at the table, in the DOM: always labelled
 * with words and numbers (never colour alone), readable without the Phaser
 * room, and emptied — not just covered — while scores are hidden.
 */
import type { Scenario } from '../../content/types.ts';
import type { MeetingView } from '../../engine/core/view-model.ts';
import { el } from '../dom.ts';
import { METER_NAMES, signed, trustWords } from '../labels.ts';

/** The meter value at which a bar is full; values beyond it still read correctly as text. */
const FULL_SCALE = 12;

export interface Meters {
  element: HTMLElement;
  render(view: Pick<MeetingView, 'meters'>, showScores: boolean): void;
}

function meter(key: 'customer' | 'pleasing') {
  const value = el('span', { class: 'meter-value', 'data-meter': key });
  const fill = el('span', { class: 'meter-fill' });
  const element = el(
    'div',
    { class: `meter meter-${key}` },
    el('span', { class: 'meter-name' }, METER_NAMES[key]),
    value,
    el('span', { class: 'meter-bar', 'aria-hidden': 'true' }, fill),
  );
  const render = (amount: number | undefined) => {
    value.textContent = amount === undefined ? 'hidden' : signed(amount);
    const share = amount === undefined ? 0 : Math.max(-1, Math.min(1, amount / FULL_SCALE));
    fill.style.setProperty('--share', String(Math.abs(share)));
    fill.dataset.direction = share < 0 ? 'down' : 'up';
  };
  return { element, render };
}

export function createMeters(): Meters {
  const customer = meter('customer');
  const pleasing = meter('pleasing');
  const element = el(
    'section',
    { class: 'meters', 'aria-label': 'Scores' },
    customer.element,
    pleasing.element,
  );
  return {
    element,
    render(view, showScores) {
      customer.render(showScores ? view.meters.customer : undefined);
      pleasing.render(showScores ? view.meters.pleasing : undefined);
    },
  };
}

export interface CastList {
  element: HTMLElement;
  render(view: Pick<MeetingView, 'trust'>, showScores: boolean, speaker: string | undefined): void;
}

/** Who sits at the table, as much as the list shows (the inline opening has no more). */
export interface CastScenario {
  cast: readonly Pick<Scenario['cast'][number], 'id' | 'name' | 'role'>[];
}

/** The people at the table with their trust; the fallback picture when the room cannot be drawn. */
export function createCastList(scenario: CastScenario): CastList {
  const items = scenario.cast.map((member) => {
    const trust = el('span', { class: 'cast-trust' });
    const speaking = el('span', { class: 'cast-speaking' });
    const item = el(
      'li',
      { class: 'cast-member', 'data-cast': member.id },
      el('span', { class: 'cast-name' }, member.name),
      el('span', { class: 'cast-role' }, member.role),
      trust,
      speaking,
    );
    return { id: member.id, item, trust, speaking };
  });
  const element = el(
    'section',
    { class: 'cast', 'aria-label': 'Around the table' },
    el('ul', {}, ...items.map((entry) => entry.item)),
  );
  return {
    element,
    render(view, showScores, speaker) {
      for (const entry of items) {
        const value = view.trust[entry.id] ?? 0;
        entry.trust.textContent = showScores
          ? `Trust ${signed(value)}, ${trustWords(value)}`
          : 'Trust hidden';
        const isSpeaking = entry.id === speaker;
        entry.item.dataset.speaking = String(isSpeaking);
        entry.speaking.textContent = isSpeaking ? 'Speaking' : '';
      }
    },
  };
}
