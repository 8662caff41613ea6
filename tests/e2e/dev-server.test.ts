/**
 * The room under `npm run dev`, not only in the production build: Vite's
 * dev server pre-bundles Phaser's CommonJS source with its dependency
 * optimizer, which applies neither vite.config.ts's `define` nor its plugins
 * unless the config hands them over (`optimizeDeps` there). Without them the
 * room failed to start in dev and the meeting fell back to the DOM alone.
 * The dev server is started here on a free port of 127.0.0.1 with a cache
 * folder of its own, so the optimizer runs from scratch; in each renderer the
 * room must be ready, its canvas must hold a picture, and nothing may log an error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { colourSpread } from './support/pixels.ts';

const browser = useBrowser();
let server: ViteDevServer | undefined;
let baseUrl = '';
const scratch = mkdtempSync(join(tmpdir(), 'dev-server-'));
const dbFile = process.env.DB_FILE;

beforeAll(async () => {
  // The live-room dev plugin opens its SQLite file when the server starts: keep it out of data/.
  process.env.DB_FILE = join(scratch, 'live.sqlite');
  server = await createServer({
    cacheDir: join(scratch, 'vite-cache'),
    logLevel: 'error',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const { port } = server.httpServer!.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}/`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (dbFile === undefined) delete process.env.DB_FILE;
  else process.env.DB_FILE = dbFile;
  rmSync(scratch, { recursive: true, force: true });
}, 30_000);

/** Distinct colours (4 bits a channel) over the room canvas's own pixels, as shown. */
async function colours(page: Page): Promise<number> {
  const png = await page.locator('.stage canvas').screenshot({ timeout: 10_000 });
  return (await colourSpread(page, png)).colours;
}

describe('the meeting room under the Vite dev server', () => {
  for (const renderer of ['canvas', 'webgl'] as const) {
    it(`draws with ?renderer=${renderer}`, { timeout: 90_000 }, async () => {
      await withPage(browser(), { width: 1280, height: 720 }, async ({ page, errors }) => {
        await page.goto(`${baseUrl}?renderer=${renderer}#/play/fintech-sync`);
        const stage = page.locator('.stage');
        // The first visit waits for the optimizer's cold run: bounded, but generous.
        await page.waitForFunction(
          () => {
            const room = document.querySelector<HTMLElement>('.stage')?.dataset.room;
            return room === 'ready' || room === 'failed';
          },
          null,
          { timeout: 60_000 },
        );
        expect(await stage.getAttribute('data-room')).toBe('ready');
        expect(await stage.getAttribute('data-renderer')).toBe(renderer);
        // A blank or one-colour canvas has a handful at most; the Bangalore room has dozens.
        expect(await colours(page)).toBeGreaterThan(20);
        expect(errors).toEqual([]);
      });
    });
  }
});
