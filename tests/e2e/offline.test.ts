/**
 * Offline in the venue: a facilitator opens the game once, the network goes,
 * and a reload still brings up the game, which plays a meeting to its debrief.
 * A new version waits for the player's word instead of swapping itself in.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { playByKeyboard, startMeetingByKeyboard } from './support/drive.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
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
});
