/**
 * The parts of a two-run comparison: where the runs diverged and what each
 * option said there, both endings with their lessons, and trust per person.
 */
import type { Choice, Ending, Scenario } from '../../content/types.ts';
import type { RunComparison } from '../../engine/runs/compare.ts';
import type { SavedRun } from '../../engine/saved/types.ts';
import { el } from '../dom.ts';
import { principleWords, ratingWords, signed, trustWords } from '../labels.ts';
import { runLabel } from '../history/run-words.ts';

export const section = (title: string, id: string, ...body: (Node | string | undefined)[]) =>
  el(
    'section',
    { class: 'compare-section', 'aria-labelledby': id, 'data-part': id },
    el('h2', { id }, title),
    ...body,
  );

function option(label: string, choice: Choice | undefined): HTMLElement {
  if (!choice) {
    return el(
      'div',
      { class: 'compare-option', 'data-run': label },
      el('h3', {}, label),
      el('p', {}, 'This run stopped before this decision.'),
    );
  }
  return el(
    'div',
    { class: 'compare-option', 'data-run': label, 'data-choice-id': choice.id },
    el('h3', {}, label),
    el('p', { class: 'option-text' }, el('strong', {}, 'Chose: '), choice.text),
    el('p', {}, el('strong', {}, 'What happened: '), choice.feedback),
    el('p', {}, el('strong', {}, 'Principle: '), principleWords(choice.principle)),
    el(
      'p',
      {},
      `Customer value ${signed(choice.customer)}, stakeholder pleasing ${signed(choice.pleasing)}`,
    ),
  );
}

export function divergencePart(scenario: Scenario, comparison: RunComparison): HTMLElement {
  const { divergedAt, divergence } = comparison;
  if (divergedAt === null || !divergence) {
    return section(
      'Where they diverged',
      'compare-divergence',
      el('p', { class: 'diverged-at' }, 'Both runs took the same path.'),
    );
  }
  const node = scenario.nodes.find((candidate) => candidate.id === divergence.nodeId);
  return section(
    'Where they diverged',
    'compare-divergence',
    el(
      'p',
      { class: 'diverged-at', 'data-step': divergedAt + 1 },
      `They diverged at decision ${divergedAt + 1}: `,
      el('strong', {}, node?.title ?? divergence.nodeId),
      divergedAt === 0
        ? ' — the very first decision.'
        : ` — the first ${divergedAt} ${divergedAt === 1 ? 'decision was' : 'decisions were'} the same.`,
    ),
    node?.prompt ? el('p', { class: 'prompt' }, node.prompt) : undefined,
    el(
      'div',
      { class: 'compare-columns' },
      option('Run A', divergence.a),
      option('Run B', divergence.b),
    ),
  );
}

function endingCard(label: string, ending: Ending | undefined, run: SavedRun): HTMLElement {
  if (!ending) {
    return el(
      'div',
      { class: 'compare-ending', 'data-run': label },
      el('h3', {}, label),
      el('p', {}, `Not finished — ${run.summary.decisions} decisions made.`),
    );
  }
  return el(
    'div',
    { class: 'compare-ending', 'data-run': label, 'data-ending-id': ending.id },
    el('h3', {}, label),
    el('p', { class: 'compare-ending-title' }, ending.title),
    el('p', {}, el('strong', {}, 'Rating: '), ratingWords(ending.rating)),
    el('p', {}, ending.text),
    el('p', { class: 'lesson' }, el('strong', {}, 'Lesson: '), ending.lesson),
  );
}

export function endingsPart(comparison: RunComparison, a: SavedRun, b: SavedRun): HTMLElement {
  return section(
    'Endings',
    'compare-endings',
    el(
      'div',
      { class: 'compare-columns' },
      endingCard('Run A', comparison.endings.a, a),
      endingCard('Run B', comparison.endings.b, b),
    ),
  );
}

export function trustPart(scenario: Scenario, comparison: RunComparison): HTMLElement {
  const rows = scenario.cast.map((member) => {
    const trust = comparison.trust[member.id] ?? { a: 0, b: 0 };
    const diff = trust.b - trust.a;
    return el(
      'tr',
      { 'data-cast': member.id },
      el('th', { scope: 'row' }, member.name),
      el('td', {}, member.role),
      el('td', {}, `${signed(trust.a)} (${trustWords(trust.a)})`),
      el('td', {}, `${signed(trust.b)} (${trustWords(trust.b)})`),
      el('td', {}, diff === 0 ? 'same' : `${signed(diff)} in run B`),
    );
  });
  const head = ['Person', 'Role', 'Run A', 'Run B', 'Difference'].map((h) =>
    el('th', { scope: 'col' }, h),
  );
  return section(
    'Trust at the end',
    'compare-trust',
    el(
      'table',
      { class: 'trust-table' },
      el('thead', {}, el('tr', {}, ...head)),
      el('tbody', {}, ...rows),
    ),
  );
}

/** "Run A: Run of 25 Nov, 18:20 — ending (rating) — forked from the other run after decision 3". */
export function runHeading(label: string, run: SavedRun, other: SavedRun): HTMLElement {
  const fork =
    run.parentId === other.id
      ? ` — forked from the other run after decision ${run.forkStep ?? 0}`
      : '';
  return el(
    'li',
    { 'data-run-id': run.id },
    el('strong', {}, `${label}: `),
    `${runLabel(run)}${fork}`,
  );
}
