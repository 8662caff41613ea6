/**
 * The inline opening (src/ui/opening.ts, src/boot): index.html alone draws a
 * meeting's first lines, answers Continue, and the game takes over at the
 * line the trainee reached without anything on screen moving.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openingOf } from '../../src/build/opening-plugin.ts';
import { OPENINGS_ID, type FirstScreenData } from '../../src/ui/opening.ts';
import { holdRequests, useBrowser, withPage } from './support/browser.ts';
import { loadScenarios } from './support/scenarios.ts';
import { axeViolations } from './support/runs.ts';

const baseUrl = inject('baseUrl');
const scenarios = loadScenarios();
const first = scenarios[0];
const browser = useBrowser();

// A page whose game module is held never fires DOMContentLoaded, so these tests
// navigate with `waitUntil: 'commit'`.
const GAME_CODE = /\/assets\/.*\.js$/;

/** Where the things a trainee reads sit on the page, rounded to whole pixels. */
function layoutOf(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const boxes: Record<string, string> = {};
    const selectors = [
      '.meters',
      '.cast li',
      '.dialogue-head',
      '.transcript .line',
      '.tools > *',
      '.stage .next',
    ];
    for (const selector of selectors) {
      document.querySelectorAll<HTMLElement>(selector).forEach((node, index) => {
        const box = node.getBoundingClientRect();
        const text = (node.textContent ?? '').trim().slice(0, 40);
        boxes[`${selector}[${index}] ${text}`] = [box.x, box.y, box.width, box.height]
          .map(Math.round)
          .join(',');
      });
    }
    return boxes;
  });
}

