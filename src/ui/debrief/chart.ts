/**
 * The debrief chart: the run's path, decision by decision, with customer
 * value up the vertical axis and stakeholder pleasing along the horizontal.
 *
 * DESIGN.md lists this chart under the Phaser view. It is drawn here as DOM
 * SVG on purpose: it stays crisp at 4K, it is there without Phaser (which
 * may still be loading or may have failed), and a screen reader gets its
 * title, its description and a table of the same numbers.
 */
import type { Ending } from '../../content/types.ts';
import type { StepView } from '../../engine/view-model.ts';
import { el, svg } from '../dom.ts';
import { METER_NAMES, signed } from '../labels.ts';

const SIZE = { width: 640, height: 480, left: 84, right: 24, top: 28, bottom: 72 } as const;

interface Point {
  customer: number;
  pleasing: number;
}

function extent(points: Point[]): number {
  const most = Math.max(4, ...points.flatMap((p) => [Math.abs(p.customer), Math.abs(p.pleasing)]));
  return Math.ceil(most / 2) * 2;
}

function scales(limit: number) {
  const plotW = SIZE.width - SIZE.left - SIZE.right;
  const plotH = SIZE.height - SIZE.top - SIZE.bottom;
  return {
    x: (pleasing: number) => SIZE.left + ((pleasing + limit) / (2 * limit)) * plotW,
    y: (customer: number) => SIZE.top + ((limit - customer) / (2 * limit)) * plotH,
  };
}

function axes(limit: number, scale: ReturnType<typeof scales>): SVGElement {
  const group = svg('g', { class: 'chart-axes' });
  const step = limit > 8 ? 2 : 1;
  for (let v = -limit; v <= limit; v += step) {
    const major = v === 0;
    group.append(
      svg('line', {
        x1: scale.x(v),
        x2: scale.x(v),
        y1: scale.y(limit),
        y2: scale.y(-limit),
        class: major ? 'axis' : 'grid',
      }),
      svg('line', {
        x1: scale.x(-limit),
        x2: scale.x(limit),
        y1: scale.y(v),
        y2: scale.y(v),
        class: major ? 'axis' : 'grid',
      }),
    );
    if (v % 2 === 0) {
      group.append(
        svg(
          'text',
          { x: scale.x(v), y: scale.y(-limit) + 22, class: 'tick', 'text-anchor': 'middle' },
          signed(v),
        ),
        svg(
          'text',
          { x: scale.x(-limit) - 10, y: scale.y(v) + 5, class: 'tick', 'text-anchor': 'end' },
          signed(v),
        ),
      );
    }
  }
  const midX = scale.x(0);
  const midY = scale.y(0);
  group.append(
    svg(
      'text',
      { x: midX, y: SIZE.height - 14, class: 'axis-label', 'text-anchor': 'middle' },
      `${METER_NAMES.pleasing} →`,
    ),
    svg(
      'text',
      {
        x: 22,
        y: midY,
        class: 'axis-label',
        'text-anchor': 'middle',
        transform: `rotate(-90 22 ${midY})`,
      },
      `${METER_NAMES.customer} →`,
    ),
  );
  return group;
}

function path(
  points: Point[],
  ending: Ending | undefined,
  scale: ReturnType<typeof scales>,
): SVGElement {
  const group = svg('g', { class: 'chart-path' });
  const coords = points.map((p) => `${scale.x(p.pleasing)},${scale.y(p.customer)}`).join(' ');
  group.append(svg('polyline', { points: coords, class: 'route' }));
  points.forEach((p, i) => {
    const x = scale.x(p.pleasing);
    const y = scale.y(p.customer);
    const last = i === points.length - 1 && ending;
    if (last) {
      group.append(
        svg('path', {
          d: `M ${x} ${y - 16} L ${x + 16} ${y} L ${x} ${y + 16} L ${x - 16} ${y} Z`,
          class: 'ending-mark',
        }),
      );
      const anchor = x > SIZE.width / 2 ? 'end' : 'start';
      const dx = anchor === 'end' ? -22 : 22;
      group.append(
        svg(
          'text',
          { x: x + dx, y: y - 14, class: 'ending-label', 'text-anchor': anchor },
          `Ending: ${ending.title}`,
        ),
      );
    } else {
      group.append(
        svg('circle', { cx: x, cy: y, r: 12, class: i === 0 ? 'start-mark' : 'step-mark' }),
      );
    }
    group.append(
      svg(
        'text',
        { x, y: y + 5, class: 'step-number', 'text-anchor': 'middle' },
        i === 0 ? 'S' : String(i),
      ),
    );
  });
  return group;
}

function table(points: Point[]): HTMLElement {
  const rows = points.map((p, i) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, i === 0 ? 'Start' : `After decision ${i}`),
      el('td', {}, signed(p.customer)),
      el('td', {}, signed(p.pleasing)),
    ),
  );
  return el(
    'details',
    { class: 'chart-table' },
    el('summary', {}, 'The chart as a table'),
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Point'),
          el('th', { scope: 'col' }, METER_NAMES.customer),
          el('th', { scope: 'col' }, METER_NAMES.pleasing),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
  );
}

/** The chart with its text alternative. */
export function pathChart(steps: readonly StepView[], ending: Ending | undefined): HTMLElement {
  const points: Point[] = [
    { customer: 0, pleasing: 0 },
    ...steps.map((s) => ({ customer: s.customer, pleasing: s.pleasing })),
  ];
  const limit = extent(points);
  const scale = scales(limit);
  const last = points[points.length - 1] ?? { customer: 0, pleasing: 0 };
  const description =
    `Your path over ${steps.length} decisions, starting at 0 on both scales and finishing at ` +
    `${METER_NAMES.customer.toLowerCase()} ${signed(last.customer)} and ${METER_NAMES.pleasing.toLowerCase()} ${signed(last.pleasing)}` +
    (ending ? `, which led to the ending “${ending.title}”.` : '.');
  const chart = svg('svg', {
    class: 'chart',
    viewBox: `0 0 ${SIZE.width} ${SIZE.height}`,
    role: 'img',
    'aria-labelledby': 'chart-title chart-desc',
  });
  chart.append(
    svg('title', { id: 'chart-title' }, 'Your path through the meeting'),
    svg('desc', { id: 'chart-desc' }, description),
  );
  chart.append(axes(limit, scale), path(points, ending, scale));
  return el(
    'figure',
    { class: 'chart-figure' },
    chart,
    el('figcaption', {}, description),
    table(points),
  );
}
