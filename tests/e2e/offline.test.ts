/**
 * Offline in the venue: a facilitator opens the game once, the network goes,
 * and a reload still brings up the game, which plays a meeting to its debrief.
 * A new version waits for the player's word instead of swapping itself in.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { startServer } from '../live/support/processes.ts';
import { useBrowser, watchPage } from './support/browser.ts';
import { playByKeyboard, startMeetingByKeyboard } from './support/drive.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const browser = useBrowser();
const scenarios = loadScenarios();

describe('offline', () => {
  it('plays a meeting after one visit with the network off', { timeout: 240_000 }, async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'allow',
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(baseUrl);
      await page.locator('.card button').first().waitFor();
      // The worker installs (precaching every file) and takes over the page.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        const worker = registration.active;
        if (!worker || worker.state === 'activated') return;
        await new Promise((done) => worker.addEventListener('statechange', done));
      });

      await context.setOffline(true);
      await page.reload();
      await page.locator('.card button').first().waitFor();
      const play = plannedPlays(scenarios[1] ?? scenarios[0]!)[0]!;
      await startMeetingByKeyboard(page, play.scenario.id);
      await page.locator('.stage[data-room="ready"] canvas').waitFor({ timeout: 120_000 });
      await playByKeyboard(page, play.choices);
      expect(await page.locator('.ending-title').textContent()).toBe(play.endingTitle);
      // Another meeting, never opened online, is there too.
      const other = scenarios.find((scenario) => scenario.id !== play.scenario.id)!;
      await page.goto(`${baseUrl}#/play/${other.id}`);
      await page.locator('.stage .line, .stage .choice').first().waitFor();
      await page.locator('.stage[data-room="ready"] canvas').waitFor({ timeout: 120_000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(
    'offers a new version with "Update available — reload" and swaps it in only when asked',
    { timeout: 120_000 },
    async () => {
      // The build, copied so a test can publish a new version of it, served by `npm start`'s server.
      const folder = mkdtempSync(join(tmpdir(), 'mtc-update-'));
      const dist = join(folder, 'dist');
      cpSync(distDir, dist, { recursive: true });
      const server = await startServer({ DATA_DIR: folder, DIST_DIR: dist });
      const context = await browser().newContext({
        viewport: { width: 1280, height: 720 },
        serviceWorkers: 'allow',
      });
      try {
        const { page, errors } = await watchPage(context);
        const workerOf = (target: Page) =>
          target.evaluate(async () => {
            const registration = await navigator.serviceWorker.ready;
            return {
              controlled: navigator.serviceWorker.controller !== null,
              waiting: registration.waiting !== null,
            };
          });
        const meeting = `${server.url}/#/play/${scenarios[0]!.id}`;
        await page.goto(meeting);
        await page.locator('.stage .choice, .stage .line').first().waitFor();
        // The first visit installs the worker; it has no version to replace, so nothing is offered.
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          const worker = registration.active;
          if (worker && worker.state !== 'activated')
            await new Promise((done) => worker.addEventListener('statechange', done));
        });
        await page.reload();
        await page.locator('.stage .choice, .stage .line').first().waitFor();
        expect(await workerOf(page)).toEqual({ controlled: true, waiting: false });
        expect(await page.locator('.update-banner').count()).toBe(0);

        // A new version is published while the meeting runs.
        appendFileSync(join(dist, 'sw.js'), '\n// the next version\n');
        rmSync(join(dist, 'sw.js.br'), { force: true });
        rmSync(join(dist, 'sw.js.gz'), { force: true });
        const line = await page.locator('.stage .line').last().textContent();
        await page.evaluate(async () => {
          await (await navigator.serviceWorker.ready).update();
        });
        const banner = page.locator('.update-banner');
        await banner.waitFor();
        expect(await banner.textContent()).toContain('Update available — reload');
        // It waits: the running meeting is still on screen, under the old version.
        expect(await workerOf(page)).toEqual({ controlled: true, waiting: true });
        expect(await page.locator('.stage .line').last().textContent()).toBe(line);

        // "Later" puts it away; the next visit offers it again, and "Reload" swaps it in.
        await banner.getByRole('button', { name: 'Later' }).click();
        expect(await banner.count()).toBe(0);
        await page.reload();
        await banner.waitFor();
        const reloaded = page.waitForEvent('framenavigated');
        await banner.getByRole('button', { name: 'Reload' }).click();
        await reloaded;
        await page.locator('.stage .choice, .stage .line').first().waitFor();
        expect(page.url()).toBe(meeting);
        expect(await workerOf(page)).toEqual({ controlled: true, waiting: false });
        expect(await page.locator('.update-banner').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        await server.stop();
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
