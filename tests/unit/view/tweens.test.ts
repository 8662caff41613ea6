/**
 * The room's own tweens (src/view/tweens.ts): Phaser's curves, numbers of one
 * object eased on the page's clock, and the calls the room makes (kill,
 * complete, count) behaving as Phaser's TweenManager did for it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Tweens, tweensOf, type Ease } from '../../../src/view/tweens.ts';

const EASES: Ease[] = ['Sine.easeOut', 'Sine.easeInOut', 'Cubic.easeOut', 'Back.easeOut'];

describe('a tween', () => {
  it('moves each named number from where it was to its end, on the clock it is given', () => {
    const tweens = new Tweens();
    const body = { y: 10, rotation: 0, name: 'priya' };
    tweens.add(
      { targets: body, y: 30, rotation: -0.04, duration: 200, ease: 'Sine.easeOut' },
      1000,
    );
    tweens.update(1000);
    expect(body).toEqual({ y: 10, rotation: 0, name: 'priya' });
    tweens.update(1100);
    expect(body.y).toBeCloseTo(10 + 20 * Math.sin(Math.PI / 4), 10);
    expect(body.rotation).toBeCloseTo(-0.04 * Math.sin(Math.PI / 4), 10);
    tweens.update(1200);
    expect(body).toEqual({ y: 30, rotation: -0.04, name: 'priya' });
    expect(tweens.getTweens()).toHaveLength(0);
  });

  it('follows Phaser’s curves at their known points', () => {
    const at = (ease: Ease, progress: number) => {
      const tweens = new Tweens();
      const shown = { value: 0 };
      tweens.add({ targets: shown, value: 1, duration: 100, ease }, 0);
      tweens.update(progress * 100);
      return shown.value;
    };
    expect(at('Cubic.easeOut', 0.5)).toBeCloseTo(0.875, 10);
    expect(at('Sine.easeInOut', 0.5)).toBeCloseTo(0.5, 10);
    expect(at('Sine.easeInOut', 0.25)).toBeCloseTo(0.5 * (1 - Math.cos(Math.PI / 4)), 10);
    // Back overshoots its end before it settles, as a pop should.
    expect(at('Back.easeOut', 0.6)).toBeGreaterThan(1);
  });

  it('ends exactly at its end and says so once, whatever the frames', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EASES),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 2000 }),
        fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 20 }),
        (ease, from, to, duration, gaps) => {
          const tweens = new Tweens();
          const shown = { value: from };
          let completed = 0;
          let updates = 0;
          tweens.add(
            {
              targets: shown,
              value: to,
              duration,
              ease,
              onUpdate: () => updates++,
              onComplete: () => completed++,
            },
            0,
          );
          let now = 0;
          for (const gap of gaps) tweens.update((now += gap));
          tweens.update(now + duration + 1);
          tweens.update(now + duration + 2);
          expect(shown.value).toBe(to);
          expect(completed).toBe(1);
          expect(updates).toBeGreaterThan(0);
          expect(tweens.getTweens()).toHaveLength(0);
        },
      ),
    );
  });
});

describe('the room’s calls', () => {
  it('killTweensOf stops one object’s tweens where they are, without their onComplete', () => {
    const tweens = new Tweens();
    const meter = { value: 0 };
    const framing = { zoom: 1 };
    let completed = false;
    tweens.add(
      {
        targets: meter,
        value: 10,
        duration: 100,
        ease: 'Cubic.easeOut',
        onComplete: () => (completed = true),
      },
      0,
    );
    tweens.add({ targets: framing, zoom: 0.8, duration: 100, ease: 'Sine.easeInOut' }, 0);
    tweens.update(50);
    const halfway = meter.value;
    tweens.killTweensOf(meter);
    tweens.update(200);
    expect(meter.value).toBe(halfway);
    expect(completed).toBe(false);
    expect(tweens.getTweensOf(meter)).toHaveLength(0);
    expect(framing.zoom).toBe(0.8);
  });

  it('complete() puts a tween at its end at once (reduced motion), and it is gone', () => {
    const tweens = new Tweens();
    const pop = { scale: 0.5 };
    let completed = 0;
    tweens.add(
      {
        targets: pop,
        scale: 1,
        duration: 260,
        ease: 'Back.easeOut',
        onComplete: () => completed++,
      },
      0,
    );
    expect(tweens.getTweensOf(pop)).toHaveLength(1);
    for (const tween of tweens.getTweens()) tween.complete();
    expect(pop.scale).toBe(1);
    expect(completed).toBe(1);
    expect(tweens.getTweens()).toHaveLength(0);
    tweens.update(1000);
    expect(completed).toBe(1);
  });

  it('a tween added from another’s onComplete runs on', () => {
    const tweens = new Tweens();
    const shown = { value: 0 };
    tweens.add(
      {
        targets: shown,
        value: 1,
        duration: 10,
        ease: 'Sine.easeOut',
        onComplete: () =>
          void tweens.add({ targets: shown, value: 2, duration: 10, ease: 'Sine.easeOut' }, 10),
      },
      0,
    );
    tweens.update(10);
    expect(tweens.getTweensOf(shown)).toHaveLength(1);
    tweens.update(20);
    expect(shown.value).toBe(2);
  });

  it('clear() drops every tween; each scene has its own tweens', () => {
    const scene = {};
    const other = {};
    expect(tweensOf(scene)).toBe(tweensOf(scene));
    expect(tweensOf(scene)).not.toBe(tweensOf(other));
    tweensOf(scene).add({ targets: { x: 0 }, x: 1, duration: 100, ease: 'Sine.easeOut' });
    tweensOf(scene).clear();
    expect(tweensOf(scene).getTweens()).toHaveLength(0);
  });
});
