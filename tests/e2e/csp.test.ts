/**
 * The built page under its strict Content-Security-Policy: a meeting played
 * with the keyboard, every screen opened, every export downloaded, presenter
 * mode and the overlays (the workshop summary's own exports are played
 * through in presenter-clicker.test.ts) — and not one `securitypolicyviolation` event or
 * console error on the way.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { playByKeyboard, startMeetingByKeyboard } from './support/drive.ts';
import { storedRuns } from './support/runs.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const [best, other] = plannedPlays(loadScenarios()[0]!);

/** Records every policy violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

async function download(page: Page, selector: string): Promise<void> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }).catch(() => {
      throw new Error(`no download from ${selector}`);
    }),
    page.locator(selector).first().click(),
  ]);
  expect(await file.failure()).toBeNull();
}

describe('under the strict Content-Security-Policy', () => {
  it('the page carries the policy, with no unsafe source', async () => {
    const html = await (await fetch(baseUrl)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
  });

  it(
    'plays a meeting, opens every screen and exports with no violation',
    { timeout: 240_000 },
    async () => {
      if (!best || !other) throw new Error('the first meeting needs two planned paths');
      const id = best.scenario.id;
      await withPage(browser(), async ({ page, errors }) => {
        const violations = await watchViolations(page);
        await page.goto(baseUrl);
        await startMeetingByKeyboard(page, id);
        await page.locator('.stage[data-room="ready"] canvas').waitFor({ timeout: 120_000 });
        await playByKeyboard(page, best.choices);

        await page.goto(`${baseUrl}#/play/${id}/${other.choices.join('.')}`);
        await page.locator('.debrief-page h1').waitFor();
        const runs = (await storedRuns(page)).filter((run) => run.finished);
        expect(runs.length).toBeGreaterThanOrEqual(2);

        await page.goto(`${baseUrl}#/history`);
        await page.locator('[data-action="export-json"]').waitFor();
        await download(page, '[data-action="export-json"]');
        await download(page, '[data-action="export-csv"]');
        await download(page, '[data-action="json"]');
        await download(page, '.history-page [data-action="markdown"]');

        await page.goto(`${baseUrl}#/compare/${runs[0]!.id}.${runs[1]!.id}`);
        await page.locator('.compare-page').waitFor();
        await download(page, '[data-action="markdown"]');

        await page.goto(`${baseUrl}#/map/${id}`);
        await page.locator('[data-action="fit"]').waitFor();

        await page.goto(`${baseUrl}#/select`);
        await page.keyboard.press('?');
        await page.keyboard.press('Escape');
        await page.keyboard.press('p');
        await page.goto(`${baseUrl}#/play/${id}`);
        await page.locator('.stage[data-room="ready"] canvas').waitFor({ timeout: 120_000 });
        await page.goto(`${baseUrl}#/workshop`);
        await page.locator('.page').first().waitFor();

        expect(await violations()).toEqual([]);
        expect(errors).toEqual([]);
      });
    },
  );
});