describe('the opening in index.html', () => {
  it('carries the stylesheet and every meeting’s first lines inline, as the engine computes them', async () => {
    const html = await (await fetch(baseUrl)).text();
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    expect(html).toMatch(/<style>[^<]*\.stage/);
    // The game's entry is started by the inline script once the opening is drawn.
    expect(html).not.toMatch(/<script[^>]*type="module"/);
    expect(html).toMatch(/<script data-game="\.\/assets\/index-[\w-]+\.js"/);
    const json = html.match(
      new RegExp(`<script type="application/json" id="${OPENINGS_ID}">([^<]*)</script>`),
    );
    const expected = scenarios.flatMap((scenario) => openingOf(scenario) ?? []);
    expect(expected.length).toBeGreaterThan(0);
    const data = JSON.parse(json?.[1] ?? '{}') as FirstScreenData;
    expect(data.openings).toEqual(expected);
    // One chunk per meeting, under the meeting's id, each really there.
    expect(Object.keys(data.scenarioChunks).sort()).toEqual(scenarios.map((s) => s.id).sort());
    for (const [id, chunk] of Object.entries(data.scenarioChunks)) {
      expect(chunk).toMatch(/^\.\/assets\/scenario-[\w-]+\.js$/);
      expect((await fetch(new URL(chunk, baseUrl))).status, chunk).toBe(200);
      expect(await (await fetch(new URL(chunk, baseUrl))).text(), chunk).toContain(`id:\`${id}\``);
    }
  });

  it('is readable and answers Continue before any game code has arrived; the game takes over at the same line', async () => {
    if (!first) throw new Error('no scenario');
    const opening = openingOf(first);
    if (!opening) throw new Error(`${first.id} has no opening`);
    const lines = opening.view.lines;
    await withPage(browser(), async ({ page, errors }) => {
      const release = await holdRequests(page, GAME_CODE);
      await page.goto(`${baseUrl}#/play/${first.id}`, { waitUntil: 'commit' });
      const current = page.locator('.transcript .line[data-current]');
      await expect.poll(() => current.textContent()).toContain(lines[0]?.text);
      await expect
        .poll(() => page.locator('.decision-label').textContent())
        .toBe(`Decision 1: ${opening.view.node.title}`);
      expect(await page.locator('.cast .cast-name').allTextContents()).toEqual(
        first.cast.map((member) => member.name),
      );
      // The new line fades in (0.35 s): mid-fade, axe measures its colour at part opacity.
      await page.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
            .map((animation) => animation.finished),
        ),
      );
      expect(await axeViolations(page)).toEqual([]);

      // Read on by key and by click, past the last line.
      for (let shown = 1; shown < lines.length; shown += 1) {
        if (shown % 2) await page.keyboard.press('Enter');
        else await page.locator('.stage .next').click();
        await expect.poll(() => current.textContent()).toContain(lines[shown]?.text);
      }
      await expect
        .poll(() => page.locator('.stage .next').textContent())
        .toBe('Loading the options…');
      expect(await page.evaluate(() => typeof window.mtcOpening)).toBe('object');

      release();
      // The game: the options of the first decision, every line above them, no opening left.
      await page.locator('.decide:not([hidden]) .choice').first().waitFor();
      expect(await page.locator('.transcript .line').count()).toBe(lines.length);
      expect(await page.evaluate(() => window.mtcOpening)).toBeUndefined();
      expect(page.url()).toBe(`${baseUrl}#/play/${first.id}`);
      expect(errors).toEqual([]);
    });
  });

  it('puts everything where the game puts it, with the saved settings applied', async () => {
    if (!first) throw new Error('no scenario');
    await withPage(browser(), async ({ page, errors }) => {
      // A returning trainee: large text, scores hidden.
      await page.addInitScript(() => {
        if (localStorage.getItem('make-the-call')) return;
        localStorage.setItem(
          'make-the-call',
          JSON.stringify({
            app: 'make-the-call',
            version: 1,
            runs: [],
            settings: { textSize: 'large', showScores: false },
          }),
        );
      });
      // The room stays away, so the DOM meters and cast are the picture throughout.
      await holdRequests(page, /\/assets\/(phaser|room)-.*\.js$/);
      const releaseGame = await holdRequests(page, /\/assets\/index-.*\.js$/);
      await page.goto(`${baseUrl}#/play/${first.id}`, { waitUntil: 'commit' });
      await page.locator('.transcript .line').first().waitFor();
      expect(
        await page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale')),
      ).toBe('1.2');
      expect(await page.locator('[data-meter="customer"]').textContent()).toBe('hidden');
      const before = await layoutOf(page);
      await page.screenshot({ path: 'test-results/screenshots/opening-before-game-1920x1080.png' });

      releaseGame();
      await page.locator('.stage .decide').waitFor({ state: 'attached' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      expect(await layoutOf(page)).toEqual(before);
      // Keyboard users keep their place: Continue has the focus, as it had in the opening.
      expect(await page.evaluate(() => document.activeElement?.matches('.stage .next'))).toBe(true);
      await page.screenshot({
        path: 'test-results/screenshots/opening-game-took-over-1920x1080.png',
      });
      expect(errors).toEqual([]);
    });
  });

  it('starts the game even when the openings in the page cannot be read', async () => {
    if (!first) throw new Error('no scenario');
    await withPage(browser(), async ({ page, errors }) => {
      // The page as a broken proxy or a bad edit might leave it: the openings' JSON cut short.
      await page.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(
          `id="${OPENINGS_ID}">{`,
          `id="${OPENINGS_ID}">{"openings":[`,
        );
        await route.fulfill({ response, body: html });
      });
      await page.goto(`${baseUrl}#/play/${first.id}`);
      await page.locator('.stage .next, .stage .choice').first().waitFor();
      expect(await page.evaluate(() => window.mtcOpening)).toBeUndefined();
      expect(errors).toEqual([]);
    });
  });

  it('stays out of presenter windows and of links into a meeting, where the game draws itself', async () => {
    if (!first) throw new Error('no scenario');
    const choice = first.nodes.find((node) => node.id === first.start)?.choices[0]?.id;
    for (const url of [
      `${baseUrl}?mode=present#/play/${first.id}`,
      `${baseUrl}?view=presenter#/play/${first.id}`,
      `${baseUrl}#/play/${first.id}/${choice}`,
      `${baseUrl}#/history`,
    ]) {
      await withPage(browser(), async ({ page, errors, requests }) => {
        const release = await holdRequests(page, GAME_CODE);
        await page.goto(url, { waitUntil: 'commit' });
        // Parsed (the inline script has run), while the game's module still waits.
        await page.waitForFunction(() => document.readyState !== 'loading');
        expect(await page.locator('#app > *').count(), url).toBe(0);
        // These screens need meetings: their chunks are asked for before the game runs, a
        // play link's own meeting only, the history every meeting.
        const chunks = requests.filter((r) => /\/scenario-[\w-]+\.js$/.test(r));
        if (url.includes('#/play/')) {
          expect(chunks, url).toHaveLength(1);
          expect(chunks[0], url).toContain(`/scenario-${first.id}-`);
        } else expect(chunks, url).toHaveLength(scenarios.length);
        release();
        await page.locator('.outlet[data-screen]').waitFor();
        expect(errors, url).toEqual([]);
      });
    }
  });
});
