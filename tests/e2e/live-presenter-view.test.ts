/**
 * The live room seen from the facilitator's own screen and carried across a
 * reload, against a real server process serving the build:
 * - the presenter view (second window) opens the room on the projector, shows
 *   its code, address and joined count, "N of M have voted" and the tally once
 *   shown on the projector, and closes the phones' vote through the projected
 *   window, which holds the room;
 * - the projected window, reloaded, resumes control of its room with no click
 *   and says so; a room that expired, or a server that does not answer, is
 *   said plainly and the vote falls back to the hand count, the meeting intact.
 * Screenshots in test-results/screenshots/live-view-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type ServerProcess } from '../live/support/processes.ts';
import { openPage, useBrowser, type WatchedPage } from './support/browser.ts';
import { clickBar, stageOf } from './support/presenter.ts';

const SHOTS = 'test-results/screenshots';
const browser = useBrowser();
const folders: string[] = [];
const servers: ServerProcess[] = [];

async function server(env: Record<string, string> = {}): Promise<ServerProcess> {
  const folder = mkdtempSync(join(tmpdir(), 'mtc-live-view-'));
  folders.push(folder);
  const started = await startServer({ DATA_DIR: folder, DIST_DIR: inject('distDir'), ...env });
  servers.push(started);
  return started;
}

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
afterAll(async () => {
  for (const started of servers) await started.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function watch(page: Page, errors: string[], who: string): void {
  page.on('console', (m) => (m.type() === 'error' ? errors.push(`${who}: ${m.text()}`) : 0));
  page.on('pageerror', (error) => errors.push(`${who} page: ${error.message}`));
}

async function phoneIn(b: Browser, url: string, errors: string[]): Promise<BrowserContext> {
  const context = await b.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await context.newPage();
  watch(phone, errors, 'phone');
  await phone.goto(url);
  await phone.getByRole('button', { name: 'Join' }).tap();
  await phone.getByRole('heading', { name: 'You are in' }).waitFor();
  return context;
}

/** Taps option `index` (shown order) on the phone and waits until the server counted it. */
async function vote(phone: Page, index: number): Promise<void> {
  await phone.locator('button.option').nth(index).tap();
  await phone.getByText(/— counted/).waitFor();
}

/** Presses `key` in `page` until the presenter stage is `stage`. */
async function until(page: Page, key: string, stage: string): Promise<void> {
  for (let presses = 0; presses < 40 && (await stageOf(page)) !== stage; presses += 1)
    await page.keyboard.press(key);
  expect(await stageOf(page)).toBe(stage);
}

