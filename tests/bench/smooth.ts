/**
 * The smoothness part of `npm run bench -- --browser` (issue 15): each figure
 * printed with its budget and marked OK or OVER. Run on CI's two software-
 * rendered cores, the figures compare with each other, not with a laptop.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Scenario } from '../../src/content/types.ts';
import { analyze } from '../../src/engine/analysis/analyze.ts';
import { launchBrowser, openPage } from '../e2e/support/browser.ts';
import { loadScenarios } from '../e2e/support/scenarios.ts';
import { buildAndServe } from '../e2e/support/server.ts';
import { SUSPEND_AFTER_MS } from '../../src/audio/director.ts';
import { idleBaselines, idleCpuWindows, playInPage, writePlainPage } from './browser-measures.ts';
import { deepLink, domCounts, longTasks } from './smooth-measures.ts';

const BUDGET = {
  longestTaskMs: 50,
  longestThrottledMs: 100,
  idleCpuShare: 0.01,
  firstScreenKb: 60,
};
const MEETINGS = 10;

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'not reported');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const mark = (ok: boolean) => (ok ? 'OK' : 'OVER');

/** Deep links: first paint, first option, JS loaded; long tasks there and on the title. */
async function firstSeconds(browser: Browser, base: string, dist: string, scenarios: Scenario[]) {
  const results: boolean[] = [];
  console.log(
    '  deep link into each meeting (1920×1080): first paint, first screen and the JS it needed (gzip), first option',
  );
  for (const scenario of scenarios) {
    const link = await deepLink(browser, `${base}#/play/${scenario.id}`, dist);
    const ok = link.jsFirstScreen <= BUDGET.firstScreenKb * 1024;
    console.log(
      `    ${scenario.id}: paint ${ms(link.paint)}, first screen ${ms(link.firstScreen)} with JS ${kb(link.jsFirstScreen)} (budget ≤ ${BUDGET.firstScreenKb} KB ${mark(ok)}), first option ${ms(link.option)}, JS by 5 s ${kb(link.jsBy5s)}`,
    );
    console.log(`      loaded for the first screen: ${link.filesFirstScreen.join(', ')}`);
    results.push(ok);
  }
  console.log('  long tasks in the first 5 s (1920×1080): count, longest, blocking time');
  const pages = [
    { name: 'title', url: base },
    ...scenarios.map((s) => ({ name: s.id, url: `${base}#/play/${s.id}` })),
  ];
  for (const { name, url } of pages) {
    for (const throttle of [1, 4]) {
      const tasks = await longTasks(browser, url, throttle);
      const budget = throttle === 1 ? BUDGET.longestTaskMs : BUDGET.longestThrottledMs;
      const ok = tasks.longest <= budget;
      console.log(
        `    ${name}${throttle > 1 ? ` (CPU ${throttle}× slower)` : ''}: ${tasks.count} long, longest ${ms(tasks.longest)}, blocking ${ms(tasks.blocking)}  budget longest ≤ ${budget} ms  ${mark(ok)}`,
      );
      results.push(ok);
    }
  }
  return results;
}

/** Reaches the first decision with real clicks (a user gesture, so sound may start). */
async function toDecision(page: Page, url: string): Promise<void> {
  await page.goto(url);
  for (
    let clicks = 0;
    !(await page.locator('.decide:not([hidden]) .choice').first().isVisible());
    clicks++
  ) {
    if (clicks > 100) throw new Error(`${url}: the options never appeared`);
    await page.locator('.stage .next').click();
  }
  await page.locator('.stage[data-room="ready"]').waitFor({ timeout: 90_000 });
  await page.waitForTimeout(3000);
}

/**
 * Idle CPU on a decision with sound on (room tone), then muted with `M`,
 * beside the same browser on a plain page: idle, and playing the same room
 * tone. While a sound plays, Chromium's audio output costs about 2 % of a
 * core whatever the page (the plain page shows it), so with sound the budget
 * is held against the page's excess over the plain page playing that tone;
 * muted, nothing is to be heard and the whole figure is held to the budget.
 */
