/**
 * The browser measurements behind `npm run bench -- --browser`, each on the
 * production build in Debian's Chromium. Numbers on CI's two software-
 * rendered cores are only comparable with each other (TOOLING.md).
 */
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { Scenario } from '../../src/content/types.ts';
import { speakerOf } from '../../src/engine/core/view-model.ts';
import { openPage } from '../e2e/support/browser.ts';
import { bundleSizes } from './bundle-sizes.ts';

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Gzipped JS the title screen runs: the files it loads, and the scripts inline in index.html. */
export async function jsBytes(browser: Browser, url: string, dist: string) {
  const { page, context, requests } = await openPage(browser);
  await page.goto(url);
  await page.locator('.card button').first().waitFor();
  await page.waitForTimeout(500);
  await context.close();
  const assets = join(dist, 'assets');
  const all = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const loaded = all.filter((name) =>
    requests.some((request) => request.endsWith(`/assets/${name}`)),
  );
  const sum = (names: string[]) =>
    names.reduce((total, name) => total + gzipBytes(join(assets, name)), 0);
  const inline = [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(INLINE_SCRIPT)]
    .map((match) => match[1] ?? '')
    .join('\n');
  const inlineBytes = inline.trim() ? gzipSync(inline).length : 0;
  return {
    firstScreen: sum(loaded) + inlineBytes,
    // What the game page can load (its import graph and service worker), not every file in assets/.
    total: bundleSizes(dist).total,
    firstScreenFiles: inlineBytes > 0 ? ['inline scripts', ...loaded] : loaded,
  };
}

/** Script elements with code in them (not JSON data, not `src=` files). */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([^]*?)<\/script>/g;

