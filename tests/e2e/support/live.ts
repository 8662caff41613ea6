/**
 * The live room in the browser, as people use it: a live-room server process
 * serving this run's build with its SQLite file in a folder of its own;
 * presenter mode opening a room, its code and join address read off the
 * projector; phones joining by that address and voting by touch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { startServer, type ServerProcess } from '../../live/support/processes.ts';
import { stageOf } from './presenter.ts';

export interface LiveServer {
  readonly url: string;
  readonly port: number;
  /** Kills the process with SIGKILL, as a crash or a pulled plug would. */
  kill(): Promise<void>;
  /** Starts it again on the same port with the same data file. */
  restart(): Promise<void>;
}

/**
 * One live-room server for the test file, started before its first test and
 * stopped (its data folder removed) after its last. `entry: 'start'` runs it
 * the way `npm start` does.
 */
export function useLiveServer(options: { entry?: 'main' | 'start' } = {}): LiveServer {
  let folder = '';
  let server: ServerProcess | undefined;
  const env = () => ({ DATA_DIR: folder, DIST_DIR: inject('distDir') });
  const running = () => {
    if (!server) throw new Error('no live-room server: useLiveServer() starts it in beforeAll');
    return server;
  };
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'mtc-live-e2e-'));
    server = await startServer(env(), options);
  });
  afterAll(async () => {
    await server?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return {
    get url() {
      return running().url;
    },
    get port() {
      return running().port;
    },
    kill: () => running().stop('SIGKILL'),
    async restart() {
      const { port } = running();
      server = await startServer({ ...env(), PORT: String(port) }, options);
    },
  };
}

/**
 * Opens presenter mode on `url` at the first line of `scenario`, opens a live
 * room, and reads what the projector shows: the code (spaced in two groups on
 * screen) and the join address.
 */
export async function openLiveRoom(
  page: Page,
  url: string,
  scenario = 'fintech-sync',
): Promise<{ code: string; address: string }> {
  await page.goto(`${url}/?mode=present#/play/${scenario}`);
  await page.locator('.line[data-current]').waitFor();
  await clickInBar(page, 'Open live room');
  const shown = page.locator('.live-room-code');
  await shown.waitFor();
  const code = ((await shown.textContent()) ?? '').replace(/\s/g, '');
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  const address = (await page.locator('.live-room-address').textContent()) ?? '';
  return { code, address };
}

/**
 * Clicks the presenter bar's button `name`, moving the mouse first as a person
 * does: the bar hides after 3 s without pointer movement, which a loaded
 * machine can take between a move and the click. Bounded: 6 tries.
 */
async function clickInBar(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name });
  for (let attempt = 1; ; attempt += 1) {
    await page.mouse.move(200 + attempt, 20);
    try {
      return await target.click({ timeout: 5000 });
    } catch (error) {
      if (attempt === 6) {
        const state = await page.evaluate(() => ({
          pointer: document.documentElement.dataset.pointer,
          buttons: [...document.querySelectorAll<HTMLButtonElement>('.presenter-bar button')].map(
            (b) => `${b.textContent ?? ''}${b.disabled ? ' (disabled)' : ''}`,
          ),
          status: document.querySelector('.live-status')?.textContent,
        }));
        throw new Error(
          `could not click "${name}" in the presenter bar: ${JSON.stringify(state)}`,
          {
            cause: error,
          },
        );
      }
    }
  }
}

/** A phone opens `link` (the address on the projector, or the QR code's), and joins. */
export async function joinByLink(phone: Page, link: string, nickname = ''): Promise<void> {
  await phone.goto(link);
  if (nickname) await phone.getByLabel(/Nickname/).fill(nickname);
  await phone.getByRole('button', { name: 'Join' }).tap();
  await phone.getByRole('heading', { name: 'You are in' }).waitFor();
}

/**
 * The names of the Socket.IO events `page` sends, in order, over either
 * transport (polling POSTs or WebSocket frames): what a phone asked of the
 * server, e.g. whether it had to send a vote again.
 */
export function recordSentEvents(page: Page): string[] {
  const sent: string[] = [];
  const read = (payload: string) => {
    for (const match of payload.matchAll(/42\d*\["([\w:]+)"/g)) if (match[1]) sent.push(match[1]);
  };
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/socket.io/'))
      read(request.postData() ?? '');
  });
  page.on('websocket', (socket) =>
    socket.on('framesent', ({ payload }) => typeof payload === 'string' && read(payload)),
  );
  return sent;
}

/** Taps option `index` (0-based, shown order) and waits until the server counted it. */
export async function vote(phone: Page, index: number): Promise<void> {
  const option = phone.locator('button.option').nth(index);
  await option.tap();
  const id = await option.getAttribute('data-option');
  await phone.locator(`button.option[data-option="${id}"][aria-pressed="true"]`).waitFor();
  await phone.getByText(/— counted/).waitFor();
  expect(await phone.locator('button.option[aria-pressed="true"]').textContent()).toBe(
    await option.textContent(),
  );
}

/** The option the phone shows as its vote (its text), or undefined when it shows none. */
export async function markedOption(phone: Page): Promise<string | undefined> {
  const marked = phone.locator('button.option[aria-pressed="true"]');
  return (await marked.count()) === 0 ? undefined : ((await marked.textContent()) ?? '');
}

/** Presses PageDown until the vote is open on the projector; false when the meeting ended. */
export async function untilVote(page: Page): Promise<boolean> {
  for (let presses = 0; presses < 60; presses += 1) {
    const stage = await stageOf(page);
    if (stage === 'vote') return true;
    if (stage === undefined || !new URL(page.url()).hash.startsWith('#/play')) return false;
    await page.keyboard.press('PageDown');
  }
  throw new Error(`the vote never opened (at ${await stageOf(page)})`);
}

/** The options' texts on the projector's vote, in shown order. */
export const projectorOptions = (page: Page): Promise<string[]> =>
  page.locator('.vote-option .vote-text').allTextContents();

/** The tally bars' words on the projector ("2 votes", …), in shown order; empty while hidden. */
export const projectorTally = (page: Page): Promise<string[]> =>
  page.locator('.vote-option .vote-hands').allTextContents();

/**
 * Votes every decision still to come from all `phones` (the first option
 * each) and takes the majority, until every phone shows the ending's lesson.
 * Returns how many decisions that was.
 */
export async function voteToEnding(page: Page, phones: Page[]): Promise<number> {
  const [first] = phones;
  if (!first) throw new Error('voteToEnding needs a phone');
  let decisions = 0;
  while (await untilVote(page)) {
    for (const phone of phones) await vote(phone, 0);
    await page.getByText(`${phones.length} of ${phones.length} have voted`).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.vote-result').waitFor();
    // Each phone follows: the room's choice and its consequence, or at the last decision the ending.
    await first.locator('.chosen, :text("The lesson")').first().waitFor();
    decisions += 1;
    if (await first.getByText('The lesson').isVisible()) break;
    if (decisions > 12) throw new Error('the meeting never ended');
  }
  for (const phone of phones) await phone.getByText('The lesson').waitFor();
  return decisions;
}
