/**
 * Draws the branch map as SVG: decision boxes with their numbered options,
 * edges, the endings with rating and share of paths, and runs as paths.
 * Runs are told apart by line style and a letter badge, never by colour alone.
 */
import type { Scenario } from '../../content/types.ts';
import { svg } from '../dom.ts';
import { edges, runPath } from './draw-edges.ts';
import { endingGroup, texts } from './draw-endings.ts';
import {
  BOX_W,
  GAP_X,
  LINE_H,
  MARGIN,
  nodeHeading,
  type MapLayout,
  type MapRun,
  type NodeBox,
} from './layout.ts';

export { shareWords } from './draw-endings.ts';
export type { MapRun } from './layout.ts';

export interface MapHandlers {
  /** A decision box on run A's path was picked: go back to decision `step` (0-based). */
  rewind(step: number): void;
}

function nodeGroup(
  box: NodeBox,
  runs: MapRun[],
  handlers: MapHandlers,
  currentStep: number | undefined,
): SVGElement {
  const waiting = runs[0]?.letter === 'A' && runs[0].waitingAt === box.node.id;
  const onPath = currentStep !== undefined;
  const attrs: Record<string, string | number> = {
    class: `map-node${onPath ? ' on-path' : ''}`,
    transform: `translate(${box.x},${box.y})`,
    'data-node-id': box.node.id,
  };
  const group = svg('g', attrs);
  group.append(svg('rect', { width: BOX_W, height: box.height, rx: 8, class: 'node-box' }));
  group.append(...texts(box.titleLines, 14, 12 + LINE_H - 4, 'node-title'));
  for (const option of box.options) {
    const takers = runs.filter((run) => run.path.includes(option.id)).map((run) => run.letter);
    const row = svg('g', {
      class: `option-row${takers.includes('A') ? ' chosen' : ''}`,
      'data-choice-id': option.id,
    });
    row.append(
      svg('rect', {
        x: 6,
        y: option.y - option.height / 2 + 2,
        width: BOX_W - 12,
        height: option.height - 4,
        rx: 4,
        class: 'option-bg',
      }),
      // The text is wrapped short of the badges' room (layout.ts), so no badge covers it.
      ...texts(
        option.lines,
        14,
        option.y - ((option.lines.length - 1) * LINE_H) / 2 + 6,
        'option-label',
      ),
      svg('title', {}, option.label),
    );
    takers.forEach((letter, i) => {
      const cx = BOX_W - 16 - i * 22;
      row.append(svg('circle', { cx, cy: option.y, r: 10, class: `badge badge-${letter}` }));
      row.append(
        svg(
          'text',
          { x: cx, y: option.y + 5, class: 'badge-text', 'text-anchor': 'middle' },
          letter,
        ),
      );
    });
    group.append(row);
  }
  if (waiting) {
    group.classList.add('waiting');
    group.append(svg('text', { x: 0, y: -8, class: 'here-label' }, '▶ You are here'));
  }
  if (onPath) {
    const title = nodeHeading(box.node);
    const label = waiting
      ? `Continue this run at decision ${currentStep + 1}: ${title}`
      : `Rewind to decision ${currentStep + 1}: ${title}`;
    group.setAttribute('role', 'button');
    group.setAttribute('tabindex', '0');
    group.setAttribute('aria-label', label);
    group.append(svg('title', {}, `${label} (this run’s path)`));
    group.addEventListener('click', () => handlers.rewind(currentStep));
    group.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      handlers.rewind(currentStep);
    });
  }
  return group;
}

/** The drawn world: column headings, edges, run paths, boxes. */
export function drawMap(
  scenario: Scenario,
  layout: MapLayout,
  shares: Map<string, number>,
  runs: MapRun[],
  handlers: MapHandlers,
): SVGElement {
  const world = svg('g', { class: 'map-world' });
  const columns = Math.max(0, ...[...layout.nodes.values()].map((box) => box.column)) + 1;
  for (let c = 0; c < columns; c += 1) {
    world.append(
      svg(
        'text',
        { x: MARGIN + c * (BOX_W + GAP_X), y: MARGIN + 12, class: 'column-title' },
        `Step ${c + 1}`,
      ),
    );
  }
  world.append(
    svg(
      'text',
      { x: layout.endingsX, y: MARGIN + 12, class: 'column-title' },
      'Endings (by score)',
    ),
  );
  world.append(edges(layout));
  runs.forEach((run, i) => {
    const path = runPath(layout, run, i);
    if (path) world.append(path);
  });
  const current = runs.find((run) => run.letter === 'A');
  const stepOf = new Map<string, number>();
  current?.path.forEach((choiceId, step) => {
    const box = [...layout.nodes.values()].find((b) => b.options.some((o) => o.id === choiceId));
    if (box) stepOf.set(box.node.id, step);
  });
  if (current?.waitingAt) stepOf.set(current.waitingAt, current.path.length);
  for (const box of layout.nodes.values())
    world.append(nodeGroup(box, runs, handlers, stepOf.get(box.node.id)));
  for (const ending of scenario.endings)
    world.append(endingGroup(layout, scenario, ending.id, shares.get(ending.id) ?? 0, runs));
  return world;
}