/** A static page with the first lines of `scenario` and a button, marking itself like the game does. */
export function writePlainPage(dist: string, scenario: Scenario): string {
  const node = scenario.nodes.find((candidate) => candidate.id === scenario.start);
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const lines = (node?.lines ?? []).slice(0, 2).map((line) => {
    const who = speakerOf(scenario, line.speaker);
    return `<li><b>${escape(who.name)}, ${escape(who.role)}</b><br>${escape(line.text)}</li>`;
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(scenario.title)}</title>
<link rel="icon" href="data:,"></head><body><h1>${escape(scenario.title)}</h1><ol>${lines.join('')}</ol>
<button type="button">Continue</button><script>performance.mark('mtc:first-decision')</script></body></html>`;
  writeFileSync(join(dist, 'bench-plain.html'), html);
  return 'bench-plain.html';
}

/** Ms from navigation to the first decision in the DOM with Continue working (the mark), and to the first contentful paint. */
async function markTime(browser: Browser, url: string): Promise<{ mark: number; paint: number }> {
  const { page, context } = await openPage(browser);
  await page.goto(url);
  const times = await page.evaluate(async () => {
    for (let tries = 0; tries < 200; tries += 1) {
      const mark = performance.getEntriesByName('mtc:first-decision')[0];
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (mark && paint) return { mark: mark.startTime, paint: paint.startTime };
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return { mark: NaN, paint: NaN };
  });
  await context.close();
  return times;
}

/** Median ms from navigation to the first decision (mark) and to first paint, game vs plain page, alternating runs. */
export async function firstDecision(
  browser: Browser,
  gameUrl: string,
  plainUrl: string,
  runs = 11,
) {
  const game: { mark: number; paint: number }[] = [];
  const plain: { mark: number; paint: number }[] = [];
  await markTime(browser, gameUrl); // warm the server and the disk cache once
  for (let i = 0; i < runs; i += 1) {
    game.push(await markTime(browser, gameUrl));
    plain.push(await markTime(browser, plainUrl));
  }
  const of = (list: typeof game, key: 'mark' | 'paint') => median(list.map((entry) => entry[key]));
  return {
    game: of(game, 'mark'),
    plain: of(plain, 'mark'),
    gamePaint: of(game, 'paint'),
    plainPaint: of(plain, 'paint'),
  };
}

/** True when `pid` runs Chromium (the browser, its renderers, GPU and utility processes). */
function isChromium(pid: number): boolean {
  try {
    return /\/chromium$/.test(readlinkSync(`/proc/${pid}/exe`));
  } catch {
    return false;
  }
}

/**
 * CPU seconds used by the Chromium processes under `rootPid` (Linux /proc):
 * not the bench's own helpers (tsx's esbuild, the crash handler).
 */
export function treeCpuSeconds(rootPid: number): number {
  const ticks = 100; // USER_HZ on Linux
  const parents = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      cpu.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 50; hops += 1) {
      if (at === rootPid) return true;
      at = parents.get(at) ?? 0;
    }
    return false;
  };
  let total = 0;
  for (const [pid, seconds] of cpu)
    if (pid !== rootPid && inTree(pid) && isChromium(pid)) total += seconds;
  return total;
}

/**
 * `idleCpu` over `windows` windows in a row, each printed by the caller, and
 * their median: on shared cores one window can catch another process's burst.
 */
export async function idleCpuWindows(page: Page, windows = 3, seconds = 10) {
  const samples: { tree: number; mainThread: number }[] = [];
  for (let window = 0; window < windows; window += 1) samples.push(await idleCpu(page, seconds));
  return {
    samples,
    tree: median(samples.map((sample) => sample.tree)),
    mainThread: median(samples.map((sample) => sample.mainThread)),
  };
}

/** CPU share of one core over `seconds` while `page` sits idle: all browser processes, and the page's main thread. */
export async function idleCpu(page: Page, seconds = 10) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const task = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
  const taskBefore = await task();
  const treeBefore = treeCpuSeconds(process.pid);
  await page.waitForTimeout(seconds * 1000);
  const tree = (treeCpuSeconds(process.pid) - treeBefore) / seconds;
  const mainThread = ((await task()) - taskBefore) / seconds;
  await session.detach();
  return { tree, mainThread };
}

/**
 * What the same browser costs with no game in it, for the idle figures to be
 * read against: the plain page (writePlainPage) idling, then the same page
 * playing the game's room tone in a loop through Web Audio, as Howler does —
 * Chromium's audio output alone, whatever page asks for it.
 */
export async function idleBaselines(browser: Browser, plainUrl: string, toneUrl: string) {
  const { page, context } = await openPage(browser, { width: 1920, height: 1080 });
  try {
    await page.goto(plainUrl);
    // A click, so the page may start audio as the game does after the player's first one.
    await page.locator('button').click();
    await page.waitForTimeout(2000);
    const quiet = await idleCpuWindows(page);
    await page.evaluate(async (url) => {
      const ctx = new AudioContext();
      const tone = ctx.createBufferSource();
      tone.buffer = await ctx.decodeAudioData(await (await fetch(url)).arrayBuffer());
      tone.loop = true;
      const gain = ctx.createGain();
      gain.gain.value = 0.2;
      tone.connect(gain).connect(ctx.destination);
      tone.start();
    }, toneUrl);
    await page.waitForTimeout(2000);
    const sound = await idleCpuWindows(page);
    return { quiet, sound };
  } finally {
    await context.close();
  }
}

/** JS heap in use after a forced garbage collection, in bytes. */
export async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/**
 * Plays a path in the page by clicking, as fast as frames allow, then goes
 * back to the title. Kept as source text: tsx would wrap a real function in
 * helpers that do not exist inside the page.
 */
const PLAY_IN_PAGE = `async ({ scenarioId, path }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  location.hash = '#/play/' + scenarioId;
  for (let guard = 0; guard < 2000 && !document.querySelector('.debrief-page'); guard += 1) {
    await frame();
    const choices = [...document.querySelectorAll('.decide:not([hidden]) .choice')];
    const next = document.querySelector('.stage .next:not([hidden])');
    if (choices.length > 0) {
      // The URL holds the path so far, so its length says which decision this is.
      const made = (location.hash.split('/')[3] ?? '').split('.').filter(Boolean).length;
      choices.find((button) => button.dataset.choiceId === path[made])?.click();
    } else next?.click();
  }
  const ended = !!document.querySelector('.debrief-page');
  location.hash = '#/';
  await frame();
  return ended;
}`;

export async function playInPage(
  page: Page,
  scenarioId: string,
  path: readonly string[],
): Promise<void> {
  const ended = await page.evaluate(`(${PLAY_IN_PAGE})(${JSON.stringify({ scenarioId, path })})`);
  if (ended !== true) throw new Error(`${scenarioId}: the in-page play did not reach the debrief`);
}
