/**
 * Debian's Chromium driven by playwright-core, with the flags from
 * TOOLING.md. Every page records console errors and page errors so a test
 * can assert there were none.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * One browser for the test file: launched before its first test, closed after
 * its last. Call at the top level of the file; the accessor it returns gives
 * the browser inside tests and hooks.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('no browser: useBrowser() launches it in beforeAll');
    return browser;
  };
}

export interface Viewport {
  width: number;
  height: number;
}

/**
 * The screens a facilitator plugs into, issue 15: the classic 4:3 projectors,
 * then 16:9 from a small laptop to a 4K projector.
 */
export const SCREEN_SIZES: readonly Viewport[] = [
  { width: 800, height: 600 },
  { width: 1024, height: 768 },
  { width: 1152, height: 864 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
  { width: 3840, height: 2160 },
];

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Every request URL, in the order the page made them. */
  requests: string[];
  /** The failed loads `tolerateFailedLoads` set aside, each with its URL. */
  tolerated: string[];
  /**
   * While a test keeps a server down (or the page offline) on purpose, Chromium
   * logs each attempt to reach it as a console error of its own ("Failed to
   * load resource: net::ERR_CONNECTION_REFUSED", or ERR_INTERNET_DISCONNECTED,
   * and "WebSocket connection to 'ws://…' failed: …" for the live room's link):
   * the browser's network log, not the page's code. Until the returned function
   * is called, exactly those lines, for URLs starting with `prefix`, go to
   * `tolerated` instead of `errors`; anything else is still an error.
   */
  tolerateFailedLoads(prefix: string): () => void;
}

/** Chromium's log line for a request that found no server, or no network. */
const FAILED_LOAD =
  /^Failed to load resource: net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)$/;
/** Its line for a WebSocket that found no server, or no network; the address is in the text. */
const FAILED_SOCKET =
  /^WebSocket connection to '(wss?:\/\/[^']+)' failed: Error in connection establishment: net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)$/;

/** The address a failed-load line is about (a socket's as http), or undefined for any other line. */
function failedAddress(text: string, url: string): string | undefined {
  if (FAILED_LOAD.test(text)) return url;
  return FAILED_SOCKET.exec(text)?.[1]?.replace(/^ws/, 'http');
}

/** A new page of `context` whose console errors, page errors and requests are recorded. */
export async function watchPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const tolerated: string[] = [];
  const prefixes = new Set<string>();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    const address = failedAddress(message.text(), url);
    const expected = address !== undefined && [...prefixes].some((p) => address.startsWith(p));
    if (expected) tolerated.push(`${message.text()} (${url})`);
    else errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return {
    page,
    context,
    errors,
    requests,
    tolerated,
    tolerateFailedLoads(prefix) {
      prefixes.add(prefix);
      return () => prefixes.delete(prefix);
    },
  };
}

export async function openPage(
  browser: Browser,
  viewport: Viewport = { width: 1920, height: 1080 },
): Promise<WatchedPage> {
  // The offline worker would answer requests before page.route() sees them
  // (holdRequests); offline.test.ts opens its own context with it allowed.
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  return watchPage(context);
}

/** A phone's viewport, for the live room's participant page. */
export const PHONE: Viewport = { width: 390, height: 844 };

/** A phone in a context of its own: 390×844, touch, a mobile viewport; recorded as openPage's. */
export async function openPhone(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  return watchPage(context);
}

type PageBody<T> = (watched: WatchedPage) => Promise<T>;

/**
 * Opens a watched page in a context of its own (1920×1080 unless a viewport
 * is given), runs `body` with it, and closes the context however `body` ends.
 * The errors are the test's to check: `expect(errors).toEqual([])`.
 */
export function withPage<T>(browser: Browser, body: PageBody<T>): Promise<T>;
export function withPage<T>(browser: Browser, viewport: Viewport, body: PageBody<T>): Promise<T>;
export async function withPage<T>(
  browser: Browser,
  viewportOrBody: Viewport | PageBody<T>,
  maybeBody?: PageBody<T>,
): Promise<T> {
  const [viewport, body] =
    typeof viewportOrBody === 'function'
      ? [undefined, viewportOrBody]
      : [viewportOrBody, maybeBody as PageBody<T>];
  const watched = await openPage(browser, viewport);
  try {
    return await body(watched);
  } finally {
    await watched.context.close();
  }
}

/**
 * Holds every request of `page` whose URL matches `pattern` until the
 * returned `release()` is called: a slow connection on demand (a held chunk,
 * the game's code not there yet).
 */
export async function holdRequests(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((done) => (release = done));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue().catch(() => undefined);
  });
  return release;
}
