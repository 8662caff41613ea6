/**
 * The seam between the DOM ui and the Phaser room. Loaded with a dynamic
 * import so Phaser arrives in its own chunk after the first decision is
 * already on screen. It never throws at the caller: failures come back as
 * a rejected promise with a message the ui can show.
 */
import * as Phaser from 'phaser';
import type { Scenario } from '../content/types.ts';
import type { MeetingSession } from '../engine/session.ts';
import { DESIGN_HEIGHT, DESIGN_WIDTH, renderScale } from './layout.ts';
import { MeetingRoom } from './MeetingRoom.ts';

export interface RoomOptions {
  renderer: 'webgl' | 'canvas';
  reducedMotion: boolean;
  showScores: boolean;
}

export interface RoomHandle {
  update(options: Partial<RoomOptions>): void;
  /** Marks who says the line now on screen: a cast id, "pm" for the player, or null for nobody. */
  showSpeaker(speakerId: string | null): void;
  destroy(): void;
}

const START_TIMEOUT_MS = 20_000;

interface Running {
  game: Phaser.Game;
  scene: MeetingRoom;
}

function startGame(
  parent: HTMLElement,
  scenario: Scenario,
  session: MeetingSession,
  options: RoomOptions,
  speaker: string | null,
): Promise<Running> {
  return new Promise((resolve, reject) => {
    const resolution = renderScale(
      parent.clientWidth,
      parent.clientHeight,
      window.devicePixelRatio || 1,
    );
    let game: Phaser.Game | null = null;
    const timer = window.setTimeout(() => {
      stopGame(game);
      reject(new Error('The meeting room took too long to start; the meeting goes on without it.'));
    }, START_TIMEOUT_MS);
    const onReady = (scene: MeetingRoom) => {
      window.clearTimeout(timer);
      if (game) resolve({ game, scene });
    };
    game = new Phaser.Game({
      type: options.renderer === 'canvas' ? Phaser.CANVAS : Phaser.AUTO,
      parent,
      width: Math.round(DESIGN_WIDTH * resolution),
      height: Math.round(DESIGN_HEIGHT * resolution),
      backgroundColor: '#e6e2da',
      banner: false,
      autoFocus: false,
      disableContextMenu: false,
      audio: { noAudio: true },
      input: { keyboard: false, mouse: false, touch: false, gamepad: false },
      // Top-aligned: on a 4:3 projector the spare height collects below the room,
      // where the DOM dialogue sits, instead of splitting into two bands.
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_HORIZONTALLY },
      render: { antialias: true, powerPreference: 'low-power' },
      scene: [],
    });
    const settings = { reducedMotion: options.reducedMotion, showScores: options.showScores };
    game.scene.add('MeetingRoom', MeetingRoom, true, {
      input: { scenario, view: session.view(), settings, speaker, resolution },
      onReady,
    });
  });
}

function stopGame(game: Phaser.Game | null): void {
  if (!game) return;
  game.destroy(true);
  // A sleeping loop never reaches the frame where Phaser actually tears down.
  game.loop.wake();
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
  const label = () => running.scene.stage?.describe() ?? 'Meeting room';
  const decorate = () => {
    running.game.canvas.setAttribute('role', 'img');
    running.game.canvas.setAttribute('aria-label', label());
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
  const unsubscribe = session.subscribe((view, events) =>
    guarded(() => running.scene.stage?.onSession(view, events)),
  );
  const resize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => guarded(() => undefined));
  resize?.observe(parent);

  const rebuild = () => {
    stopGame(running.game);
    startGame(parent, scenario, session, current, speaker).then(
      (next) => {
        if (destroyed) return stopGame(next.game);
        running = next;
        decorate();
      },
      () => undefined,
    );
  };

  return {
    update(changes) {
      const rendererChanged =
        changes.renderer !== undefined && changes.renderer !== current.renderer;
      current = { ...current, ...changes };
      if (rendererChanged && !destroyed) rebuild();
      else guarded(() => running.scene.stage?.setSettings(changes));
    },
    showSpeaker(id) {
      speaker = id;
      guarded(() => running.scene.stage?.showSpeaker(id));
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      resize?.disconnect();
      stopGame(running.game);
    },
  };
}
