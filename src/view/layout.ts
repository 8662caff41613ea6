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

/** A rectangle in design pixels (or, on the stage, in CSS pixels). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A name plate sits on the table in front of its person: `drop` below the seat, scaled with it. */
export const PLATE = { drop: 46, height: 86, shadow: 5 } as const;

/** The centre of the name plate for `seat`. */
export function plateCentre(seat: Seat): { x: number; y: number } {
  return { x: seat.x, y: seat.y + PLATE.drop * seat.scale };
}

/** The name plate for `seat` with its drop shadow: what a trainee reads a name and role on. */
export function plateBox(seat: Seat): Box {
  const centre = plateCentre(seat);
  return {
    x: centre.x - seat.plateWidth / 2,
    y: centre.y - PLATE.height / 2,
    width: seat.plateWidth + PLATE.shadow,
    height: PLATE.height + PLATE.shadow,
  };
}

/**
 * The head for `seat`, hair included (see draw/person.ts), from its highest
 * posture (lifted and speaking) to its lowest (slumped).
 */
export function faceBox(seat: Seat): Box {
  return {
    x: seat.x - 52 * seat.scale,
    y: seat.y - 260 * seat.scale,
    width: 104 * seat.scale,
    height: 156 * seat.scale,
  };
}

/** The meters panel, top left (draw/meter-panel.ts). */
export const METER_PANEL: Box = { x: 36, y: 24, width: 500, height: 196 };
