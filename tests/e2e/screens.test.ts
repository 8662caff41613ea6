/**
 * Title, meeting and debrief at the three display sizes the game promises
 * (1024×768, 1920×1080, 3840×2160): screenshots saved as artifacts in
 * test-results/screenshots/, an axe-core scan of each screen, no errors.
 */
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { chooseByKeyboard } from './support/drive.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const SHOTS = 'test-results/screenshots';
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const play = loadScenarios().flatMap(plannedPlays)[0];
const browser = useBrowser();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Waits until the room is drawn or has given up, and says which. */
async function roomSettles(page: Page): Promise<string | null> {
  const settled = '.stage[data-room="ready"] canvas, .stage[data-room="failed"]';
  await page.locator(settled).first().waitFor({ timeout: 120_000 });
  return page.locator('.stage').getAttribute('data-room');
}

/** Nothing sticks out of the viewport sideways, and the stage fits inside it. */
async function fitsViewport(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe.each(SIZES)('at $width×$height', (size) => {
  it(
    'title, meeting and debrief render, pass axe and log no errors',
    { timeout: 240_000 },
    async () => {
      if (!play) throw new Error('no scenario to play');
      const name = (screen: string) => `${SHOTS}/${screen}-${size.width}x${size.height}.png`;
      await withPage(browser(), size, async ({ page, errors }) => {
        await page.goto(baseUrl);
        await page.locator('.card button').first().waitFor();
        await page.screenshot({ path: name('title') });
        expect(await axeViolations(page)).toEqual([]);
        expect(await fitsViewport(page)).toBe(true);

        await page.goto(`${baseUrl}#/play/${play.scenario.id}`);
        expect(await roomSettles(page)).toBe('ready');
        await page.keyboard.press('ArrowRight');
        await page.waitForTimeout(400);
        await page.screenshot({ path: name('meeting') });
        expect(await axeViolations(page)).toEqual([]);
        await chooseByKeyboard(page, play.choices.slice(0, 1));
        await page.waitForTimeout(700);
        await page.screenshot({ path: name('feedback') });
        expect(await axeViolations(page)).toEqual([]);

        // The rest of the path by deep link: it lands on the debrief by replay,
        // without playing every frame of a software-rendered 4K room.
        await page.goto(`${baseUrl}#/play/${play.scenario.id}/${play.choices.join('.')}`);
        await page.locator('.debrief-page h1').waitFor();
        await page.screenshot({ path: name('debrief') });
        await page.screenshot({ path: name('debrief-full'), fullPage: true });
        expect(await axeViolations(page)).toEqual([]);
        expect(await fitsViewport(page)).toBe(true);
        expect(errors).toEqual([]);
      });
    },
  );
});
