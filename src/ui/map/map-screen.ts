/**
 * The branch map, `#/map/<meeting>`: the whole scenario left to right, the
 * current run's path and up to three other runs, the share of all paths
 * that reach each ending, and an outline of the same graph beside it.
 *
 * The team's first design put the branch map in the Phaser view. It is DOM
 * SVG on purpose: text stays crisp at any zoom and on a 4K projector,
 * every box is a real focusable element with a name for screen readers,
 * browser tests can read it, and it does not wait for Phaser to load.
 */
import type { Scenario } from '../../content/types.ts';
import { analyze } from '../../engine/analysis/analyze.ts';
import { runsForScenario } from '../../engine/runs/history.ts';
import { replayRun } from '../../engine/core/replay.ts';
import type { SavedRun } from '../../engine/saved/types.ts';
import { button, el, svg } from '../dom.ts';
import type { App } from '../app.ts';
import type { ScreenFactory } from '../router.ts';
import { activeRunId, replays, setActiveRun } from '../runs.ts';
import { copyLinkButton } from '../history/copy-link.ts';
import { drawMap, type MapRun } from './draw.ts';
import { BOX_W, GAP_X, layoutMap, type MapLayout } from './layout.ts';
import { legend } from './legend.ts';
import { mapOutline } from './outline.ts';
import { attachPanZoom, type PanZoom } from './pan-zoom.ts';
import '../history/history.css';
import './map.css';

/** The current run first (the one marked active, else the latest), then up to three others. */
function runsToDraw(scenario: Scenario, all: SavedRun[]): SavedRun[] {
  const usable = all.filter((run) => replays(run, scenario));
  const active = usable.find((run) => run.id === activeRunId()) ?? usable[0];
  return active ? [active, ...usable.filter((run) => run !== active).slice(0, 3)] : [];
}

function mapRun(scenario: Scenario, run: SavedRun, i: number): MapRun {
  const replay = replayRun(scenario, run.record);
  const drawn: MapRun = {
    letter: String.fromCharCode(65 + i),
    path: replay.steps.map((s) => s.choice.id),
  };
  if (replay.ending) drawn.endingId = replay.ending.id;
  else if (replay.nodeId) drawn.waitingAt = replay.nodeId;
  return drawn;
}

function initialView(viewport: HTMLElement, layout: MapLayout, focusX: number) {
  return () => {
    const box = viewport.getBoundingClientRect();
    const fit = Math.min(box.width / layout.width, box.height / layout.height);
    // Whole map when it stays readable; otherwise readable text, panned to where the run is.
    const scale =
      fit >= 0.8
        ? Math.min(fit, 1.2)
        : Math.max(0.8, Math.min(1, box.width / ((BOX_W + GAP_X) * 5)));
    const width = layout.width * scale;
    const x =
      width <= box.width
        ? (box.width - width) / 2
        : Math.min(0, Math.max(box.width - width, box.width / 3 - focusX * scale));
    const height = layout.height * scale;
    // Centred vertically even when taller than the viewport: the decisions sit in the middle.
    const y = (box.height - height) / 2;
    return { x, y, scale };
  };
}

