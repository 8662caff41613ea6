/**
 * The game as `npm start` serves it: the Node server's brotli copies, its
 * cache headers and each page's policy as a header (frame-ancestors included)
 * — played in Chromium at a projector's 1024×768 and at 1920×1080, with the
 * room drawn, and not one policy violation or console error. Screenshots in
 * test-results/screenshots/served-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type ServerProcess } from '../live/support/processes.ts';
import { useBrowser, withPage } from './support/browser.ts';
import { playByMouse } from './support/drive.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const SHOTS = 'test-results/screenshots';
const browser = useBrowser();
let server: ServerProcess;
let folder: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  folder = mkdtempSync(join(tmpdir(), 'mtc-served-'));
  server = await startServer({
    DATA_DIR: folder,
    DIST_DIR: inject('distDir'),
    FRAME_ANCESTORS: 'https://lms.example.org',
  });
});
afterAll(async () => {
  await server?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Policy violations the page reports, recorded from before its first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

const [play] = plannedPlays(loadScenarios()[0]!);

describe('served by the Node server', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`plays a meeting at ${viewport.width}×${viewport.height} under the header policy`, async () => {
      if (!play) throw new Error('the first meeting has no planned play');
      await withPage(browser(), viewport, async ({ page, errors }) => {
        const violations = await watchViolations(page);
        const encodings = new Map<string, string>();
        page.on('response', (response) => {
          encodings.set(
            new URL(response.url()).pathname,
            response.headers()['content-encoding'] ?? '',
          );
        });
        const first = await page.goto(`${server.url}/`);
        expect(first?.headers()['content-security-policy']).toContain(
          'frame-ancestors https://lms.example.org',
        );
        await page.locator('.card button').first().waitFor();
        await page.goto(`${server.url}/#/play/${play.scenario.id}`);
        await page.locator('.stage[data-room="ready"] canvas').waitFor({ timeout: 120_000 });
        await page.waitForTimeout(500);
        await page.screenshot({ path: `${SHOTS}/served-${viewport.width}x${viewport.height}.png` });
        await playByMouse(page, play.choices);
        await page.locator('.debrief-page h1').waitFor();
        const scripts = [...encodings].filter(([path]) => path.endsWith('.js'));
        expect(scripts.length).toBeGreaterThan(2);
        expect(scripts.filter(([, encoding]) => encoding !== 'br')).toEqual([]);
        expect(await violations()).toEqual([]);
        expect(errors).toEqual([]);
      });
    });
  }
});
