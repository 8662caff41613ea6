/**
 * The lines of the branch map: every option's edge to where it leads, the
 * bracket in front of the endings, and each run's route as one path.
 */
import { END } from '../../content/types.ts';
import { svg } from '../dom.ts';
import { BOX_W, ENDING_H, type MapLayout, type MapRun } from './layout.ts';

export const curve = (x1: number, y1: number, x2: number, y2: number) => {
  const dx = Math.max(24, (x2 - x1) / 2);
  return `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
};

export function edgeEnd(layout: MapLayout, next: string): { x: number; y: number } | undefined {
  if (next === END) {
    const ys = [...layout.endings.values()].map((e) => e.y + ENDING_H / 2);
    return { x: layout.endingsX - 28, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  }
  const box = layout.nodes.get(next);
  return box ? { x: box.x, y: box.y + box.entryY } : undefined;
}

export function edges(layout: MapLayout): SVGElement {
  const group = svg('g', { class: 'map-edges', 'aria-hidden': 'true' });
  for (const box of layout.nodes.values()) {
    for (const option of box.options) {
      const end = edgeEnd(layout, option.next);
      if (end)
        group.append(
          svg('path', { d: curve(box.x + BOX_W, box.y + option.y, end.x, end.y), class: 'edge' }),
        );
    }
  }
  const ys = [...layout.endings.values()].map((e) => e.y);
  const bracketX = layout.endingsX - 28;
  group.append(
    svg('line', {
      x1: bracketX,
      x2: bracketX,
      y1: Math.min(...ys) + 10,
      y2: Math.max(...ys) + ENDING_H - 10,
      class: 'bracket',
    }),
  );
  for (const ending of layout.endings.values()) {
    group.append(
      svg('line', {
        x1: bracketX,
        x2: ending.x,
        y1: ending.y + ENDING_H / 2,
        y2: ending.y + ENDING_H / 2,
        class: 'edge',
      }),
    );
  }
  return group;
}

/** One run's route through the map, offset a little so overlapping runs stay visible. */
export function runPath(layout: MapLayout, run: MapRun, index: number): SVGElement | undefined {
  const shift = index * 5;
  const parts: string[] = [];
  run.path.forEach((choiceId, step) => {
    const box = [...layout.nodes.values()].find((candidate) =>
      candidate.options.some((o) => o.id === choiceId),
    );
    const option = box?.options.find((o) => o.id === choiceId);
    if (!box || !option) return;
    const from = { x: box.x + BOX_W, y: box.y + option.y + shift };
    const ending =
      option.next === END && run.endingId ? layout.endings.get(run.endingId) : undefined;
    const to = ending
      ? { x: ending.x, y: ending.y + ENDING_H / 2 + shift }
      : edgeEnd(layout, option.next);
    if (!to) return;
    parts.push(curve(from.x, from.y, to.x, to.y + (ending ? 0 : shift)));
    if (step === 0)
      parts.unshift(
        `M${box.x - 16},${box.y + box.entryY + shift} L${box.x},${box.y + box.entryY + shift}`,
      );
  });
  if (parts.length === 0) return undefined;
  return svg('path', {
    d: parts.join(' '),
    class: `run-path run-${run.letter}`,
    'data-run': run.letter,
  });
}
