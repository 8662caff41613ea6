/**
 * Pan and zoom for the branch map: drag or arrow keys to pan, wheel or
 * +/− to zoom (around the pointer or the middle), 0 back to the first view.
 */
export interface View {
  x: number;
  y: number;
  scale: number;
}

export interface PanZoom {
  /** The view the map opened with; `0` returns here. */
  reset(): void;
  /** Shows the whole map, however small. */
  fit(): void;
  zoom(factor: number, at?: { x: number; y: number }): void;
  pan(dx: number, dy: number): void;
  /** Centres a point of the map (map units) in the viewport. */
  centre(x: number, y: number): void;
  /** True when the last pointer gesture moved the map (so it was not a click). */
  dragged(): boolean;
  view(): View;
}

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 3;
const PAN_STEP = 80;

export function attachPanZoom(
  viewport: HTMLElement,
  world: SVGElement,
  size: { width: number; height: number },
  initial: () => View,
): PanZoom {
  let view = initial();
  let moved = false;
  const apply = () => {
    world.setAttribute(
      'transform',
      `translate(${view.x.toFixed(1)},${view.y.toFixed(1)}) scale(${view.scale.toFixed(3)})`,
    );
    viewport.dataset.scale = view.scale.toFixed(2);
  };
  const clamp = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
  const control: PanZoom = {
    reset() {
      view = initial();
      apply();
    },
    fit() {
      const box = viewport.getBoundingClientRect();
      const scale = clamp(Math.min(box.width / size.width, box.height / size.height));
      view = {
        scale,
        x: (box.width - size.width * scale) / 2,
        y: (box.height - size.height * scale) / 2,
      };
      apply();
    },
    zoom(factor, at) {
      const box = viewport.getBoundingClientRect();
      const point = at ?? { x: box.width / 2, y: box.height / 2 };
      const scale = clamp(view.scale * factor);
      const ratio = scale / view.scale;
      view = {
        scale,
        x: point.x - (point.x - view.x) * ratio,
        y: point.y - (point.y - view.y) * ratio,
      };
      apply();
    },
    pan(dx, dy) {
      view = { ...view, x: view.x + dx, y: view.y + dy };
      apply();
    },
    centre(x, y) {
      const box = viewport.getBoundingClientRect();
      view = { ...view, x: box.width / 2 - x * view.scale, y: box.height / 2 - y * view.scale };
      apply();
    },
    dragged: () => moved,
    view: () => view,
  };
  let drag: { x: number; y: number; id: number } | undefined;
  viewport.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, id: event.pointerId };
    moved = false;
  });
  viewport.addEventListener('pointermove', (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!moved && Math.hypot(dx, dy) < 4) return;
    if (!moved) viewport.setPointerCapture(event.pointerId);
    moved = true;
    drag = { ...drag, x: event.clientX, y: event.clientY };
    control.pan(dx, dy);
  });
  const stop = () => {
    drag = undefined;
    viewport.classList.remove('dragging');
  };
  viewport.addEventListener('pointerup', stop);
  viewport.addEventListener('pointercancel', stop);
  // A drag that ends on a box must not also count as picking it.
  viewport.addEventListener(
    'click',
    (event) => {
      if (moved) event.stopPropagation();
      moved = false;
    },
    true,
  );
  viewport.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const box = viewport.getBoundingClientRect();
      control.zoom(event.deltaY < 0 ? 1.15 : 1 / 1.15, {
        x: event.clientX - box.left,
        y: event.clientY - box.top,
      });
    },
    { passive: false },
  );
  viewport.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => control.pan(PAN_STEP, 0),
      ArrowRight: () => control.pan(-PAN_STEP, 0),
      ArrowUp: () => control.pan(0, PAN_STEP),
      ArrowDown: () => control.pan(0, -PAN_STEP),
      '+': () => control.zoom(1.25),
      '=': () => control.zoom(1.25),
      '-': () => control.zoom(0.8),
      _: () => control.zoom(0.8),
      '0': () => control.reset(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  apply();
  return control;
}