async function idle(browser: Browser, base: string, dist: string, scenario: Scenario) {
  const tone = readdirSync(join(dist, 'assets')).find((name) => /^room-tone-.*\.wav$/.test(name));
  if (!tone) throw new Error('the build has no room tone');
  const plain = await idleBaselines(
    browser,
    `${base}${writePlainPage(dist, scenario)}`,
    `assets/${tone}`,
  );
  const windows = (cpu: { samples: { tree: number }[] }) =>
    cpu.samples.map((sample) => pct(sample.tree)).join(', ');
  console.log(
    `  the same browser on a plain page, median of three 10 s windows: idle ${pct(plain.quiet.tree)} of a core (${windows(plain.quiet)}), playing the room tone ${pct(plain.sound.tree)} (${windows(plain.sound)}; Chromium's audio output)`,
  );
  const { page, context } = await openPage(browser, { width: 1920, height: 1080 });
  try {
    await toDecision(page, `${base}#/play/${scenario.id}`);
    const withSound = await idleCpuWindows(page);
    await page.keyboard.press('m');
    // The director suspends the silent audio context SUSPEND_AFTER_MS after the mute.
    await page.waitForTimeout(SUSPEND_AFTER_MS + 1000);
    const muted = await idleCpuWindows(page);
    const excess = withSound.tree - plain.sound.tree;
    const soundOk = excess <= BUDGET.idleCpuShare;
    const mutedOk = muted.tree <= BUDGET.idleCpuShare;
    console.log(
      `  idle on a decision, with sound (median of three 10 s windows: ${windows(withSound)}): all browser processes ${pct(withSound.tree)} of a core, page main thread ${pct(withSound.mainThread)}; over the plain page playing the same tone ${pct(excess)}  budget (excess) ≤ ${pct(BUDGET.idleCpuShare)}  ${mark(soundOk)}`,
    );
    console.log(
      `  idle on a decision, muted (median of three 10 s windows: ${windows(muted)}): all browser processes ${pct(muted.tree)} of a core, page main thread ${pct(muted.mainThread)}; over the idle plain page ${pct(muted.tree - plain.quiet.tree)}  budget (all) ≤ ${pct(BUDGET.idleCpuShare)}  ${mark(mutedOk)}`,
    );
    return [soundOk, mutedOk];
  } finally {
    await context.close();
  }
}

/** DOM nodes and listeners after each meeting of ten in a row, deep-linked, played to the debrief. */
async function afterTenMeetings(browser: Browser, base: string, scenarios: Scenario[]) {
  const { page, context } = await openPage(browser, { width: 1920, height: 1080 });
  try {
    await page.goto(base);
    await page.locator('.card button').first().waitFor();
    const seen: { nodes: number; listeners: number }[] = [];
    for (let meeting = 0; meeting < MEETINGS; meeting++) {
      const scenario = scenarios[meeting % scenarios.length]!;
      await playInPage(page, scenario.id, analyze(scenario).bestCustomerPath?.choices ?? []);
      seen.push(await domCounts(page));
    }
    // The same meeting one round apart: a page that keeps nothing behind holds the same count.
    const round = scenarios.length;
    const before = seen[MEETINGS - 1 - round]!;
    const last = seen[MEETINGS - 1]!;
    const ok = last.nodes <= before.nodes && last.listeners <= before.listeners;
    console.log(
      `  after meetings 1…${MEETINGS}: DOM nodes ${seen.map((s) => s.nodes).join(', ')}; listeners ${seen.map((s) => s.listeners).join(', ')}`,
    );
    console.log(
      `  meeting ${MEETINGS} vs the same meeting a round before: nodes ${last.nodes} vs ${before.nodes}, listeners ${last.listeners} vs ${before.listeners}  budget no growth  ${mark(ok)}`,
    );
    return [ok];
  } finally {
    await context.close();
  }
}

/** Prints every smoothness figure with its budget; true when all are within. */
export async function runSmoothBench(
  browser: Browser,
  base: string,
  dist: string,
  scenarios: Scenario[],
): Promise<boolean> {
  const first = scenarios[0];
  if (!first) throw new Error('no scenarios to measure');
  const results = [
    ...(await firstSeconds(browser, base, dist, scenarios)),
    ...(await idle(browser, base, dist, first)),
    ...(await afterTenMeetings(browser, base, scenarios)),
  ];
  return results.every(Boolean);
}

/** `npm run bench -- --smooth`: builds, serves on 127.0.0.1 and measures in a browser of its own. */
export async function runSmoothPart(): Promise<boolean> {
  console.log('smoothness bench (production build, Chromium headless, software rendering)');
  const served = await buildAndServe();
  const browser = await launchBrowser();
  try {
    return await runSmoothBench(browser, served.url, served.outDir, loadScenarios());
  } finally {
    await browser.close();
    await served.close();
  }
}
