/**
 * Both runs' meters decision by decision, in one SVG figure: customer value
 * above, stakeholder pleasing below, one line per run. The runs differ in
 * line style and marker shape as well as colour, and the same numbers are
 * offered as a table.
 */
import type { MeterPoint, RunComparison } from '../../engine/runs/compare.ts';
import { el, svg } from '../dom.ts';
import { METER_NAMES, signed } from '../labels.ts';

const W = 760;
const PANEL = 170;
const GAP = 56;
const LEFT = 70;
const RIGHT = 24;
const TOP = 40;
const H = TOP + 2 * PANEL + GAP + 56;

type Meter = 'customer' | 'pleasing';

function marker(kind: 'a' | 'b', x: number, y: number): SVGElement {
  return kind === 'a'
    ? svg('circle', { cx: x, cy: y, r: 4.5, class: 'mark-a' })
    : svg('rect', { x: x - 8, y: y - 8, width: 16, height: 16, class: 'mark-b' });
}

function panel(meter: Meter, top: number, comparison: RunComparison, steps: number): SVGElement {
  const { a, b } = comparison.meters;
  const values = [...a, ...b].map((p) => p[meter]);
  const limit = Math.max(2, ...values.map(Math.abs));
  const x = (i: number) => LEFT + (steps === 0 ? 0 : (i / steps) * (W - LEFT - RIGHT));
  const y = (v: number) => top + ((limit - v) / (2 * limit)) * PANEL;
  const group = svg('g', { class: `compare-panel panel-${meter}` });
  group.append(
    svg('text', { x: LEFT, y: top - 12, class: 'panel-title' }, METER_NAMES[meter]),
    svg('line', { x1: LEFT, x2: W - RIGHT, y1: y(0), y2: y(0), class: 'axis' }),
    svg('line', { x1: LEFT, x2: LEFT, y1: top, y2: top + PANEL, class: 'axis' }),
  );
  for (const v of [limit, 0, -limit]) {
    group.append(
      svg('text', { x: LEFT - 10, y: y(v) + 5, class: 'tick', 'text-anchor': 'end' }, signed(v)),
    );
  }
  if (comparison.divergedAt !== null) {
    const at = x(comparison.divergedAt + 1);
    group.append(svg('line', { x1: at, x2: at, y1: top, y2: top + PANEL, class: 'diverge-line' }));
  }
  const line = (kind: 'a' | 'b', points: MeterPoint[]) => {
    const d = points
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p[meter]).toFixed(1)}`)
      .join(' ');
    group.append(svg('path', { d, class: `line-${kind}` }));
    points.forEach((p, i) => group.append(marker(kind, x(i), y(p[meter]))));
  };
  // B (wide, dashed, hollow squares) underneath A (narrow, solid, small dots): where the runs
  // agree both stay visible.
  line('b', b);
  line('a', a);
  return group;
}

function table(comparison: RunComparison): HTMLElement {
  const { a, b } = comparison.meters;
  const rows = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
    const cell = (p: MeterPoint | undefined, m: Meter) => el('td', {}, p ? signed(p[m]) : '—');
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, i === 0 ? 'Start' : `After decision ${i}`),
      cell(a[i], 'customer'),
      cell(b[i], 'customer'),
      cell(a[i], 'pleasing'),
      cell(b[i], 'pleasing'),
    );
  });
  const head = [
    '',
    'Customer value, run A',
    'Customer value, run B',
    'Pleasing, run A',
    'Pleasing, run B',
  ];
  return el(
    'table',
    { class: 'compare-meter-table' },
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows),
  );
}

/** The figure: chart, legend in words, and the numbers as a table. */
export function compareChart(comparison: RunComparison): HTMLElement {
  const steps = Math.max(comparison.meters.a.length, comparison.meters.b.length) - 1;
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'compare-chart',
    role: 'img',
    'aria-labelledby': 'compare-chart-title',
  });
  chart.append(
    svg(
      'title',
      { id: 'compare-chart-title' },
      'Both runs’ meters after each decision (the same numbers are in the table below)',
    ),
  );
  chart.append(
    panel('customer', TOP, comparison, steps),
    panel('pleasing', TOP + PANEL + GAP, comparison, steps),
  );
  const axisY = TOP + 2 * PANEL + GAP + 30;
  const x = (i: number) => LEFT + (steps === 0 ? 0 : (i / steps) * (W - LEFT - RIGHT));
  for (let i = 0; i <= steps; i += 1) {
    chart.append(
      svg(
        'text',
        { x: x(i), y: axisY, class: 'tick', 'text-anchor': 'middle' },
        i === 0 ? 'Start' : String(i),
      ),
    );
  }
  chart.append(
    svg(
      'text',
      { x: (W + LEFT) / 2, y: axisY + 24, class: 'axis-label', 'text-anchor': 'middle' },
      'Decision',
    ),
  );
  const diverged =
    comparison.divergedAt === null
      ? 'The runs took the same path.'
      : `The dotted vertical line marks decision ${comparison.divergedAt + 1}, where the runs diverged.`;
  return el(
    'figure',
    { class: 'compare-figure' },
    chart,
    el(
      'figcaption',
      {},
      el('span', { class: 'key key-a' }, 'Run A: narrow solid line, dots'),
      el('span', { class: 'key key-b' }, 'Run B: wide dashed line, hollow squares'),
      el('span', {}, diverged),
    ),
    el('details', {}, el('summary', {}, 'The chart as a table'), table(comparison)),
  );
}
