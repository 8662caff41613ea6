/**
 * Issue 5 in real Chromium, as a trainee would try it: play a meeting,
 * rewind three decisions, choose differently, compare the two runs, open
 * the comparison's link in a new window, download it as Markdown, see both
 * runs on the branch map, pan and zoom it, rewind from it, and compare
 * three runs. Screenshots of the map and the comparison at 1920×1080 and
 * 1024×768; axe finds nothing; the page logs no error at all.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze } from '../../src/engine/analysis/analyze.ts';
import { availableChoices } from '../../src/engine/core/lookup.ts';
import { replayChoices } from '../../src/engine/core/replay.ts';
import { openPage, useBrowser, type WatchedPage } from './support/browser.ts';
import { playByKeyboard } from './support/drive.ts';
import { axeViolations, hashOf, storedRuns } from './support/runs.ts';
import { loadScenarios } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const fintech = loadScenarios().find((s) => s.id === 'fintech-sync')!;
const best = analyze(fintech).bestCustomerPath!.choices;
const SHOTS = 'test-results/screenshots';
const browser = useBrowser();
let watched: WatchedPage;

/** A play that keeps `path` up to `step`, takes another option there, then the first option on offer. */
function divergeAt(path: string[], step: number, avoid: string[] = []): string[] {
  const before = replayChoices(fintech, path.slice(0, step));
  const node = fintech.nodes.find((n) => n.id === before.nodeId)!;
  for (const choice of node.choices.filter((c) => c.id !== path[step] && !avoid.includes(c.id))) {
    const play = [...path.slice(0, step), choice.id];
    let position = replayChoices(fintech, play);
    while (position.ok && !position.ending && position.nodeId) {
      const node = fintech.nodes.find((n) => n.id === position.nodeId)!;
      play.push(availableChoices(node, position.state)[0]!.id);
      position = replayChoices(fintech, play);
    }
    if (position.ending) return play;
  }
  throw new Error('no other option at that decision');
}

const other = divergeAt(best, best.length - 3);
const third = divergeAt(other, 2, [best[2]!]);

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${baseUrl}?renderer=canvas${hash}`);
}

async function shoot(page: Page, name: string, ready: string): Promise<void> {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await page.reload();
    await page.locator(ready).first().waitFor();
    await page.waitForTimeout(200);
    const fullPage = name !== 'map';
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}x${size.height}.png`, fullPage });
  }
  await page.setViewportSize({ width: 1920, height: 1080 });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  watched = await openPage(browser(), { width: 1920, height: 1080 });
});

// Registered after useBrowser(), so it runs before the browser is closed.
afterAll(async () => {
  await watched?.context.close();
});

