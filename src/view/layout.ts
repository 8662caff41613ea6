/**
 * Where things sit in the meeting room, in design pixels (1920×1080). Pure,
 * so seat layouts are tested without a renderer.
 */

export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

/** The table is an ellipse seen slightly from above; the cast sits along its far edge. */
export const TABLE = { x: 960, y: 650, radiusX: 800, radiusY: 150 } as const;

/** The PM's seat: the empty chair in the foreground, seen from behind (the player sits there). */
export const PM_SEAT = { x: 960, y: 960, plateY: 770 } as const;

export interface Seat {
  /** Where the figure meets the table's far edge. */
  x: number;
  y: number;
  /** Figures nearer the viewer (the table's ends) are drawn a little larger. */
  scale: number;
  /** The widest name plate that still leaves a gap to the neighbours. */
  plateWidth: number;
}

const MAX_ROW_WIDTH = 1480;
const SEAT_PITCH = 300;
const MAX_PLATE = 270;

/** The y of the table's far edge at a given x. */
export function tableBackEdge(x: number): number {
  const u = Math.min(1, Math.abs(x - TABLE.x) / TABLE.radiusX);
  return TABLE.y - TABLE.radiusY * Math.sqrt(1 - u * u);
}

/**
 * Seats for `count` cast members, left to right along the far edge. Few
 * people sit close together in the middle; many spread out to the ends.
 */
export function seatLayout(count: number): Seat[] {
  if (count <= 0) return [];
  const rowWidth = Math.min(MAX_ROW_WIDTH, SEAT_PITCH * count);
  const pitch = rowWidth / count;
  const plateWidth = Math.min(MAX_PLATE, Math.floor(pitch - 18));
  const seats: Seat[] = [];
  for (let i = 0; i < count; i++) {
    const x = TABLE.x - rowWidth / 2 + pitch * (i + 0.5);
    const y = tableBackEdge(x);
    const nearness = (y - (TABLE.y - TABLE.radiusY)) / TABLE.radiusY;
    seats.push({ x, y, scale: round2(1 + 0.22 * nearness), plateWidth });
  }
  return seats;
}

/**
 * The canvas resolution relative to the design size: the parent's size in
 * device pixels, so the canvas is neither blurry on a 4K projector nor
 * wastefully large on a 1024×768 one.
 */
export function renderScale(
  parentWidth: number,
  parentHeight: number,
  devicePixelRatio: number,
  most = 2,
): number {
  const width = parentWidth > 0 ? parentWidth : DESIGN_WIDTH;
  const height = parentHeight > 0 ? parentHeight : DESIGN_HEIGHT;
  const ratio = Number.isFinite(devicePixelRatio) && devicePixelRatio > 0 ? devicePixelRatio : 1;
  const fit = Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT) * ratio;
  return round2(Math.min(most, 2, Math.max(0.5, fit)));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
