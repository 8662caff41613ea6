/**
 * The seam between the DOM ui and the Phaser room. Loaded with a dynamic
 * import so Phaser arrives in its own chunk after the first decision is
 * already on screen. It never throws at the caller: failures come back as
 * a rejected promise with a message the ui can show.
 */
import type * as Phaser from 'phaser';
import type { Scenario } from '../content/types.ts';
import type { MeetingSession } from '../engine/core/session.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH, renderScale } from './layout.ts';
import { releaseTextureHelpers, trackStartListeners } from './game-listeners.ts';
import { MeetingRoom } from './MeetingRoom.ts';
import { AUTO, CANVAS, CanvasPool, Game, Scale } from './phaser.ts';
import {
  chooseRenderer,
  mostScale,
  type Renderer,
  type RendererSetting,
} from './renderer-choice.ts';
import { createFraming } from './room-frame.ts';

export interface RoomOptions {
  /** 'auto' is WebGL on a GPU and Canvas without one (renderer-choice.ts). */
  renderer: RendererSetting;
  reducedMotion: boolean;
  showScores: boolean;
}

export interface RoomHandle {
  /** The renderer the room is drawn with now. */
  renderer(): Renderer;
  update(options: Partial<RoomOptions>): void;
  /** Marks who says the line now on screen: a cast id, "pm" for the player, or null for nobody. */
  showSpeaker(speakerId: string | null): void;
  /**
   * The height, in CSS pixels, of the room's element that the ui covers from
   * below (its dialogue): the room keeps every face and name plate above it.
   */
  keepClear(covered: number): void;
  destroy(): void;
}

const START_TIMEOUT_MS = 20_000;

const BACKGROUND = '#e6e2da';

/**
 * The game's canvas under the Canvas renderer, made and filled here instead of
 * by Phaser: the first drawing on a canvas is when the browser makes its pixels
 * (at 1920×1080 without a GPU, several ms), which made the game's start a long
 * task. The context is asked for as Phaser's CanvasRenderer asks for it, so it
 * is the one Phaser draws with; Phaser keeps the size, so the pixels stay.
 */
function paintedCanvas(width: number, height: number): HTMLCanvasElement {
  // From Phaser's pool, as Phaser would take it: the game gives it back when it stops.
  const canvas = CanvasPool.create2D(paintedCanvas, width, height);
  const context = canvas.getContext('2d', {
    alpha: false,
    desynchronized: false,
    willReadFrequently: false,
  });
  if (context) {
    context.fillStyle = BACKGROUND;
    context.fillRect(0, 0, width, height);
  }
  return canvas;
}

interface Running {
  game: Phaser.Game;
  renderer: Renderer;
  scene: MeetingRoom;
  /** Canvas pixels per design pixel this game was built with. */
  resolution: number;
}

/** Rebuild for crispness only when the screen changed a lot (e.g. fullscreen on a 4K projector). */
const REBUILD_ABOVE = 1.3;
const REBUILD_BELOW = 0.6;

const resolutionOf = (parent: HTMLElement, setting: RendererSetting) =>
  renderScale(
    parent.clientWidth,
    parent.clientHeight,
    window.devicePixelRatio || 1,
    mostScale(setting, chooseRenderer(setting)),
  );

function startGame(
  parent: HTMLElement,
  scenario: Scenario,
  session: MeetingSession,
  options: RoomOptions,
  speaker: string | null,
): Promise<Running> {
  return new Promise((resolve, reject) => {
    const resolution = resolutionOf(parent, options.renderer);
    const renderer = chooseRenderer(options.renderer);
    let game: Phaser.Game | null = null;
    let abandoned = false;
    const timer = window.setTimeout(() => {
      abandoned = true;
      stopGame(game);
      reject(new Error('The meeting room took too long to start; the meeting goes on without it.'));
    }, START_TIMEOUT_MS);
    const onReady = (scene: MeetingRoom) => {
      window.clearTimeout(timer);
      // AUTO falls back to Canvas where WebGL cannot start at all: report what was built.
      if (game)
        resolve({
          game,
          renderer: game.renderer.type === CANVAS ? 'canvas' : renderer,
          scene,
          resolution,
        });
    };
    const width = Math.round(DESIGN_WIDTH * resolution);
    const height = Math.round(DESIGN_HEIGHT * resolution);
    const canvas = renderer === 'canvas' ? paintedCanvas(width, height) : undefined;
    const create = () => {
      if (abandoned) return void (canvas && CanvasPool.remove(canvas));
      game = new Game({
        type: renderer === 'canvas' ? CANVAS : AUTO,
        ...(canvas ? { canvas } : {}),
        parent,
        width,
        height,
        backgroundColor: BACKGROUND,
        banner: false,
        autoFocus: false,
        disableContextMenu: false,
        audio: { noAudio: true },
        input: { keyboard: false, mouse: false, touch: false, gamepad: false },
        // Top-aligned: on a 4:3 projector the spare height collects below the room,
        // where the DOM dialogue sits, instead of splitting into two bands.
        scale: { mode: Scale.FIT, autoCenter: Scale.CENTER_HORIZONTALLY },
        render: { antialias: true, powerPreference: 'low-power' },
        scene: [],
      });
      released.set(game, trackStartListeners(game));
      const settings = { reducedMotion: options.reducedMotion, showScores: options.showScores };
      game.scene.add('MeetingRoom', MeetingRoom, true, {
        input: { scenario, view: session.view(), settings, speaker, resolution },
        onReady,
      });
    };
    // The canvas's first drawing, above, in a task before the game's own start.
    if (canvas) window.setTimeout(create, 0);
    else create();
  });
}

