/**
 * The presenter's parts of the meeting, as DOM: the discussion prompt, the
 * room vote with its tally bars, "what the other options would have led
 * to", and the facilitator's notes for the presenter view. Authored text
 * only through textContent (el() children).
 */
import type { Scenario } from '../../../content/types.ts';
import type { OptionOutcome } from '../../../engine/runs/outcomes.ts';
import type { ChoiceView } from '../../../engine/core/view-model.ts';
import { button, clear, el } from '../../dom.ts';
import { principleWords, ratingWords, signed, METER_NAMES } from '../../labels.ts';
import { RECONNECTING_MESSAGE } from '../../live/room.ts';
import { leadersOf, type VoteState } from './vote.ts';

export interface VoteActions {
  select(index: number): void;
  add(index: number, delta: number): void;
  take(index: number): void;
  confirm(): void;
}

/** The live room's share of the vote panel: who voted, and whether the bars are shown. */
export interface LiveTally {
  voters: number;
  participants: number;
  showTally: boolean;
  /** The server connection dropped; the tally shown is the last one heard. */
  reconnecting?: boolean;
}

/** "Ask the room: …", shown before the options. */
export function promptPanel(prompt: string | undefined, stage: 'discuss' | 'vote'): HTMLElement {
  const text = prompt ?? 'Ask the room: what would you do, and why?';
  const hint =
    stage === 'discuss' ? 'Next (→ or Page Down) shows the options for the vote.' : undefined;
  return el(
    'section',
    { class: 'presenter-prompt', 'data-stage': stage, 'aria-label': 'Discussion' },
    el('p', { class: 'presenter-prompt-text' }, text),
    hint ? el('p', { class: 'presenter-hint' }, hint) : null,
  );
}

