/**
 * What issue 5 adds to the debrief: "How did my run compare?" (which ending
 * out of how many, the share of plays that end better, the best path behind
 * a spoiler button), Compare / Branch map / History buttons, and a rewind
 * button on every decision of the path. Added to the debrief's own DOM so
 * the debrief module stays unaware of run history.
 */
import type { Scenario } from '../../content/types.ts';
import { relatedRuns, runsForScenario } from '../../engine/runs/history.ts';
import { indexScenario } from '../../engine/core/lookup.ts';
import { runStanding } from '../../engine/runs/outcomes.ts';
import type { SavedRun } from '../../engine/saved/types.ts';
import type { MeetingSession } from '../../engine/core/session.ts';
import type { App } from '../app.ts';
import { button, el } from '../dom.ts';
import { ratingWords, signed } from '../labels.ts';
import { ensureRun, replays } from '../runs.ts';
import { copyLinkButton } from './copy-link.ts';
import { shareWords } from '../map/draw.ts';
import './history.css';

function percent(share: number): string {
  const value = share * 100;
  if (value === 0) return '0%';
  if (value < 0.1) return 'under 0.1%';
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)}%`;
}

function standingPart(scenario: Scenario, endingId: string): HTMLElement | undefined {
  const standing = runStanding(scenario, endingId);
  if (!standing) return undefined;
  const { ending, endingsTotal, betterShare, sameShare, best } = standing;
  const index = indexScenario(scenario);
  const spoiler = el('div', { class: 'spoiler', hidden: true, id: 'best-path' });
  if (best) {
    spoiler.append(
      el(
        'p',
        {},
        `The play with the most customer value ends on “${best.ending.title}” (${ratingWords(best.ending.rating)}), customer value ${signed(best.final.customer)}, stakeholder pleasing ${signed(best.final.pleasing)}:`,
      ),
      el(
        'ol',
        { class: 'best-path' },
        ...best.choices.map((id) => el('li', {}, index.choice.get(id)?.choice.text ?? id)),
      ),
    );
  }
  const reveal = button(
    'Show me the best customer-value path (spoiler)',
    () => {
      spoiler.hidden = !spoiler.hidden;
      reveal.setAttribute('aria-expanded', String(!spoiler.hidden));
      reveal.textContent = spoiler.hidden
        ? 'Show me the best customer-value path (spoiler)'
        : 'Hide the best path';
    },
    { 'aria-expanded': 'false', 'aria-controls': 'best-path', 'data-action': 'spoiler' },
  );
  return el(
    'section',
    { class: 'debrief-section standing', 'data-better-share': betterShare.toFixed(6) },
    el('h2', {}, 'How did my run compare?'),
    el(
      'p',
      { class: 'standing-ending' },
      `Your run reached “${ending.title}” (${ratingWords(ending.rating)}), one of ${endingsTotal} possible endings of this meeting.`,
    ),
    el(
      'p',
      { class: 'standing-better' },
      `${percent(betterShare)} of all possible paths through the meeting end on a better-rated ending; ${shareWords(sameShare)} end where yours did.`,
    ),
    best ? reveal : undefined,
    spoiler,
  );
}

/** The run to compare with first: a parent or fork, else the latest other run of the meeting. */
function partnerOf(app: App, run: SavedRun, scenario: Scenario): SavedRun | undefined {
  const data = app.saved.data();
  const usable = (other: SavedRun) => other.id !== run.id && replays(other, scenario);
  return relatedRuns(data, run).find(usable) ?? runsForScenario(data, scenario.id).find(usable);
}

/** Adds history, comparison and rewind to a rendered debrief. */
export function enhanceDebrief(
  app: App,
  debrief: HTMLElement,
  session: MeetingSession,
  rewindTo: (step: number) => void,
): void {
  const { scenario } = session;
  const run = ensureRun(app, session);
  const endingId = session.view().status.kind === 'ended' ? session.record().ending : undefined;
  const compare = () => {
    const partner = run && partnerOf(app, run, scenario);
    if (run && partner) return app.go({ screen: 'compare', runIds: [run.id, partner.id] });
    app.notify(
      'There is no other run of this meeting to compare with yet. Rewind to a decision, choose differently, and compare the two.',
    );
  };
  const toolbar = debrief.querySelector('.toolbar');
  toolbar?.append(
    button('Compare with another run', compare, { 'data-action': 'compare' }),
    button('Branch map', () => app.go({ screen: 'map', scenarioId: scenario.id }), {
      'data-action': 'map',
    }),
    button('History', () => app.go({ screen: 'history', scenarioId: scenario.id }), {
      'data-action': 'history',
    }),
    copyLinkButton(app, () => window.location.hash, 'Link to this debrief'),
  );
  const standing = endingId ? standingPart(scenario, endingId) : undefined;
  if (standing) toolbar?.after(standing);
  debrief.querySelectorAll<HTMLElement>('.decisions > .decision').forEach((item, step) => {
    const again = button(`Rewind to decision ${step + 1} and choose again`, () => rewindTo(step), {
      class: 'rewind-here',
      'data-rewind-step': step,
    });
    item.append(el('p', {}, again));
  });
}
