/**
 * The full meetings are chunks of their own, fetched when a screen needs
 * them: the title screen loads none, a cold deep link waits for them, the
 * screen on display stays until the next one is ready, and a chunk that
 * cannot be fetched leaves the player on the title screen with a notice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { contentHash } from '../../src/engine/core/record.ts';
import { holdRequests, useBrowser, withPage } from './support/browser.ts';
import { chooseByKeyboard } from './support/drive.ts';
import { loadScenarios } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const scenarios = loadScenarios();
const first = scenarios[0]!;
const CHUNK = /\/assets\/scenario-[^/]*\.js$/;
const FAILED = 'The meetings could not be loaded. Check the connection and reload the page.';
const browser = useBrowser();

/** The errors the game itself logged: Chromium's own line for a request a test aborted is not one. */
const gameErrors = (errors: string[]) =>
  errors.filter((error) => !/Failed to load resource: net::ERR_FAILED/.test(error));

async function screenShown(page: Page): Promise<string | null> {
  return page.locator('main.outlet').getAttribute('data-screen');
}

describe('meetings load when a screen needs them', () => {
  it('the title screen fetches no meeting', async () => {
    await withPage(browser(), async ({ page, errors, requests }) => {
      await page.goto(baseUrl);
      await page.locator('.card button').first().waitFor();
      await page.waitForTimeout(500);
      expect(await page.locator('.card[data-scenario]').count()).toBe(scenarios.length);
      expect(requests.filter((url) => CHUNK.test(url))).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('a deep link into a meeting fetches that meeting only, and the others when a screen needs them', async () => {
    await withPage(browser(), async ({ page, errors, requests }) => {
      await page.goto(`${baseUrl}?renderer=canvas#/play/${first.id}`);
      await page.locator('.stage[data-room="ready"]').waitFor();
      const chunks = () => requests.filter((url) => CHUNK.test(url));
      expect(chunks()).toHaveLength(1);
      expect(chunks()[0]).toContain(`/scenario-${first.id}-`);
      await page.evaluate(() => (window.location.hash = '#/history'));
      await page.locator('.history-filter a').nth(scenarios.length).waitFor();
      expect(chunks()).toHaveLength(scenarios.length);
      expect(errors).toEqual([]);
    });
  });

  it('a cold deep link to the history or the map loads the meetings first', async () => {
    await withPage(browser(), async ({ page, errors, requests }) => {
      await page.goto(`${baseUrl}#/history`);
      const filter = page.locator('.history-filter a');
      await filter.nth(scenarios.length).waitFor();
      expect(await filter.allTextContents()).toEqual([
        'All meetings',
        ...scenarios.map((scenario) => scenario.title),
      ]);
      expect(requests.filter((url) => CHUNK.test(url))).toHaveLength(scenarios.length);
      expect(await page.locator('.notice').count()).toBe(0);

      await page.goto('about:blank');
      await page.goto(`${baseUrl}#/map/${first.id}`);
      await page.locator('.map-svg .map-node').first().waitFor();
      expect(await page.locator('.map-svg .map-node').count()).toBe(first.nodes.length);
      expect(await page.locator('.notice').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it('keeps the title on screen while the meeting loads, says so, then opens it', async () => {
    await withPage(browser(), async ({ page, errors }) => {
      const release = await holdRequests(page, CHUNK);
      await page.goto(`${baseUrl}?renderer=canvas`);
      await page.locator(`.card[data-scenario="${first.id}"] button`).click();
      await page.waitForTimeout(600);
      // Still the title, never a blank page or a spinner in its place.
      expect(await screenShown(page)).toBe('title');
      expect(await page.locator('.card[data-scenario]').count()).toBe(scenarios.length);
      expect(await page.locator('main.outlet .loading').count()).toBe(0);
      // …but the click is answered: a short note that the meetings are on their way.
      expect(await page.locator('.toast').textContent()).toBe('Loading the meetings…');
      release();
      await page.locator('.stage .next, .stage .choice').first().waitFor();
      expect(await screenShown(page)).toBe('play');
      expect(errors).toEqual([]);
    });
  });

  it('a newer link wins over a meeting load still in flight', async () => {
    await withPage(browser(), async ({ page, errors }) => {
      const release = await holdRequests(page, CHUNK);
      await page.goto(baseUrl);
      await page.locator('.card button').first().waitFor();
      await page.evaluate((id) => (window.location.hash = `#/play/${id}`), first.id);
      await page.waitForTimeout(100);
      await page.evaluate(() => (window.location.hash = '#/select'));
      release();
      await page.waitForTimeout(800);
      expect(await screenShown(page)).toBe('select');
      expect(await page.locator('.stage').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  });

  it("records each meeting's run with the engine's content hash, which its chunk brought from the build", async () => {
    await withPage(browser(), async ({ page, errors }) => {
      for (const scenario of scenarios) {
        // A page load each: a hash change would leave the last meeting on screen a moment.
        await page.goto('about:blank');
        await page.goto(`${baseUrl}?renderer=canvas#/play/${scenario.id}`);
        // A run is saved with its first choice.
        const start = scenario.nodes.find((node) => node.id === scenario.start);
        const open = start?.choices.find((choice) => !choice.requires);
        if (!open) throw new Error(`${scenario.id} has no open first choice`);
        await chooseByKeyboard(page, [open.id]);
        const saved = () =>
          page.evaluate(
            (id) =>
              (
                JSON.parse(localStorage.getItem('make-the-call') ?? '{"runs":[]}') as {
                  runs: { record: { scenarioId: string; contentHash: string } }[];
                }
              ).runs.find((run) => run.record.scenarioId === id)?.record.contentHash,
            scenario.id,
          );
        await expect.poll(saved, { timeout: 10_000 }).toBe(contentHash(scenario));
      }
      expect(errors).toEqual([]);
    });
  });

  it('a meeting that cannot be fetched leaves a notice on the title screen, no error', async () => {
    await withPage(browser(), async ({ page, errors }) => {
      await page.route(CHUNK, (route) => route.abort());
      await page.goto(`${baseUrl}#/history`);
      await page.locator('.notice', { hasText: FAILED }).waitFor();
      expect(await screenShown(page)).toBe('title');
      expect(await page.locator('.card[data-scenario]').count()).toBe(scenarios.length);
      expect(gameErrors(errors)).toEqual([]);
    });
  });
});
