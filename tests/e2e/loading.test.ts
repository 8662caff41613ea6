/**
 * The first decision is readable and clickable before the Phaser chunk is
 * even requested, and the room is drawn behind it afterwards.
 */
import { expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { loadScenarios } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const first = loadScenarios()[0];
const browser = useBrowser();

it('shows the first decision before Phaser is requested, then draws the room', async () => {
  if (!first) throw new Error('no scenario to open');
  await withPage(browser(), async ({ page, errors, requests }) => {
    await page.goto(`${baseUrl}#/play/${first.id}`);
    await page.locator('.stage .next, .stage .choice').first().waitFor();
    await page.locator('.stage[data-room="ready"] canvas').waitFor({ timeout: 60_000 });
    const timing = await page.evaluate(() => {
      const mark = performance.getEntriesByName('mtc:first-decision')[0];
      const phaser = performance
        .getEntriesByType('resource')
        .find((entry) => /\/phaser-[^/]*\.js$/.test(entry.name));
      return { decision: mark?.startTime, phaserRequested: phaser?.startTime };
    });
    expect(timing.decision).toBeTypeOf('number');
    expect(timing.phaserRequested).toBeTypeOf('number');
    expect(timing.decision).toBeLessThan(timing.phaserRequested ?? 0);
    const phaserIndex = requests.findIndex((url) => /\/phaser-[^/]*\.js$/.test(url));
    const entryIndex = requests.findIndex((url) => /\/index-[^/]*\.js$/.test(url));
    expect(entryIndex).toBeGreaterThanOrEqual(0);
    expect(phaserIndex).toBeGreaterThan(entryIndex);
    expect(errors).toEqual([]);
  });
});

it('keeps Phaser out of the page until it is asked for', async () => {
  const response = await fetch(baseUrl);
  const html = await response.text();
  expect(html).not.toMatch(/phaser/i);
  expect(html).not.toMatch(/howler/i);
});
