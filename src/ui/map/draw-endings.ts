/**
 * The endings column of the branch map: title, rating in words and the
 * share of all paths that reach each ending, with the badges of the runs
 * that ended there.
 */
import type { Scenario } from '../../content/types.ts';
import { svg } from '../dom.ts';
import { ratingWords } from '../labels.ts';
import { BOX_W, ENDING_H, LINE_H, type MapLayout, type MapRun } from './layout.ts';

export function texts(lines: string[], x: number, y: number, cls: string): SVGElement[] {
  return lines.map((line, i) => svg('text', { x, y: y + i * LINE_H, class: cls }, line));
}

/** "43% of paths", "0.2% of paths", "no path". */
export function shareWords(share: number): string {
  if (share <= 0) return 'no path';
  if (share < 0.001) return 'under 0.1% of paths';
  const percent = share * 100;
  return `${percent >= 10 ? Math.round(percent) : percent.toFixed(1)}% of paths`;
}

export function endingGroup(
  layout: MapLayout,
  scenario: Scenario,
  id: string,
  share: number,
  runs: MapRun[],
): SVGElement {
  const box = layout.endings.get(id);
  const ending = scenario.endings.find((candidate) => candidate.id === id);
  const group = svg('g', {
    class: 'map-ending',
    'data-ending-id': id,
    'data-rating': ending?.rating ?? '',
  });
  if (!box || !ending) return group;
  const reached = runs.filter((run) => run.endingId === id).map((run) => run.letter);
  group.setAttribute('transform', `translate(${box.x},${box.y})`);
  if (reached.includes('A')) group.classList.add('reached');
  group.append(
    svg('rect', { width: BOX_W, height: ENDING_H, rx: 8, class: 'ending-box' }),
    ...texts(box.titleLines, 12, 22, 'ending-title'),
    svg(
      'text',
      { x: 12, y: ENDING_H - 10, class: 'ending-meta' },
      `${ratingWords(ending.rating)} · ${shareWords(share)}`,
    ),
  );
  reached.forEach((letter, i) => {
    const cx = BOX_W - 16 - i * 22;
    group.append(svg('circle', { cx, cy: 16, r: 10, class: `badge badge-${letter}` }));
    group.append(
      svg('text', { x: cx, y: 21, class: 'badge-text', 'text-anchor': 'middle' }, letter),
    );
  });
  return group;
}