describe('rewind, fork, compare and the branch map', () => {
  it('plays a meeting, rewinds three decisions, chooses differently and keeps both runs', async () => {
    const { page, errors } = watched;
    await open(page, `#/play/${fintech.id}`);
    await playByKeyboard(page, best);
    const [parent] = await storedRuns(page);
    expect(parent?.finished).toBe(true);
    for (const key of ['ArrowLeft', 'PageUp', 'ArrowLeft']) await page.keyboard.press(key);
    await expect.poll(() => page.locator('.stage').getAttribute('data-phase')).toBe('choices');
    expect(hashOf(page)).toBe(`#/play/${fintech.id}/${best.slice(0, -3).join('.')}`);
    await playByKeyboard(page, other.slice(best.length - 3));
    const runs = await storedRuns(page);
    expect(runs).toHaveLength(2);
    expect(runs.find((run) => run.id === parent?.id)).toEqual(parent);
    const fork = runs.find((run) => run.id !== parent?.id);
    expect(fork).toMatchObject({ parentId: parent?.id, forkStep: best.length - 3 });
    expect(fork?.record.steps.map((s) => s.choiceId)).toEqual(other);
    expect(errors).toEqual([]);
  });

  it('shows where the runs diverged, both options and both endings', async () => {
    const { page, errors } = watched;
    await page.locator('[data-action="compare"]').click();
    await page.locator('.compare-page').waitFor();
    const step = best.length - 2;
    const diverged = page.locator('.diverged-at');
    expect(await diverged.getAttribute('data-step')).toBe(String(step));
    expect(await diverged.textContent()).toContain(`decision ${step}`);
    const ending = (run: string) =>
      page.locator(`.compare-ending[data-run="${run}"] .compare-ending-title`).textContent();
    expect(await ending('Run A')).toBe(replayChoices(fintech, other).ending!.title);
    expect(await ending('Run B')).toBe(replayChoices(fintech, best).ending!.title);
    const option = (run: string) =>
      page.locator(`.compare-option[data-run="${run}"]`).getAttribute('data-choice-id');
    expect(await option('Run A')).toBe(other[step - 1]);
    expect(await option('Run B')).toBe(best[step - 1]);
    expect(await page.locator('.compare-chart path.line-a').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'compare', '.compare-page');
    expect(errors).toEqual([]);
  });

  it('copies the comparison link, opens it in a new window, and exports it as Markdown', async () => {
    const { page, context, errors } = watched;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-action="copy-link"]').click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe('Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const second = await context.newPage();
    await second.goto(link);
    await second.locator('.compare-page').waitFor();
    expect(await second.locator('.diverged-at').getAttribute('data-step')).toBe(
      String(best.length - 2),
    );
    await second.close();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-action="markdown"]').click(),
    ]);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain(`They diverged at decision ${best.length - 2}`);
    expect(markdown).toContain(replayChoices(fintech, best).ending!.title);
    expect(errors).toEqual([]);
  });

  it('draws both runs on the map, pans and zooms with mouse and keys, and rewinds from it', async () => {
    const { page, errors } = watched;
    await open(page, `#/map/${fintech.id}`);
    await page.locator('.map-svg .map-node').first().waitFor();
    expect(await page.locator('.map-svg .map-node').count()).toBe(fintech.nodes.length);
    expect(await page.locator('.map-svg .map-ending').count()).toBe(fintech.endings.length);
    expect(await page.locator('.run-path[data-run="A"]').count()).toBe(1);
    expect(await page.locator('.run-path[data-run="B"]').count()).toBe(1);
    const reached = await page.locator('.map-ending.reached').getAttribute('data-ending-id');
    expect(reached).toBe(replayChoices(fintech, other).ending!.id);
    expect(await page.locator('.outline-decisions > li').count()).toBe(fintech.nodes.length);
    expect(await axeViolations(page)).toEqual([]);
    const viewport = page.locator('.map-viewport');
    const world = page.locator('.map-world');
    await viewport.focus();
    const scale = await viewport.getAttribute('data-scale');
    await page.keyboard.press('+');
    expect(await viewport.getAttribute('data-scale')).not.toBe(scale);
    await page.keyboard.press('0');
    expect(await viewport.getAttribute('data-scale')).toBe(scale);
    const at = await world.getAttribute('transform');
    await page.keyboard.press('ArrowRight');
    expect(await world.getAttribute('transform')).not.toBe(at);
    const box = (await viewport.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => viewport.getAttribute('data-scale')).not.toBe(scale);
    const zoomed = await world.getAttribute('transform');
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + 60, { steps: 5 });
    await page.mouse.up();
    expect(await world.getAttribute('transform')).not.toBe(zoomed);
    await page.keyboard.press('0');
    await shoot(page, 'map', '.map-svg .map-node');
    await page.locator('.map-node[role="button"][data-node-id]').nth(2).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.stage').getAttribute('data-phase')).toBe('choices');
    expect(hashOf(page)).toBe(`#/play/${fintech.id}/${other.slice(0, 2).join('.')}`);
    expect(await storedRuns(page)).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('forks a third run from the map and compares all three as a table', async () => {
    const { page, errors } = watched;
    await playByKeyboard(page, third.slice(2));
    const runs = await storedRuns(page);
    expect(runs).toHaveLength(3);
    expect(runs[2]).toMatchObject({ parentId: runs[1]?.id, forkStep: 2 });
    await open(page, `#/history/${fintech.id}`);
    await page.locator('.run-item').first().waitFor();
    for (const box of await page.locator('[data-action="select"]').all()) await box.check();
    await page.locator('[data-action="compare-selected"]').click();
    await page.locator('.compare-many').waitFor();
    expect(await page.locator('.compare-many tbody tr').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await open(page, `#/history`);
    await page.locator('.run-item').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
