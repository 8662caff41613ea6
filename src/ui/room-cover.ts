/**
 * The ui's half of the cover seam (issue 15): how much of the room's element
 * the dialogue covers from below, told to the room (RoomHandle.keepClear)
 * whenever it changes — a phase with four options and a reason box, a larger
 * text size, another screen — so the room keeps its people above the dialogue.
 */

/** Watches the dialogue of `stage` over `room`; returns the function that stops watching. */
export function watchRoomCover(
  stage: HTMLElement,
  room: HTMLElement,
  report: (covered: number) => void,
): () => void {
  let last = -1;
  const measure = () => {
    const dialogue = stage.querySelector<HTMLElement>('.dialogue');
    const box = room.getBoundingClientRect();
    const edge = dialogue?.getBoundingClientRect();
    const covered =
      edge && edge.height > 0 ? Math.min(box.height, Math.max(0, box.bottom - edge.top)) : 0;
    const rounded = Math.ceil(covered);
    if (rounded === last) return;
    last = rounded;
    report(rounded);
  };
  measure();
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  const observer = new ResizeObserver(measure);
  observer.observe(room);
  const dialogue = stage.querySelector('.dialogue');
  if (dialogue) observer.observe(dialogue);
  return () => observer.disconnect();
}
