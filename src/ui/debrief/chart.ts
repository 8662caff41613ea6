/**
 * The debrief chart: the run's path, decision by decision, with customer
 * value up the vertical axis and stakeholder pleasing along the horizontal.
 *
 * The team's first design put this chart in the Phaser view. It is DOM SVG
 * on purpose: it stays crisp at 4K, it is there without Phaser (which
 * may still be loading or may have failed), and a screen reader gets its
 * title, its description and a table of the same numbers.
 */
import type { Ending } from '../../content/types.ts';
import type { StepView } from '../../engine/core/view-model.ts';
import { el, svg } from '../dom.ts';
import { METER_NAMES, signed } from '../labels.ts';

const SIZE = { width: 640, height: 480, left: 84, right: 28, top: 28, bottom: 72 } as const;

interface Point {
  customer: number;
  pleasing: number;
}

interface Range {
  lo: number;
  hi: number;
}

/** An axis range that holds every value and zero, with a step of room, on even numbers. */
function range(values: number[]): Range {
  const lo = Math.min(0, ...values) - 1;
  const hi = Math.max(0, ...values) + 1;
  const even = (v: number, round: (n: number) => number) => round(v / 2) * 2;
  const out = { lo: even(lo, Math.floor), hi: even(hi, Math.ceil) };
  return out.hi - out.lo < 8 ? { lo: Math.min(out.lo, -4), hi: Math.max(out.hi, 4) } : out;
}

interface Scale {
  x(pleasing: number): number;
  y(customer: number): number;
  xs: Range;
  ys: Range;
}

function scale(points: Point[]): Scale {
  const xs = range(points.map((p) => p.pleasing));
  const ys = range(points.map((p) => p.customer));
  const plotW = SIZE.width - SIZE.left - SIZE.right;
  const plotH = SIZE.height - SIZE.top - SIZE.bottom;
  return {
    x: (pleasing) => SIZE.left + ((pleasing - xs.lo) / (xs.hi - xs.lo)) * plotW,
    y: (customer) => SIZE.top + ((ys.hi - customer) / (ys.hi - ys.lo)) * plotH,
    xs,
    ys,
  };
}

function gridLines(s: Scale): SVGElement[] {
  const lines: SVGElement[] = [];
  const stepOf = (r: Range) => (r.hi - r.lo > 16 ? 2 : 1);
  for (let v = s.xs.lo; v <= s.xs.hi; v += stepOf(s.xs)) {
    const [x, y1, y2] = [s.x(v), s.y(s.ys.hi), s.y(s.ys.lo)];
    lines.push(svg('line', { x1: x, x2: x, y1, y2, class: v === 0 ? 'axis' : 'grid' }));
    if (v % 2 === 0)
      lines.push(svg('text', { x, y: y2 + 22, class: 'tick', 'text-anchor': 'middle' }, signed(v)));
  }
  for (let v = s.ys.lo; v <= s.ys.hi; v += stepOf(s.ys)) {
    const [y, x1, x2] = [s.y(v), s.x(s.xs.lo), s.x(s.xs.hi)];
    lines.push(svg('line', { x1, x2, y1: y, y2: y, class: v === 0 ? 'axis' : 'grid' }));
    if (v % 2 === 0)
      lines.push(
        svg('text', { x: x1 - 10, y: y + 5, class: 'tick', 'text-anchor': 'end' }, signed(v)),
      );
  }
  return lines;
}

function axes(s: Scale): SVGElement {
  const group = svg('g', { class: 'chart-axes' });
  const midX = (s.x(s.xs.lo) + s.x(s.xs.hi)) / 2;
  const midY = (s.y(s.ys.lo) + s.y(s.ys.hi)) / 2;
  group.append(
    ...gridLines(s),
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

function path(points: Point[], ended: boolean, s: Scale): SVGElement {
  const group = svg('g', { class: 'chart-path' });
  group.append(
    svg('polyline', {
      points: points.map((p) => `${s.x(p.pleasing)},${s.y(p.customer)}`).join(' '),
      class: 'route',
    }),
  );
  points.forEach((p, i) => {
    const [x, y] = [s.x(p.pleasing), s.y(p.customer)];
    if (ended && i === points.length - 1) {
      group.append(
        svg('path', {
          d: `M ${x} ${y - 17} L ${x + 17} ${y} L ${x} ${y + 17} L ${x - 17} ${y} Z`,
          class: 'ending-mark',
        }),
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

function legend(ending: Ending | undefined): HTMLElement {
  const item = (symbol: string, text: string) =>
    el('li', {}, el('span', { class: 'legend-symbol', 'aria-hidden': 'true' }, symbol), text);
  return el(
    'ul',
    { class: 'chart-legend' },
    item('○', 'S: the start, 0 on both scales'),
    item('●', 'numbers: after each decision'),
    ending ? item('◆', `the ending: ${ending.title}`) : null,
  );
}

function table(points: Point[]): HTMLElement {
  const cell = (tag: 'th' | 'td', text: string, attrs = {}) => el(tag, attrs, text);
  const rows = points.map((p, i) =>
    el(
      'tr',
      {},
      cell('th', i === 0 ? 'Start' : `After decision ${i}`, { scope: 'row' }),
      cell('td', signed(p.customer)),
      cell('td', signed(p.pleasing)),
    ),
  );
  const head = el(
    'tr',
    {},
    ...['Point', METER_NAMES.customer, METER_NAMES.pleasing].map((h) =>
      cell('th', h, { scope: 'col' }),
    ),
  );
  return el(
    'details',
    { class: 'chart-table' },
    el('summary', {}, 'The chart as a table'),
    el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)),
  );
}

/** The chart with its legend and text alternative. */
export function pathChart(steps: readonly StepView[], ending: Ending | undefined): HTMLElement {
  const points: Point[] = [
    { customer: 0, pleasing: 0 },
    ...steps.map((st) => ({ customer: st.customer, pleasing: st.pleasing })),
  ];
  const last = points[points.length - 1] ?? { customer: 0, pleasing: 0 };
  const description =
    `Your path over ${steps.length} decisions, starting at 0 on both scales and finishing at ` +
    `${METER_NAMES.customer.toLowerCase()} ${signed(last.customer)} and ` +
    `${METER_NAMES.pleasing.toLowerCase()} ${signed(last.pleasing)}` +
    (ending ? `, which led to the ending “${ending.title}”.` : '.');
  const chart = svg('svg', {
    class: 'chart',
    viewBox: `0 0 ${SIZE.width} ${SIZE.height}`,
    role: 'img',
    'aria-labelledby': 'chart-title chart-desc',
  });
  const s = scale(points);
  chart.append(
    svg('title', { id: 'chart-title' }, 'Your path through the meeting'),
    svg('desc', { id: 'chart-desc' }, description),
    axes(s),
    path(points, ending !== undefined, s),
  );
  return el(
    'figure',
    { class: 'chart-figure' },
    chart,
    legend(ending),
    el('figcaption', {}, description),
    table(points),
  );
}