function tallyRow(
  choice: ChoiceView,
  index: number,
  vote: VoteState,
  actions: VoteActions,
  live?: LiveTally,
) {
  const hidden = live !== undefined && !live.showTally;
  const hands = hidden ? 0 : (vote.counts[index] ?? 0);
  const unit = live ? (hands === 1 ? 'vote' : 'votes') : hands === 1 ? 'hand' : 'hands';
  const total = hidden ? 0 : vote.counts.reduce((sum, count) => sum + count, 0);
  const leaders = leadersOf(vote.counts);
  const bar = el('span', { class: 'tally-bar', 'aria-hidden': 'true' });
  bar.style.setProperty('--share', String(total === 0 ? 0 : hands / total));
  const row = el(
    'li',
    {
      class: 'vote-option',
      'data-choice-id': choice.id,
      'data-selected': String(vote.selected === index),
      'data-leader': String(!hidden && leaders.includes(index)),
    },
    button('', () => actions.select(index), {
      class: 'vote-pick',
      'aria-keyshortcuts': String(choice.number),
      'aria-pressed': String(vote.selected === index),
    }),
    el('span', { class: 'vote-hands', 'data-hands': hands }, hidden ? '' : `${hands} ${unit}`),
    bar,
    el(
      'span',
      { class: 'vote-buttons' },
      // The phones count a live vote: only taking an option is left to the facilitator.
      live
        ? null
        : button('−', () => actions.add(index, -1), {
            'aria-label': `One hand fewer for option ${choice.number}`,
          }),
      live
        ? null
        : button('+', () => actions.add(index, 1), {
            'aria-label': `One hand more for option ${choice.number}`,
          }),
      button('Take', () => actions.take(index), { 'aria-label': `Take option ${choice.number}` }),
    ),
  );
  const pick = row.querySelector('.vote-pick') as HTMLButtonElement;
  pick.append(
    el('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(choice.number)),
    el('span', { class: 'visually-hidden' }, `Option ${choice.number}: `),
    el('span', { class: 'vote-text' }, choice.text),
  );
  return row;
}

/** The options with hands, bars and the confirm button. */
export function votePanel(
  choices: readonly ChoiceView[],
  vote: VoteState,
  actions: VoteActions,
  message: string,
  live?: LiveTally,
): HTMLElement {
  const total = vote.counts.reduce((sum, count) => sum + count, 0);
  const totalWords = live
    ? `${live.voters} of ${live.participants} have voted`
    : `${total} ${total === 1 ? 'hand' : 'hands'} in all`;
  return el(
    'section',
    { class: 'vote', 'aria-label': 'Room vote', 'data-live': String(live !== undefined) },
    el(
      'ol',
      { class: 'vote-options', 'data-count': String(choices.length) },
      ...choices.map((choice, i) => tallyRow(choice, i, vote, actions, live)),
    ),
    el(
      'div',
      { class: 'vote-foot' },
      el('span', { class: 'vote-total', role: live ? 'status' : undefined }, totalWords),
      live?.reconnecting
        ? el('span', { class: 'vote-reconnecting', role: 'status' }, RECONNECTING_MESSAGE)
        : null,
      el('span', { class: 'vote-message', role: 'status' }, message),
      button('Take the room’s choice', actions.confirm, {
        class: 'primary',
        'aria-keyshortcuts': 'Enter PageDown',
      }),
    ),
    el(
      'p',
      { class: 'presenter-hint' },
      live
        ? `Phones are voting · V ${live.showTally ? 'hides' : 'shows'} the tally · Enter takes the majority · O overrides with the picked option`
        : 'Number picks an option · + / − count hands · Enter takes the majority · O overrides with the picked option',
    ),
  );
}

/** How the room voted on the decision just taken, and whether the facilitator overrode it. */
export function voteResult(
  votes: Record<string, number> | undefined,
  override: boolean,
): HTMLElement | null {
  if (!votes)
    return override ? el('p', { class: 'vote-result' }, 'The facilitator took this option.') : null;
  const counts = Object.values(votes).map((hands, i) => `Option ${i + 1}: ${hands}`);
  return el(
    'p',
    { class: 'vote-result', 'data-override': String(override) },
    `Room vote: ${counts.join(' · ')}`,
    override ? ' — the facilitator overrode the majority' : '',
  );
}

/** Where an option goes, in words: the next scene, or the ending it closes on. */
export function leadsToWords(outcome: OptionOutcome, showScores: boolean): string {
  if ('ending' in outcome.leadsTo) {
    const rating = showScores ? ` (${ratingWords(outcome.leadsTo.ending.rating)})` : '';
    return `Ends the meeting: ${outcome.leadsTo.ending.title}${rating}`;
  }
  return `Leads to: ${outcome.leadsTo.title}`;
}

/** The endings still open after an option, with the share of plays reaching each. */
export function endingsWords(outcome: OptionOutcome, showScores: boolean): string {
  const endings = outcome.analysis?.endings.filter((e) => e.reachable && e.share > 0) ?? [];
  if (endings.length === 0) return '';
  const percent = (share: number) => (share < 0.005 ? 'under 1%' : `${Math.round(share * 100)}%`);
  const parts = endings
    .sort((a, b) => b.share - a.share)
    .slice(0, 4)
    .map((e) => `${e.title}${showScores ? ` (${ratingWords(e.rating)})` : ''} ${percent(e.share)}`);
  if (endings.length > 4) parts.push(`${endings.length - 4} more`);
  return `From there: ${parts.join(' · ')}`;
}

function outcomeItem(
  outcome: OptionOutcome,
  before: { customer: number; pleasing: number },
  showScores: boolean,
): HTMLElement {
  const scores = showScores
    ? `${METER_NAMES.customer} ${signed(outcome.after.customer - before.customer)} · ${METER_NAMES.pleasing} ${signed(outcome.after.pleasing - before.pleasing)}`
    : '';
  const endings = endingsWords(outcome, showScores);
  return el(
    'li',
    { class: 'other-option', 'data-choice-id': outcome.choice.id },
    el('p', { class: 'other-text' }, outcome.choice.text),
    el('p', { class: 'other-feedback' }, outcome.choice.feedback),
    el('p', { class: 'other-leads' }, leadsToWords(outcome, showScores)),
    endings ? el('p', { class: 'other-endings' }, endings) : null,
    scores ? el('p', { class: 'other-scores' }, scores) : null,
  );
}

/** "What the other options would have led to", revealed one by one. */
export function othersPanel(
  others: readonly OptionOutcome[],
  revealed: number,
  before: { customer: number; pleasing: number },
  showScores: boolean,
): HTMLElement {
  const shown = others.slice(0, revealed).map((o) => outcomeItem(o, before, showScores));
  const left = others.length - revealed;
  const hint =
    left > 0
      ? `${left} other ${left === 1 ? 'option' : 'options'} to reveal: → or Page Down (or R)`
      : 'All options revealed. → or Page Down goes on.';
  return el(
    'section',
    { class: 'others', 'aria-label': 'What the other options would have led to' },
    el('h3', { class: 'others-heading' }, 'What the other options would have led to'),
    shown.length > 0 ? el('ol', { class: 'others-list' }, ...shown) : null,
    el('p', { class: 'presenter-hint' }, hint),
  );
}

/** The facilitator's notes in the presenter view: prompt, each option's principle and consequence, what comes next. */
export function notesPanel(
  scenario: Scenario,
  prompt: string | undefined,
  outcomes: readonly OptionOutcome[],
  next: string,
  showScores: boolean,
): HTMLElement {
  void scenario;
  const options = outcomes.map((outcome, i) =>
    el(
      'li',
      { 'data-choice-id': outcome.choice.id },
      el('strong', {}, `${i + 1}. `, outcome.choice.text),
      el(
        'span',
        { class: 'note-principle' },
        `Principle: ${principleWords(outcome.choice.principle)}`,
      ),
      el('span', {}, leadsToWords(outcome, showScores)),
      el('span', {}, endingsWords(outcome, showScores)),
    ),
  );
  const notes = el(
    'aside',
    { class: 'presenter-notes', 'aria-label': 'Facilitator notes' },
    el('h3', {}, 'Facilitator notes'),
    el('p', { class: 'note-prompt' }, prompt ?? 'No discussion prompt for this decision.'),
    options.length > 0 ? el('ol', { class: 'note-options' }, ...options) : null,
    el('p', { class: 'note-next' }, el('strong', {}, 'Next: '), next),
  );
  return notes;
}

export { clear };
