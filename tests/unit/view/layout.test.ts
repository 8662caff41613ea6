import { describe, expect, it } from 'vitest';
import {
  DESIGN_WIDTH,
  renderScale,
  seatLayout,
  TABLE,
  tableBackEdge,
} from '../../../src/view/layout.ts';

describe('seatLayout', () => {
  it('gives no seats to an empty cast', () => {
    expect(seatLayout(0)).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seats %i people left to right on the far edge of the table',
    (count) => {
      const seats = seatLayout(count);
      expect(seats).toHaveLength(count);
      for (let i = 1; i < seats.length; i++) expect(seats[i]!.x).toBeGreaterThan(seats[i - 1]!.x);
      for (const seat of seats) {
        expect(seat.y).toBeCloseTo(tableBackEdge(seat.x));
        expect(seat.x).toBeGreaterThan(TABLE.x - TABLE.radiusX);
        expect(seat.x).toBeLessThan(TABLE.x + TABLE.radiusX);
      }
    },
  );

  it.each([2, 3, 4, 5, 6, 7, 8])('keeps the name plates of %i people from touching', (count) => {
    const seats = seatLayout(count);
    for (let i = 1; i < seats.length; i++) {
      const gap = seats[i]!.x - seats[i - 1]!.x;
      expect(gap - seats[i]!.plateWidth).toBeGreaterThanOrEqual(10);
    }
  });

  it('centres the row and draws the ends a little larger, as they are nearer', () => {
    const seats = seatLayout(5);
    expect(seats[2]!.x).toBeCloseTo(TABLE.x);
    expect(seats[0]!.scale).toBeGreaterThan(seats[2]!.scale);
    expect(seats[0]!.scale).toBeCloseTo(seats[4]!.scale);
  });

  it('seats a single person in the middle', () => {
    expect(seatLayout(1)[0]).toMatchObject({ x: TABLE.x, scale: 1 });
  });
});

describe('renderScale', () => {
  it('renders at the screen’s own pixels: 1024×768 is about half, 4K is double', () => {
    expect(renderScale(1024, 768, 1)).toBeCloseTo(1024 / DESIGN_WIDTH, 2);
    expect(renderScale(1920, 1080, 1)).toBe(1);
    expect(renderScale(3840, 2160, 1)).toBe(2);
    expect(renderScale(1920, 1080, 2)).toBe(2);
  });

  it('stays within sane bounds for odd inputs', () => {
    expect(renderScale(0, 0, 1)).toBe(1);
    expect(renderScale(100, 100, 1)).toBe(0.5);
    expect(renderScale(8000, 8000, 3)).toBe(2);
    expect(renderScale(1920, 1080, Number.NaN)).toBe(1);
  });

  it('keeps to the most it is given, but never below its floor', () => {
    expect(renderScale(1920, 1080, 1, 2 / 3)).toBe(0.67);
    expect(renderScale(3840, 2160, 1, 2 / 3)).toBe(0.67);
    expect(renderScale(1024, 768, 1, 2 / 3)).toBeCloseTo(1024 / DESIGN_WIDTH, 2);
    expect(renderScale(1920, 1080, 1, Infinity)).toBe(1);
  });
});
