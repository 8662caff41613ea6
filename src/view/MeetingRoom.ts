/**
 * The meeting-room scene. It draws the room once, redraws only what the
 * session changes, and puts the game loop to sleep whenever nothing moves,
 * so a meeting waiting on a decision costs no CPU.
 */
import { DESIGN_WIDTH } from './layout.ts';
import { Scene } from './phaser.ts';
import { RoomStage, type StageInput } from './stage.ts';
import { tweensOf } from './tweens.ts';

export interface MeetingRoomData {
  input: StageInput;
  onReady: (scene: MeetingRoom) => void;
}

/** How long the loop keeps running after the last tween, so the final frame is drawn. */
const SETTLE_MS = 150;

/** How long the picture takes to shrink clear of the dialogue, or to grow back. */
const FRAME_MS = 280;

export class MeetingRoom extends Scene {
  stage: RoomStage | null = null;
  private quietSince = 0;
  private waking = false;
  private resolution = 1;
  /** The picture's zoom against its fit (frame.ts): tweened, so kept in an object. */
  private readonly framing = { zoom: 1 };
  private readonly motion = tweensOf(this);

  constructor() {
    super({ key: 'MeetingRoom' });
  }

  create(data: MeetingRoomData): void {
    this.resolution = data.input.resolution;
    this.events.once('shutdown', () => this.motion.clear());
    this.cameras.main.setOrigin(0, 0);
    this.showFrame(this.framing.zoom);
    const steps = RoomStage.build(this, data.input);
    // One piece of the room per task, the loop asleep meanwhile so no half-built
    // room is drawn; the whole room is then drawn in one frame.
    const next = () => {
      // Stopped meanwhile (room.ts wakes the loop so Phaser can tear down): leave it be.
      if ((this.game as { pendingDestroy?: boolean }).pendingDestroy) return;
      this.game.loop.sleep();
      const step = steps.next();
      if (!step.done) return void setTimeout(next, 0);
      this.stage = step.value;
      data.onReady(this);
      // The first whole frame, in the next animation frame.
      this.nudge();
    };
    setTimeout(next, 0);
  }

  /**
   * Shows the picture at `zoom` of its fit (see frame.ts), shrunk about its top
   * centre so the people stay clear of the dialogue; tweened when `animate`.
   */
  frame(zoom: number, animate: boolean): void {
    if (zoom === this.framing.zoom && this.motion.getTweensOf(this.framing).length === 0) return;
    this.motion.killTweensOf(this.framing);
    if (!animate) {
      this.framing.zoom = zoom;
      this.showFrame(zoom);
      return;
    }
    this.motion.add({
      targets: this.framing,
      zoom,
      duration: FRAME_MS,
      ease: 'Sine.easeInOut',
      onUpdate: () => this.showFrame(this.framing.zoom),
      onComplete: () => this.showFrame(zoom),
    });
  }

  private showFrame(zoom: number): void {
    const half = DESIGN_WIDTH / 2;
    this.cameras.main.setZoom(this.resolution * zoom).setScroll(half - half / zoom, 0);
  }

  /**
   * Runs the loop again after a change, from the next animation frame; it goes
   * back to sleep once everything has settled. Not at once: Phaser's wake()
   * draws a frame on the spot, which would add a whole frame (and on a CPU
   * without a GPU, its ~30 ms) to the click or message that changed something.
   */
  nudge(): void {
    this.quietSince = performance.now();
    if (this.waking) return;
    this.waking = true;
    requestAnimationFrame(() => {
      this.waking = false;
      // A game torn down meanwhile (the meeting was left) has no loop left to wake.
      const loop = this.sys.game?.loop as { raf?: unknown } | undefined;
      if (!loop?.raf) return;
      this.quietSince = performance.now();
      this.game.loop.wake();
    });
  }

  override update(): void {
    const now = performance.now();
    this.motion.update(now);
    if (this.motion.getTweens().length > 0) this.quietSince = now;
    else if (now - this.quietSince > SETTLE_MS) this.game.loop.sleep();
  }
}
