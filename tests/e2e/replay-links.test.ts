/**
 * Issue 5 in real Chromium: deep links into the middle of every meeting,
 * saved-run and comparison links, resuming after a reload, corrupt saved
 * data, and a history exported and imported into a fresh browser profile.
 * Every page must log no error at all.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { analyze } from '../../src/engine/analysis/analyze.ts';
import { replayChoices } from '../../src/engine/core/replay.ts';
import { useBrowser, withPage } from './support/browser.ts';
import { chooseByKeyboard, playByKeyboard } from './support/drive.ts';
import { hashOf, seedOf, storedRuns } from './support/runs.ts';
import { loadScenarios } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const scenarios = loadScenarios();
const fintech = scenarios.find((s) => s.id === 'fintech-sync')!;
const best = analyze(fintech).bestCustomerPath!.choices;
const browser = useBrowser();

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${baseUrl}?renderer=canvas${hash}`);
}

describe('links, reloads and saved data', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))(
    'opens a deep link into the middle of %s',
    async (_id, scenario) => {
      await withPage(browser(), { width: 1280, height: 720 }, async ({ page, errors }) => {
        const path = analyze(scenario).bestCustomerPath!.choices;
        const half = path.slice(0, Math.floor(path.length / 2));
        await open(page, `#/play/${scenario.id}/${half.join('.')}`);
        await page.locator('.decide:not([hidden]) .choice').first().waitFor();
        const node = scenario.nodes.find((n) => n.id === replayChoices(scenario, half).nodeId)!;
        const offered = await page
          .locator('.decide .choice')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-choice-id')));
        expect(node.choices.map((c) => c.id)).toEqual(expect.arrayContaining(offered));
        expect(await page.locator('.notice').count()).toBe(0);
        expect(errors).toEqual([]);
      });
    },
  );

  it('reloads mid-meeting, resumes the same run, and forks from an earlier decision', async () => {
    await withPage(browser(), { width: 1280, height: 720 }, async ({ page, errors }) => {
      await open(page, `#/play/${fintech.id}`);
      await chooseByKeyboard(page, best.slice(0, 2));
      const [run] = await storedRuns(page);
      await page.reload();
      await page.locator('.decide:not([hidden]) .choice').first().waitFor();
      await chooseByKeyboard(page, best.slice(2, 3));
      const runs = await storedRuns(page);
      expect(runs).toHaveLength(1);
      expect(runs[0]?.id).toBe(run?.id);
      expect(runs[0]?.record.steps.map((s) => s.choiceId)).toEqual(best.slice(0, 3));
      await open(page, '#/history');
      await page.locator(`[data-run-id="${run?.id}"] [data-action="open"]`).click();
      await page.locator('.decide:not([hidden]) .choice').first().waitFor();
      expect(hashOf(page)).toBe(`#/play/${fintech.id}/${best.slice(0, 3).join('.')}`);
      expect(seedOf(page)).toMatch(/^[0-9a-z]+$/);
      await page.locator('.path-picker summary').click();
      await page.locator('.path-picker [data-rewind-step="1"]').click();
      await page.locator('.decide:not([hidden]) .choice').first().waitFor();
      expect(hashOf(page)).toBe(`#/play/${fintech.id}/${best[0]}`);
      const other = fintech.nodes[1]!.choices.find((c) => c.id !== best[1])!.id;
      await chooseByKeyboard(page, [other]);
      const after = await storedRuns(page);
      expect(after[0]).toEqual(runs[0]);
      expect(after[1]).toMatchObject({ parentId: run?.id, forkStep: 1 });
      expect(errors).toEqual([]);
    });
  });

  it('starts clean and says so when the saved data is corrupt', async () => {
    await withPage(browser(), { width: 1280, height: 720 }, async ({ page, errors }) => {
      await open(page, '#/');
      await page.evaluate(() =>
        localStorage.setItem('make-the-call', '{"app":"make-the-call","runs":[{"id":'),
      );
      await page.reload();
      await page.locator('.card button').first().waitFor();
      expect(await page.locator('.notice').first().textContent()).toContain('could not be used');
      expect(await page.evaluate(() => localStorage.getItem('make-the-call.kept-aside'))).toContain(
        '"runs":[{"id":',
      );
      await open(page, '#/history');
      await page.locator('.history-empty').waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('exports a history and imports it into a fresh browser profile', async () => {
    const size = { width: 1280, height: 720 };
    await withPage(browser(), size, (first) =>
      withPage(browser(), size, async (fresh) => {
        await open(first.page, `#/play/${fintech.id}`);
        await playByKeyboard(first.page, best);
        await open(first.page, `#/play/${fintech.id}`);
        await chooseByKeyboard(first.page, best.slice(0, 2));
        const runs = await storedRuns(first.page);
        await open(first.page, '#/history');
        const [download] = await Promise.all([
          first.page.waitForEvent('download'),
          first.page.locator('[data-action="export-json"]').click(),
        ]);
        const file = await download.path();
        await open(fresh.page, '#/history');
        await fresh.page.locator('.history-empty').waitFor();
        await fresh.page.locator('[data-action="import"]').setInputFiles(file);
        await expect
          .poll(() => fresh.page.locator('.import-report').textContent())
          .toContain('Imported 2 runs');
        expect(await storedRuns(fresh.page)).toEqual(runs);
        const listed = await fresh.page
          .locator('.run-item')
          .evaluateAll((items) => items.map((i) => i.getAttribute('data-run-id')));
        expect(listed.sort()).toEqual(runs.map((run) => run.id).sort());
        await fresh.page.locator('[data-action="import"]').setInputFiles({
          name: 'broken.json',
          mimeType: 'application/json',
          buffer: Buffer.from(readFileSync(file, 'utf8').slice(0, 100)),
        });
        await expect
          .poll(() => fresh.page.locator('.import-report').textContent())
          .toContain('not imported');
        expect(await storedRuns(fresh.page)).toEqual(runs);
        expect([...first.errors, ...fresh.errors]).toEqual([]);
      }),
    );
  });

  it('opens a saved run from its link and sends unknown runs to the history with a message', async () => {
    await withPage(browser(), { width: 1280, height: 720 }, async ({ page, errors }) => {
      await open(page, `#/play/${fintech.id}`);
      await playByKeyboard(page, best);
      const [run] = await storedRuns(page);
      await open(page, '#/');
      await page.locator('[data-action="history"]').click();
      await page.locator(`[data-run-id="${run?.id}"]`).waitFor();
      await open(page, `#/debrief/${run?.id}`);
      await page.locator('.debrief-page .ending-title').waitFor();
      expect(await page.locator('.ending-title').textContent()).toBe(
        replayChoices(fintech, best).ending!.title,
      );
      expect(hashOf(page)).toBe(`#/play/${fintech.id}/${best.join('.')}`);
      expect(await page.locator('.standing-better').textContent()).toContain('end on a better');
      await open(page, `#/compare/${run?.id}.run-nobody-has`);
      await page.locator('.history-page').waitFor();
      expect(await page.locator('.notice').last().textContent()).toContain('comparison');
      expect(errors).toEqual([]);
    });
  });
});
