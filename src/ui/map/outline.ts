/**
 * The branch map as nested lists, for the keyboard and screen readers:
 * each step, its decisions, every option in full with where it leads and
 * which runs took it, then the endings with rating and share of paths.
 */
import type { Scenario } from '../../content/types.ts';
import { END } from '../../content/types.ts';
import { button, el } from '../dom.ts';
import { ratingWords } from '../labels.ts';
import { shareWords, type MapRun } from './draw.ts';
import { nodeHeading, type MapLayout } from './layout.ts';

export interface OutlineHandlers {
  rewind(step: number): void;
  show(nodeId: string): void;
}

function runsWord(letters: string[]): string {
  if (letters.length === 0) return '';
  const named = letters.map((letter) => (letter === 'A' ? 'this run (A)' : `run ${letter}`));
  return ` — taken by ${named.join(', ')}`;
}

export function mapOutline(
  scenario: Scenario,
  layout: MapLayout,
  shares: Map<string, number>,
  runs: MapRun[],
  handlers: OutlineHandlers,
): HTMLElement {
  const current = runs.find((run) => run.letter === 'A');
  const titleOf = (id: string) => {
    const node = scenario.nodes.find((candidate) => candidate.id === id);
    return node ? nodeHeading(node) : id;
  };
  const boxes = [...layout.nodes.values()].sort((a, b) => a.column - b.column || a.y - b.y);
  const decisions = boxes.map((box) => {
    const step =
      current?.path.findIndex((id) => box.options.some((option) => option.id === id)) ?? -1;
    const waiting = current?.waitingAt === box.node.id;
    const tools = el(
      'span',
      { class: 'outline-tools' },
      button('Show on map', () => handlers.show(box.node.id), { class: 'small' }),
    );
    if (step >= 0 || waiting) {
      const at = step >= 0 ? step : (current?.path.length ?? 0);
      const label = waiting
        ? `Continue here (decision ${at + 1})`
        : `Rewind to here (decision ${at + 1})`;
      tools.append(
        button(label, () => handlers.rewind(at), { class: 'small', 'data-rewind-step': at }),
      );
    }
    // A bulleted list: the map names options by their text, never by an authored number.
    const options = box.node.choices.map((choice) => {
      const leads = choice.next === END ? 'ends the meeting' : `leads to “${titleOf(choice.next)}”`;
      const letters = runs.filter((run) => run.path.includes(choice.id)).map((run) => run.letter);
      return el(
        'li',
        { 'data-choice-id': choice.id },
        `${choice.text} (${leads})${runsWord(letters)}`,
      );
    });
    return el(
      'li',
      { 'data-node-id': box.node.id },
      el(
        'span',
        { class: 'outline-node' },
        `Step ${box.column + 1}: ${nodeHeading(box.node)}`,
        waiting ? ' — this run is here' : '',
      ),
      tools,
      el('ul', { class: 'outline-options' }, ...options),
    );
  });
  const endings = scenario.endings.map((ending) => {
    const letters = runs.filter((run) => run.endingId === ending.id).map((run) => run.letter);
    const reached =
      letters.length > 0
        ? ` — reached by ${letters.map((l) => (l === 'A' ? 'this run (A)' : `run ${l}`)).join(', ')}`
        : '';
    return el(
      'li',
      { 'data-ending-id': ending.id },
      `${ending.title}: ${ratingWords(ending.rating)}, ${shareWords(shares.get(ending.id) ?? 0)}${reached}`,
    );
  });
  return el(
    'nav',
    { class: 'map-outline', 'aria-labelledby': 'outline-heading' },
    el('h2', { id: 'outline-heading' }, 'Outline of the map'),
    el('ul', { class: 'outline-decisions' }, ...decisions),
    el('h3', {}, 'Endings'),
    el('ul', { class: 'outline-endings' }, ...endings),
  );
}