/** Clicks "Open presenter view" in the projected window and returns the second window. */
async function openPresenterView(projected: Page): Promise<Page> {
  await projected
    .locator('html[data-presenter="on"] .presenter-bar')
    .waitFor({ state: 'attached' });
  // The bar shows while the pointer moves: a slow machine may hide it again before the click.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await projected.mouse.move(200 + attempt, 20);
    const opened = projected
      .context()
      .waitForEvent('page', { timeout: 10_000 })
      .catch(() => undefined);
    await projected
      .getByRole('button', { name: 'Open presenter view' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    const notes = await opened;
    if (notes) {
      await notes.setViewportSize({ width: 1920, height: 1080 });
      return notes;
    }
  }
  throw new Error('the presenter view did not open');
}

const savedSteps = (page: Page) =>
  page.evaluate(
    () =>
      JSON.parse(localStorage.getItem('make-the-call') ?? '{"runs":[]}').runs.at(-1)?.record
        .steps ?? [],
  );

describe('the live room on the facilitator’s screen', () => {
  it(
    'shows the projected window’s room in the presenter view and closes its vote there',
    { timeout: 240_000 },
    async () => {
      const live = await server();
      const projector = await openPage(browser(), { width: 1024, height: 768 });
      const errors = projector.errors;
      const phones: BrowserContext[] = [];
      try {
        const page = projector.page;
        await page.goto(`${live.url}/?mode=present#/play/fintech-sync`);
        await page.locator('.line[data-current]').waitFor();
        const notes = await openPresenterView(page);
        watch(notes, errors, 'presenter view');
        await notes.locator('.presenter-notes').waitFor();

        // The facilitator opens the room from their own screen; it opens on the projector.
        await clickBar(notes, 'Open live room');
        const code = (await page.locator('.live-room-code').getAttribute('data-code')) ?? '';
        expect(code).toMatch(/^[A-Z0-9]{6}$/);
        const mirror = notes.locator('.live-room-mirror');
        await mirror.waitFor();
        expect(await notes.locator('.live-mirror-code').getAttribute('data-code')).toBe(code);
        expect(await mirror.textContent()).toContain(`127.0.0.1:${live.port}/join/${code}`);
        expect(await mirror.textContent()).toContain('0 people have joined');
        // One controller: the presenter view has no socket of its own, and no QR code.
        expect(await notes.locator('svg.live-qr').count()).toBe(0);
        await notes.getByRole('button', { name: `Live room ${code} (L)` }).waitFor();

        for (let i = 0; i < 3; i += 1)
          phones.push(await phoneIn(browser(), `${live.url}/join/${code}`, errors));
        await mirror.getByText('3 people have joined').waitFor();

        // The presenter view drives to the vote; the projected window opens it on the phones.
        await until(notes, 'PageDown', 'vote');
        await expect.poll(() => stageOf(page)).toBe('vote');
        const [asha, ravi, meera] = phones.map((c) => c.pages()[0]!) as [Page, Page, Page];
        for (const phone of [asha, ravi, meera])
          await phone.locator('button.option').first().waitFor();
        await vote(asha, 1);
        await vote(ravi, 1);
        await notes.getByText('2 of 3 have voted').waitFor();
        await page.getByText('2 of 3 have voted').waitFor();
        // Bars hidden on both screens until V, which the presenter view sends to the projector.
        expect(await notes.locator('.vote-hands').first().textContent()).toBe('');
        await notes.screenshot({ path: `${SHOTS}/live-view-voting-1920x1080.png` });
        await notes.keyboard.press('v');
        await page.locator('.vote-hands', { hasText: '2 votes' }).waitFor();
        await notes.locator('.vote-hands', { hasText: '2 votes' }).waitFor();
        await vote(meera, 0);
        await notes.getByText('3 of 3 have voted').waitFor();
        await notes.locator('.vote-hands', { hasText: '1 vote' }).waitFor();
        await notes.screenshot({ path: `${SHOTS}/live-view-tally-1920x1080.png` });
        await notes.setViewportSize({ width: 1024, height: 768 });
        await notes.screenshot({ path: `${SHOTS}/live-view-tally-1024x768.png` });
        await page.screenshot({ path: `${SHOTS}/live-view-projector-1024x768.png` });

        // Enter in the presenter view takes the majority: closed on the server, so the phones follow.
        await notes.keyboard.press('Enter');
        await page.locator('.vote-result').waitFor();
        await notes.locator('.vote-result').waitFor();
        for (const phone of [asha, ravi, meera]) await phone.locator('.chosen').waitFor();
        const steps = await savedSteps(page);
        expect(steps).toHaveLength(1);
        expect(steps[0]).toMatchObject({ voters: 3 });
        expect(Object.values(steps[0].votes).sort()).toEqual([0, 1, 2]);
        expect(steps[0].override).toBeUndefined();
        expect(errors).toEqual([]);
      } finally {
        for (const phone of phones) await phone.close();
        await projector.context.close();
      }
    },
  );
});

describe('the projected window after a reload', () => {
  it('resumes control of its room on its own, votes kept', { timeout: 180_000 }, async () => {
    const live = await server();
    const projector = await openPage(browser(), { width: 1920, height: 1080 });
    const errors = projector.errors;
    const phones: BrowserContext[] = [];
    try {
      const page = projector.page;
      await page.goto(`${live.url}/?mode=present#/play/fintech-sync`);
      await page.locator('.line[data-current]').waitFor();
      await clickBar(page, 'Open live room');
      const code = (await page.locator('.live-room-code').getAttribute('data-code')) ?? '';
      for (let i = 0; i < 2; i += 1)
        phones.push(await phoneIn(browser(), `${live.url}/join/${code}`, errors));
      await until(page, 'PageDown', 'vote');
      const [asha, ravi] = phones.map((c) => c.pages()[0]!) as [Page, Page];
      await asha.locator('button.option').first().waitFor();
      await vote(asha, 0);
      await page.getByText('1 of 2 have voted').waitFor();

      // The tab reloads: no click, the room is back, and so is the vote already cast.
      await page.reload();
      await page.getByText(`Live room ${code} resumed`).waitFor();
      await page.getByRole('button', { name: `Live room ${code} (L)` }).waitFor();
      await page.screenshot({ path: `${SHOTS}/live-view-resumed-1920x1080.png` });
      await until(page, 'PageDown', 'vote');
      await page.getByText('1 of 2 have voted').waitFor();
      await vote(ravi, 0);
      await page.getByText('2 of 2 have voted').waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.vote-result').waitFor();
      const steps = await savedSteps(page);
      expect(steps[0]).toMatchObject({ voters: 2 });
      expect(errors).toEqual([]);
    } finally {
      for (const phone of phones) await phone.close();
      await projector.context.close();
    }
  });

  it('says a room expired and counts hands, the meeting where it was', async () => {
    const live = await server({ ROOM_TTL: '3s' });
    const watched: WatchedPage = await openPage(browser(), { width: 1024, height: 768 });
    try {
      const page = watched.page;
      await page.goto(`${live.url}/?mode=present#/play/fintech-sync`);
      await page.locator('.line[data-current]').waitFor();
      // The first decision by hands, then a live room that expires before the tab comes back.
      await until(page, 'PageDown', 'vote');
      await page.keyboard.press('1');
      await page.keyboard.press('+');
      await page.keyboard.press('Enter');
      await page.locator('.vote-result').waitFor();
      await clickBar(page, 'Open live room');
      const code = (await page.locator('.live-room-code').getAttribute('data-code')) ?? '';
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      await page.waitForTimeout(3500);

      await page.reload();
      await page.getByText(`Live room ${code} has expired or was deleted.`).first().waitFor();
      expect(await page.getByText(/counted by hand/).count()).toBeGreaterThan(0);
      await page.screenshot({ path: `${SHOTS}/live-view-expired-1024x768.png` });
      // The run is intact and the next vote is a hand count.
      expect(await savedSteps(page)).toHaveLength(1);
      await until(page, 'PageDown', 'vote');
      expect(await page.locator('.vote').getAttribute('data-live')).toBe('false');
      await page.keyboard.press('1');
      await page.keyboard.press('+');
      expect(await page.getByText('1 hand in all').count()).toBe(1);
      // The key of the expired room is forgotten: the next Open live room makes a new one.
      await clickBar(page, 'Open live room');
      const fresh = await page.locator('.live-room-code').getAttribute('data-code');
      expect(fresh).toMatch(/^[A-Z0-9]{6}$/);
      expect(fresh).not.toBe(code);
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });

  it(
    'says the server does not answer and counts hands, when the page comes from the offline copy',
    {
      timeout: 180_000,
    },
    async () => {
      const live = await server();
      // The offline worker serves the page once the server is gone (stopped, the network still up).
      const context = await browser().newContext({
        viewport: { width: 1024, height: 768 },
        serviceWorkers: 'allow',
      });
      const errors: string[] = [];
      try {
        const page = await context.newPage();
        watch(page, errors, 'projector');
        await page.goto(`${live.url}/?mode=present#/play/fintech-sync`);
        await page.locator('.line[data-current]').waitFor();
        await page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          const worker = registration.active;
          if (!worker || worker.state === 'activated') return;
          await new Promise((done) => worker.addEventListener('statechange', done));
        });
        await clickBar(page, 'Open live room');
        const code = (await page.locator('.live-room-code').getAttribute('data-code')) ?? '';
        expect(code).toMatch(/^[A-Z0-9]{6}$/);
        await until(page, 'PageDown', 'vote');
        await page.keyboard.press('1');
        await page.keyboard.press('o');
        await page.locator('.vote-result').waitFor();

        await live.stop();
        await context.setOffline(true);
        await page.reload();
        await page
          .getByText(
            `Live room ${code} could not be resumed: the live-room server does not answer.`,
          )
          .first()
          .waitFor();
        await page.screenshot({ path: `${SHOTS}/live-view-unreachable-1024x768.png` });
        expect(await savedSteps(page)).toHaveLength(1);
        await until(page, 'PageDown', 'vote');
        expect(await page.locator('.vote').getAttribute('data-live')).toBe('false');
        // The room's key is kept: the server may come back, and Open live room tries again.
        expect(await page.evaluate(() => localStorage.getItem('make-the-call.live.current'))).toBe(
          code,
        );
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