/** What each running game must give back when it stops (see game-listeners.ts). */
const released = new WeakMap<Phaser.Game, () => void>();

const chain =
  (before: (() => void) | undefined, after: () => void): (() => void) =>
  () => {
    before?.();
    after();
  };

function stopGame(game: Phaser.Game | null): void {
  if (!game) return;
  released.get(game)?.();
  released.delete(game);
  try {
    releaseTextureHelpers(game);
    game.destroy(true);
    // A sleeping loop never reaches the frame where Phaser actually tears down.
    game.loop.wake();
  } catch {
    // Already torn down.
  }
}

/** Mounts the meeting room into `parent` (which should have a size) and keeps it in step with `session`. */
export async function mountRoom(
  parent: HTMLElement,
  scenario: Scenario,
  session: MeetingSession,
  options: RoomOptions,
): Promise<RoomHandle> {
  let current = { ...options };
  let speaker: string | null = null;
  let running: Running;
  try {
    running = await startGame(parent, scenario, session, current, speaker);
  } catch (error) {
    throw new Error(
      `The meeting room could not be drawn (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  let destroyed = false;
  const framing = createFraming(parent, scenario.cast.length);
  const reframe = (animate: boolean) =>
    guarded(() =>
      framing.apply(running.scene, animate && !current.reducedMotion, current.showScores),
    );
  const label = () => running.scene.stage?.describe() ?? 'Meeting room';
  const redraw = () => guarded(() => undefined);
  const decorate = () => {
    const canvas = running.game.canvas;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label());
    // A sleeping loop would leave a restored WebGL context blank: draw once more.
    canvas.addEventListener('webglcontextrestored', redraw);
    // Phaser pools its game canvases and hands this one to the next game: a listener
    // left on it would keep this room, and the meeting around it, alive for good.
    released.set(
      running.game,
      chain(released.get(running.game), () =>
        canvas.removeEventListener('webglcontextrestored', redraw),
      ),
    );
  };
  const guarded = (work: () => void) => {
    if (destroyed) return;
    try {
      work();
      running.scene.nudge();
    } catch {
      // Drawing is decoration: the DOM still carries the meeting if a frame fails.
    }
  };
  decorate();
  reframe(false);
  const unsubscribe = session.subscribe((view, events) =>
    guarded(() => running.scene.stage?.onSession(view, events)),
  );
  let rebuilding = false;
  const rebuild = () => {
    if (rebuilding || destroyed) return;
    rebuilding = true;
    stopGame(running.game);
    const wanted = current;
    startGame(parent, scenario, session, wanted, speaker).then(
      (next) => {
        rebuilding = false;
        if (destroyed) return stopGame(next.game);
        running = next;
        decorate();
        reframe(false);
        // Settings that changed meanwhile: a renderer needs another build, the rest apply now.
        if (current.renderer !== wanted.renderer) rebuild();
        else guarded(() => running.scene.stage?.setSettings(current));
      },
      () => {
        rebuilding = false;
      },
    );
  };
  let resizeTimer = 0;
  const onResize = () => {
    reframe(false);
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      const ratio = resolutionOf(parent, current.renderer) / running.resolution;
      if (ratio > REBUILD_ABOVE || ratio < REBUILD_BELOW) rebuild();
    }, 600);
  };
  const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
  resize?.observe(parent);

  return {
    renderer: () => running.renderer,
    update(changes) {
      const rendererChanged =
        changes.renderer !== undefined && changes.renderer !== current.renderer;
      current = { ...current, ...changes };
      if (rendererChanged) return rebuild();
      guarded(() => running.scene.stage?.setSettings(changes));
      // Scores shown or hidden: the meters the room writes down come or go.
      reframe(false);
    },
    showSpeaker(id) {
      speaker = id;
      guarded(() => running.scene.stage?.showSpeaker(id));
    },
    keepClear(covered) {
      framing.cover(covered);
      reframe(true);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      resize?.disconnect();
      window.clearTimeout(resizeTimer);
      stopGame(running.game);
    },
  };
}
