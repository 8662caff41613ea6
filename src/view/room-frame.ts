/**
 * The room's side of the cover seam (issue 15). The ui says how much of the
 * room's element its dialogue covers from below (RoomHandle.keepClear); this
 * frames the picture so every face and name plate stays above that edge
 * (frame.ts), and writes where they landed on the room's element, for the
 * browser tests: `data-plates`, `data-faces` and `data-meters`, boxes
 * "x,y,width,height" in CSS pixels from the element's top left, space-separated.
 */
import { faceBox, METER_PANEL, plateBox, seatLayout, type Box } from './layout.ts';
import { castBottom, frameRoom, onStage, type RoomFrame } from './frame.ts';
import type { MeetingRoom } from './MeetingRoom.ts';

export interface Framing {
  /** The height, in CSS pixels, of the room's element that the ui covers from below. */
  cover(covered: number): void;
  /** Frames `scene` for the element's size and cover now, tweened when `animate`. */
  apply(scene: MeetingRoom, animate: boolean, showMeters: boolean): void;
}

const written = (boxes: Box[]) =>
  boxes
    .map((box) =>
      [box.x, box.y, box.width, box.height].map((n) => Math.round(n * 10) / 10).join(','),
    )
    .join(' ');

function publish(parent: HTMLElement, frame: RoomFrame, seats: ReturnType<typeof seatLayout>) {
  parent.dataset.plates = written(seats.map((seat) => onStage(frame, plateBox(seat))));
  parent.dataset.faces = written(seats.map((seat) => onStage(frame, faceBox(seat))));
  parent.dataset.zoom = String(frame.zoom);
}

export function createFraming(parent: HTMLElement, castCount: number): Framing {
  const seats = seatLayout(castCount);
  const keepAbove = castBottom(castCount);
  let covered = 0;
  return {
    cover(px) {
      covered = px;
    },
    apply(scene, animate, showMeters) {
      const size = { width: parent.clientWidth, height: parent.clientHeight };
      const frame = frameRoom(size, covered, keepAbove);
      scene.frame(frame.zoom, animate);
      publish(parent, frame, seats);
      if (showMeters) parent.dataset.meters = written([onStage(frame, METER_PANEL)]);
      else delete parent.dataset.meters;
    },
  };
}
