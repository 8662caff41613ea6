/**
 * The ui's side of the view seam. The Phaser room (src/view/room.ts) is
 * imported only after the first decision is on screen, so Phaser is its own
 * chunk and never delays reading. If it fails, the DOM layer alone plays the
 * meeting. `data-room` on the stage says where loading stands (tests read it).
 */
import type { Scenario } from '../content/types.ts';
import type { MeetingSession } from '../engine/core/session.ts';
import type { RoomHandle, RoomOptions } from '../view/room.ts';
import { watchRoomCover } from './room-cover.ts';

export type { RoomHandle, RoomOptions };

export type RoomState = 'waiting' | 'loading' | 'ready' | 'failed';

/**
 * Mounts the room into `parent` after the next paint. Resolves to undefined
 * when the room could not be drawn, or when `cancelled()` became true meanwhile.
 */
export function mountRoomLater(
  stage: HTMLElement,
  parent: HTMLElement,
  scenario: Scenario,
  session: MeetingSession,
  options: () => RoomOptions,
  cancelled: () => boolean,
): Promise<RoomHandle | undefined> {
  stage.dataset.room = 'waiting';
  return new Promise((resolve) => {
    const start = async () => {
      if (cancelled()) return resolve(undefined);
      stage.dataset.room = 'loading';
      try {
        const { loadRoom } = await import('../view/load.ts');
        const module = await loadRoom(options().renderer);
        if (cancelled()) return resolve(undefined);
        const handle = await module.mountRoom(parent, scenario, session, options());
        if (cancelled()) {
          handle.destroy();
          return resolve(undefined);
        }
        stage.dataset.room = 'ready';
        stage.dataset.renderer = handle.renderer();
        // The room keeps its people above the dialogue, however tall the dialogue grows.
        const unwatch = watchRoomCover(stage, parent, (covered) => handle.keepClear(covered));
        const destroy = () => {
          unwatch();
          handle.destroy();
        };
        resolve({ ...handle, destroy });
      } catch {
        stage.dataset.room = 'failed';
        resolve(undefined);
      }
    };
    // Two frames: the first decision is painted before Phaser is even requested.
    requestAnimationFrame(() => requestAnimationFrame(() => void start()));
  });
}