export const mapScreen: ScreenFactory<App> = (app, link) => {
  const scenario = app.scenarios.find(
    (s) => link.route.screen === 'map' && s.id === link.route.scenarioId,
  );
  if (!scenario)
    return {
      element: el('p', { class: 'page' }, 'This meeting could not be found.'),
      destroy: () => undefined,
    };
  const all = runsForScenario(app.saved.data(), scenario.id);
  const runs = runsToDraw(scenario, all);
  const drawn = runs.map((run, i) => mapRun(scenario, run, i));
  const layout = layoutMap(scenario);
  const shares = new Map(analyze(scenario).endings.map((ending) => [ending.id, ending.share]));
  const rewind = (step: number) => {
    const current = runs[0];
    if (!current) return;
    const path = current.record.steps.slice(0, step).map((s) => s.choiceId);
    setActiveRun(current.id, path);
    app.go({ screen: 'play', scenarioId: scenario.id, path, seed: current.record.seed });
  };
  const world = drawMap(scenario, layout, shares, drawn, { rewind });
  const canvas = svg('svg', {
    class: 'map-svg',
    width: '100%',
    height: '100%',
    role: 'group',
    'aria-labelledby': 'map-heading',
  });
  canvas.append(world);
  const viewport = el('div', {
    class: 'map-viewport',
    tabindex: 0,
    role: 'region',
    'aria-label':
      'Branch map. Arrow keys pan, plus and minus zoom, 0 resets the view. Tab reaches the decisions on this run’s path.',
    'aria-describedby': 'map-help',
  });
  viewport.append(canvas);
  // An unfinished run opens where it waits; otherwise the map opens at the start.
  const focusX = layout.nodes.get(drawn[0]?.waitingAt ?? '')?.x ?? 0;
  const panZoom: PanZoom = attachPanZoom(
    viewport,
    world,
    layout,
    initialView(viewport, layout, focusX),
  );
  // Tabbing to a box off screen: the browser would scroll the clipped viewport itself,
  // which the pan does not know about; undo that and pan the box into view instead.
  viewport.addEventListener('scroll', () => viewport.scrollTo(0, 0));
  viewport.addEventListener('focusin', (event) => {
    const id = (event.target as Element).closest?.('[data-node-id]')?.getAttribute('data-node-id');
    const box = layout.nodes.get(id ?? '');
    if (!box) return;
    const { x, y, scale } = panZoom.view();
    const area = viewport.getBoundingClientRect();
    const left = box.x * scale + x;
    const top = box.y * scale + y;
    const inside =
      left >= 0 &&
      top >= 0 &&
      left + BOX_W * scale <= area.width &&
      top + box.height * scale <= area.height;
    if (!inside) panZoom.centre(box.x + BOX_W / 2, box.y + box.height / 2);
  });
  const show = (nodeId: string) => {
    const box = layout.nodes.get(nodeId);
    if (!box) return;
    panZoom.centre(box.x + BOX_W / 2, box.y + box.height / 2);
    viewport.querySelector<SVGElement>(`[data-node-id="${nodeId}"]`)?.classList.add('flash');
    window.setTimeout(
      () => viewport.querySelector(`[data-node-id="${nodeId}"]`)?.classList.remove('flash'),
      1600,
    );
  };
  const controls = el(
    'div',
    { class: 'toolbar map-controls' },
    button('Zoom in (+)', () => panZoom.zoom(1.25)),
    button('Zoom out (−)', () => panZoom.zoom(0.8)),
    button('Whole map', () => panZoom.fit(), { 'data-action': 'fit' }),
    button('Reset view (0)', () => panZoom.reset()),
  );
  const heading = el('h1', { id: 'map-heading', tabindex: -1 }, `Branch map: ${scenario.title}`);
  const frame = el(
    'div',
    { class: 'map-frame' },
    el(
      'header',
      { class: 'map-head' },
      heading,
      el(
        'div',
        { class: 'toolbar' },
        button('History', () => app.go({ screen: 'history', scenarioId: scenario.id })),
        copyLinkButton(app, () => window.location.hash, 'Link to this map'),
        button('Back to the meetings', () => app.go({ screen: 'select' })),
      ),
    ),
    legend(runs, drawn, all.length),
    el(
      'p',
      { id: 'map-help', class: 'map-help' },
      'Drag or arrow keys: pan · wheel or + −: zoom · 0: reset. Pick a decision on path A to go back there and choose again; a new run is forked and this one is kept.',
    ),
    controls,
    viewport,
  );
  const element = el(
    'article',
    { class: 'map-page', 'aria-labelledby': 'map-heading' },
    frame,
    mapOutline(scenario, layout, shares, drawn, { rewind, show }),
  );
  queueMicrotask(() => {
    panZoom.reset();
    heading.focus();
  });
  return { element, destroy: () => undefined };
};
