/**
 * Loads the room (room.ts) with Phaser's modules evaluated a part per task.
 * Phaser is CommonJS: each of its modules runs the first time it is required,
 * and evaluating all of them at once held the page for one long task (about
 * 50 ms, and far over 100 ms on a slow CPU: issue 15). Each part below is its
 * own module, imported in its own task, so that by the time room.ts is
 * evaluated what it requires has already run.
 */
import { chooseRenderer, type RendererSetting } from './renderer-choice.ts';

const PARTS = [
  () => import('./warm/start.ts'),
  () => import('./warm/canvas-checks.ts'),
  () => import('./warm/features.ts'),
  () => import('./warm/device.ts'),
  () => import('./warm/renderers.ts'),
  () => import('./warm/systems.ts'),
  () => import('./warm/objects.ts'),
];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Resolves to room.ts once Phaser has run. `renderer` is the room's setting:
 * 'auto' asks the browser what its WebGL runs on (a WebGL context of its own,
 * ~10 ms), in a task of its own too.
 */
export async function loadRoom(renderer: RendererSetting): Promise<typeof import('./room.ts')> {
  chooseRenderer(renderer);
  for (const part of PARTS) {
    await nextTask();
    await part();
  }
  await nextTask();
  return import('./room.ts');
}
