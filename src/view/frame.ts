/**
 * How the room's picture sits on a stage the DOM covers from below (issue 15).
 * The picture keeps its 16:9 design, as wide as the stage allows and at the
 * top, so on 4:3 the spare height lies under it, where the dialogue is. When
 * the dialogue still reaches the people (four options, a reason box), the
 * picture shrinks about its top centre until every face and name plate is
 * above the dialogue's edge. Pure, so it is tested without a renderer.
 */
import { DESIGN_HEIGHT, DESIGN_WIDTH, plateBox, seatLayout, type Box } from './layout.ts';

export interface RoomFrame {
  /** The picture's size against its full fit to the stage: 1, or less to clear the dialogue. */
  zoom: number;
  /** CSS pixels per design pixel, zoom included. */
  scale: number;
  /** Where the design's top-left corner lands, in CSS pixels from the stage's top left. */
  left: number;
  top: number;
}

export interface StageSize {
  width: number;
  height: number;
}

/**
 * Below this the DOM covers the room on purpose (presenter mode's vote takes
 * the screen): a stamp-sized room would help nobody, so it stays as it is.
 */
const LEAST_ZOOM = 0.5;

/** Space, in CSS pixels, kept between the lowest name plate and the dialogue's edge. */
export const CLEARANCE = 6;

/** The lowest edge, in design pixels, of the name plates of `count` people. */
export function castBottom(count: number): number {
  return Math.max(0, ...seatLayout(count).map((seat) => plateBox(seat).y + plateBox(seat).height));
}

/**
 * The frame for a stage of `stage` CSS pixels whose bottom `covered` pixels the
 * DOM covers, keeping the design's rows down to `keepAbove` (design pixels) in view.
 */
export function frameRoom(stage: StageSize, covered: number, keepAbove: number): RoomFrame {
  const fit = Math.min(stage.width / DESIGN_WIDTH, stage.height / DESIGN_HEIGHT);
  if (!(fit > 0) || !(keepAbove > 0)) return { zoom: 1, scale: 1, left: 0, top: 0 };
  const free = stage.height - Math.max(0, covered) - CLEARANCE;
  const wanted = free / (keepAbove * fit);
  const zoom = wanted >= 1 || wanted < LEAST_ZOOM ? 1 : Math.floor(wanted * 1000) / 1000;
  const scale = fit * zoom;
  return { zoom, scale, left: (stage.width - DESIGN_WIDTH * scale) / 2, top: 0 };
}

/** Where a design-pixel box lands on the stage, in CSS pixels. */
export function onStage(frame: RoomFrame, box: Box): Box {
  return {
    x: frame.left + box.x * frame.scale,
    y: frame.top + box.y * frame.scale,
    width: box.width * frame.scale,
    height: box.height * frame.scale,
  };
}
