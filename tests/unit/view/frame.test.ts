import { describe, expect, it } from 'vitest';
import { CLEARANCE, castBottom, frameRoom, onStage } from '../../../src/view/frame.ts';
import { DESIGN_WIDTH, plateBox, seatLayout } from '../../../src/view/layout.ts';

describe('castBottom', () => {
  it.each([1, 3, 5, 7, 8])('is the lowest name plate edge of %i people', (count) => {
    const bottoms = seatLayout(count).map((seat) => plateBox(seat).y + plateBox(seat).height);
    expect(castBottom(count)).toBe(Math.max(...bottoms));
  });
});

describe('frameRoom', () => {
  const keepAbove = castBottom(5);

  it('leaves the picture at its full fit when the dialogue keeps below the people', () => {
    expect(frameRoom({ width: 1024, height: 768 }, 300, keepAbove)).toEqual({
      zoom: 1,
      scale: 1024 / DESIGN_WIDTH,
      left: 0,
      top: 0,
    });
  });

  it.each([
    { width: 800, height: 600, covered: 402 },
    { width: 1024, height: 768, covered: 421 },
    { width: 1280, height: 720, covered: 399 },
    { width: 1920, height: 1080, covered: 600 },
  ])('shrinks the picture about its top centre until the plates clear $covered px', (stage) => {
    const frame = frameRoom(stage, stage.covered, keepAbove);
    expect(frame.zoom).toBeLessThan(1);
    expect(frame.top).toBe(0);
    expect(frame.left + (DESIGN_WIDTH / 2) * frame.scale).toBeCloseTo(stage.width / 2);
    for (const seat of seatLayout(5)) {
      const plate = onStage(frame, plateBox(seat));
      expect(plate.y + plate.height).toBeLessThanOrEqual(stage.height - stage.covered - CLEARANCE);
      expect(plate.x).toBeGreaterThanOrEqual(0);
      expect(plate.x + plate.width).toBeLessThanOrEqual(stage.width);
    }
  });

  it('stays as it is when the dialogue covers the room on purpose (the whole screen)', () => {
    expect(frameRoom({ width: 1024, height: 768 }, 768, keepAbove).zoom).toBe(1);
  });

  it('never throws on a stage with no size yet', () => {
    expect(frameRoom({ width: 0, height: 0 }, 0, keepAbove).zoom).toBe(1);
  });
});
