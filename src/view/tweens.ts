/**
 * The room's tweens: a number or two of one object eased from where it is to
 * where it should be — a meter's value, a body's posture, a pop, the
 * picture's framing. Phaser's TweenManager (timelines, yoyo, repeats,
 * staggers, about 8 KB gzip) did this until the room's lean Phaser left it
 * out (issue 15); this is the part of it the room used.
 *
 * Time is the page's clock (performance.now): a tween starts when it is
 * added and is where it should be at each frame the room draws, however
 * long the loop slept before that frame.
 */

/** Phaser's ease names the room uses, with Phaser's curves (math/easing). */
const EASES = {
  'Sine.easeOut': (t: number) => Math.sin(t * (Math.PI / 2)),
  'Sine.easeInOut': (t: number) => 0.5 * (1 - Math.cos(Math.PI * t)),
  'Cubic.easeOut': (t: number) => (t - 1) ** 3 + 1,
  'Back.easeOut': (t: number) => {
    const overshoot = 1.70158;
    const v = t - 1;
    return v * v * ((overshoot + 1) * v + overshoot) + 1;
  },
} satisfies Record<string, (t: number) => number>;

export type Ease = keyof typeof EASES;

/** What a tween moves: the numeric properties named in its config. */
type Target = object;

export interface TweenConfig<T extends Target> {
  targets: T;
  duration: number;
  ease: Ease;
  onUpdate?: () => void;
  onComplete?: () => void;
  /** Each other key is a numeric property of `targets` and the value it ends at. */
  [property: string]: unknown;
}

const OPTIONS = new Set(['targets', 'duration', 'ease', 'onUpdate', 'onComplete']);

/** One tween under way; complete() puts it at its end at once. */
export interface Tween {
  readonly target: Target;
  complete(): void;
}

interface Running extends Tween {
  /** Moves it to `now`; false once it has ended. */
  step(now: number): boolean;
}

function start<T extends Target>(config: TweenConfig<T>, now: number, end: () => void): Running {
  const target = config.targets as Record<string, number>;
  const moves = Object.entries(config)
    .filter(([key, to]) => !OPTIONS.has(key) && typeof to === 'number')
    .map(([key, to]) => ({ key, from: Number(target[key]), to: to as number }));
  const ease = EASES[config.ease];
  const duration = Math.max(0, config.duration);
  let done = false;
  const put = (progress: number) => {
    // At its end exactly where it was sent: from + (to - from) need not be `to` in floats.
    const eased = ease(progress);
    for (const { key, from, to } of moves)
      target[key] = progress >= 1 ? to : from + (to - from) * eased;
  };
  const finish = () => {
    if (done) return;
    done = true;
    put(1);
    config.onUpdate?.();
    end();
    config.onComplete?.();
  };
  return {
    target,
    complete: finish,
    step(time) {
      if (done) return false;
      const progress = duration === 0 ? 1 : (time - now) / duration;
      if (progress >= 1) {
        finish();
        return false;
      }
      put(Math.max(0, progress));
      config.onUpdate?.();
      return true;
    },
  };
}

/** The tweens of one room. */
export class Tweens {
  private running: Running[] = [];

  /** Starts a tween of `config.targets` from its values now. */
  add<T extends Target>(config: TweenConfig<T>, now = performance.now()): Tween {
    const tween = start(config, now, () => this.forget(tween));
    this.running.push(tween);
    return tween;
  }

  /** Moves every tween to `now` (the room calls this once a frame). */
  update(now = performance.now()): void {
    for (const tween of [...this.running]) tween.step(now);
  }

  /** Stops the tweens of `target` where they are, without their onComplete. */
  killTweensOf(target: Target): void {
    this.running = this.running.filter((tween) => tween.target !== target);
  }

  getTweensOf(target: Target): readonly Tween[] {
    return this.running.filter((tween) => tween.target === target);
  }

  getTweens(): readonly Tween[] {
    return [...this.running];
  }

  /** Drops every tween (the room is going away). */
  clear(): void {
    this.running = [];
  }

  private forget(tween: Running): void {
    this.running = this.running.filter((other) => other !== tween);
  }
}

const byScene = new WeakMap<object, Tweens>();

/** The tweens of a room's scene, made the first time they are asked for. */
export function tweensOf(scene: object): Tweens {
  let tweens = byScene.get(scene);
  if (!tweens) {
    tweens = new Tweens();
    byScene.set(scene, tweens);
  }
  return tweens;
}
