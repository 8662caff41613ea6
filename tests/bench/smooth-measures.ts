/**
 * What a trainee feels in the first seconds and after a long session, in
 * Debian's Chromium on the production build: first paint and first option
 * clickable on a deep link, the JavaScript that link loaded, long tasks
 * (PerformanceObserver `longtask`) with and without 4× CPU throttling, idle
 * CPU on a decision with and without sound, DOM nodes and listeners after ten
 * meetings (CDP Performance.getMetrics). Measures only: the budgets are
 * printed by smooth.ts, never asserted by a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { openPage } from '../e2e/support/browser.ts';

/** Records long tasks from before the page's first script, and when the first option showed. */
const OBSERVE = `(() => {
  const w = window;
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
})()`;

export interface LongTasks {
  count: number;
  longest: number;
  /** Sum of each task's time past 50 ms: Lighthouse's Total Blocking Time, over the window. */
  blocking: number;
}

/** Long tasks from navigation to `seconds` after it, on `url`, with the CPU slowed `throttle`×. */
export async function longTasks(
  browser: Browser,
  url: string,
  throttle: number,
  seconds = 5,
): Promise<LongTasks> {
  const { page, context } = await openPage(browser, { width: 1920, height: 1080 });
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addInitScript(OBSERVE);
    await page.goto(url);
    const elapsed = await page.evaluate(() => performance.now());
    await page.waitForTimeout(Math.max(0, seconds * 1000 - elapsed));
    const tasks = (await page.evaluate(
      `window.__longTasks.filter((task) => task.start < ${seconds * 1000})`,
    )) as { start: number; duration: number }[];
    const durations = tasks.map((task) => task.duration);
    return {
      count: durations.length,
      longest: Math.max(0, ...durations),
      blocking: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  } finally {
    await context.close();
  }
}

export interface DeepLink {
  /** First contentful paint, ms after navigation. */
  paint: number;
  /** When the meeting's first screen (its first line, or a decision) could be used. */
  firstScreen: number;
  /**
   * Gzip bytes of the JS the page had asked for by then (inline scripts plus
   * loaded files): what the first screen needs.
   */
  jsFirstScreen: number;
  /** The files behind jsFirstScreen, their hashes cut off. */
  filesFirstScreen: string[];
  /**
   * When the first option of the meeting was on screen and enabled, Continue
   * clicked as soon as it was there (each frame: far faster than anyone reads,
   * so the JS asked for by then says more about the bench than about the page).
   */
  option: number;
  /** …and by 5 s after navigation (the room's chunks included). */
  jsBy5s: number;
}

/** Resolves with performance.now() once the first line's Continue or an option can be clicked. */
const TO_FIRST_SCREEN = `new Promise((done) => {
  const step = (guard) => {
    const usable = document.querySelector(
      '.stage .next:not([hidden]), .decide:not([hidden]) .choice:not([disabled])',
    );
    if (usable && usable.getBoundingClientRect().height > 0) return done(performance.now());
    if (guard > 3000) return done(NaN);
    requestAnimationFrame(() => step(guard + 1));
  };
  step(0);
})`;

/** Clicks Continue each frame until an option is shown; resolves with performance.now() then. */
const TO_FIRST_OPTION = `new Promise((done) => {
  const step = (guard) => {
    const option = document.querySelector('.decide:not([hidden]) .choice:not([disabled])');
    if (option && option.getBoundingClientRect().height > 0) return done(performance.now());
    if (guard > 3000) return done(NaN);
    document.querySelector('.stage .next:not([hidden])')?.click();
    requestAnimationFrame(() => step(guard + 1));
  };
  step(0);
})`;

const gzipOf = (text: string | Buffer) => gzipSync(text).length;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([^]*?)<\/script>/g;

/** The script files of dist/assets that `requests` loaded. */
export function scriptsOf(dist: string, requests: readonly string[]): string[] {
  return readdirSync(join(dist, 'assets')).filter(
    (name) => name.endsWith('.js') && requests.some((url) => url.endsWith(`/assets/${name}`)),
  );
}

/** Gzip bytes of the scripts `requests` loaded from dist/assets, plus index.html's inline code. */
export function jsOf(dist: string, requests: readonly string[]): number {
  const assets = join(dist, 'assets');
  const loaded = scriptsOf(dist, requests);
  const inline = [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(INLINE_SCRIPT)]
    .map((match) => match[1] ?? '')
    .join('\n');
  return (
    (inline.trim() ? gzipOf(inline) : 0) +
    loaded.reduce((sum, name) => sum + gzipOf(readFileSync(join(assets, name))), 0)
  );
}

/** First paint, first option clickable and JS bytes of one deep link. */
export async function deepLink(browser: Browser, url: string, dist: string): Promise<DeepLink> {
  const { page, context, requests } = await openPage(browser, { width: 1920, height: 1080 });
  try {
    await page.goto(url);
    const firstScreen = (await page.evaluate(TO_FIRST_SCREEN)) as number;
    const jsFirstScreen = jsOf(dist, requests);
    const filesFirstScreen = scriptsOf(dist, requests).map((name) =>
      name.replace(/-[A-Za-z0-9_-]{8}\.js$/, ''),
    );
    const option = (await page.evaluate(TO_FIRST_OPTION)) as number;
    // From a buffered observer: read straight off the timeline, the entry was at times
    // not there yet when the first option already was (the bench printed "NaN ms").
    const paint = (await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const timer = setTimeout(() => resolve(NaN), 3000);
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (!entry) return;
            clearTimeout(timer);
            observer.disconnect();
            resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    )) as number;
    const now = (await page.evaluate(() => performance.now())) as number;
    await page.waitForTimeout(Math.max(0, 5000 - now));
    const jsBy5s = jsOf(dist, requests);
    return { paint, firstScreen, jsFirstScreen, filesFirstScreen, option, jsBy5s };
  } finally {
    await context.close();
  }
}

/** DOM nodes and JS event listeners after a garbage collection (CDP Performance.getMetrics). */
export async function domCounts(page: Page): Promise<{ nodes: number; listeners: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const of = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? NaN;
  return { nodes: of('Nodes'), listeners: of('JSEventListeners') };
}
