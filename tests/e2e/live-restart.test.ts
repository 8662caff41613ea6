/**
 * The live room survives what a real workshop throws at it, in Chromium
 * against real server processes started as `npm start` starts them:
 * - the server is killed (SIGKILL) mid-vote and started again on the same
 *   port with the same SQLite file; the projector and three phones (390×844,
 *   touch) come back by themselves — no reload, no tap — with the same tally
 *   and the same votes, the vote goes on, and the run record and the workshop
 *   summary hold every vote, those cast before the crash too;
 * - a phone that goes offline and comes back is the same participant with the
 *   same vote, and a vote changed while offline is sent when it is back;
 * - with REDIS_URL, a phone on a second server process and the projector on
 *   the first see the same room and the same live tally.
 * Screenshots in test-results/screenshots/live-restart-*.png.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { RECONNECTING_MESSAGE } from '../../src/ui/live/room.ts';
import { startRedis, startServer, type ServerProcess } from '../live/support/processes.ts';
import { openPage, openPhone, useBrowser, type WatchedPage } from './support/browser.ts';
import {
  joinByLink,
  markedOption,
  openLiveRoom,
  projectorOptions,
  projectorTally,
  recordSentEvents,
  untilVote,
  useLiveServer,
  vote,
  voteToEnding,
} from './support/live.ts';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const browser = useBrowser();
const server = useLiveServer({ entry: 'start' });

const PHONE_OFFLINE = 'Connection lost — reconnecting. Your vote is kept.';
const POLL = { timeout: 10_000 };

/** Marks the page's document, so a test can tell it was never reloaded. */
const markDocument = (page: Page) =>
  page.evaluate(() => document.documentElement.setAttribute('data-same-document', 'yes'));
const sameDocument = async (page: Page) =>
  (await page.locator('html[data-same-document="yes"]').count()) === 1;

/** The last saved run's record steps, from the projector's localStorage. */
const lastRunSteps = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('make-the-call') ?? '{"runs":[]}').runs.at(-1)?.record
        .steps ?? []) as {
        votes: Record<string, number>;
        voters: number;
        changes?: number;
        firstVotes?: Record<string, number>;
        reasons?: { nickname?: string; text: string }[];
      }[],
  );

/** Enter on the projector closes the vote: the phone names the room's choice, the run records it. */
async function closeAndRecord(page: Page, phone: Page, chosen: string): Promise<void> {
  await page.keyboard.press('Enter');
  // Closed, then at once revealed: either way the phone names the room's choice.
  await phone.locator('.chosen', { hasText: `The room chose: ${chosen}` }).waitFor();
  await expect
    .poll(async () => (await lastRunSteps(page))[0], POLL)
    .toMatchObject({ voters: 1, changes: 1 });
}

const closeAll = async (pages: WatchedPage[]) => {
  for (const watched of pages) await watched.context.close();
};

describe('a live room through a server restart, a dropped phone and a second process', () => {
  it(
    'loses no vote when the server is killed mid-vote; every page reconnects by itself',
    { timeout: 360_000 }, // the meeting's remaining decisions take most of it on a loaded machine
    async () => {
      const projector = await openPage(browser(), { width: 1920, height: 1080 });
      const phones = await Promise.all([0, 1, 2].map(() => openPhone(browser())));
      const [asha, ravi, third] = phones.map((phone) => phone.page) as [Page, Page, Page];
      const page = projector.page;
      const sent = [asha, ravi].map(recordSentEvents);
      try {
        const { code, address } = await openLiveRoom(page, server.url);
        expect(address).toBe(`127.0.0.1:${server.port}/join/${code}`);
        // Each phone opens the address the projector shows.
        await joinByLink(asha, `http://${address}`, 'Asha');
        await joinByLink(ravi, `http://${address}`, 'Ravi');
        await joinByLink(third, `http://${address}`);
        await page.getByText('3 people have joined').waitFor();
        await page.keyboard.press('l');
        expect(await untilVote(page)).toBe(true);
        const options = await projectorOptions(page);
        expect(options.length).toBeGreaterThanOrEqual(2);

        // Two of three have voted (one with a reason) when the server dies.
        await vote(asha, 0);
        await asha.getByLabel(/Why\?/).fill('Fix the blocker before the demo');
        await asha.getByRole('button', { name: 'Send reason' }).tap();
        await asha.locator('button:has-text("Send reason"):not([disabled])').waitFor();
        await vote(ravi, 1);
        await page.getByText('2 of 3 have voted').waitFor();
        await page.keyboard.press('v');
        await expect
          .poll(() => projectorTally(page), POLL)
          .toEqual(options.map((_, i) => (i < 2 ? '1 vote' : '0 votes')));
        const tallyBefore = await projectorTally(page);
        const marked = { asha: await markedOption(asha), ravi: await markedOption(ravi) };
        expect(marked.asha).toContain(options[0]);
        expect(marked.ravi).toContain(options[1]);
        for (const each of [page, asha, ravi, third]) await markDocument(each);

        const everyPage = [projector, ...phones];
        const untolerate = everyPage.map((w) => w.tolerateFailedLoads(`${server.url}/socket.io/`));
        // The recorder sees what the phones sent (so "no vote sent again" below means something).
        for (const events of sent)
          expect(events).toEqual(expect.arrayContaining(['room:join', 'vote:cast']));
        const sentBefore = sent.map((events) => events.length);
        await server.kill();
        for (const phone of [asha, ravi, third]) await phone.getByText(PHONE_OFFLINE).waitFor();
        await page.getByText(RECONNECTING_MESSAGE).first().waitFor();
        await page.screenshot({
          path: `${SHOTS}/live-restart-projector-reconnecting-1920x1080.png`,
        });
        await ravi.screenshot({ path: `${SHOTS}/live-restart-phone-reconnecting-390x844.png` });
        // The room panel, shown meanwhile, says so too, in place of the joined count.
        await page.keyboard.press('l');
        await page.locator('.live-room-count', { hasText: RECONNECTING_MESSAGE }).waitFor();
        await page.screenshot({ path: `${SHOTS}/live-restart-projector-panel-1920x1080.png` });
        await page.keyboard.press('l');
        expect(await page.locator('.live-room').isHidden()).toBe(true);
        // The projector still shows the last tally it heard, and the phones their votes.
        expect(await projectorTally(page)).toEqual(tallyBefore);
        expect(await markedOption(ravi)).toBe(marked.ravi);

        await server.restart();
        for (const phone of [asha, ravi, third])
          await phone.getByText(`Room ${code}`, { exact: true }).waitFor({ timeout: 30_000 });
        await page.locator('.vote-reconnecting').waitFor({ state: 'detached', timeout: 30_000 });
        untolerate.forEach((stop) => stop());
        await page.screenshot({ path: `${SHOTS}/live-restart-projector-back-1920x1080.png` });
        await ravi.screenshot({ path: `${SHOTS}/live-restart-phone-back-390x844.png` });

        // Nobody reloaded or tapped anything, and everything is as it was.
        for (const each of [page, asha, ravi, third]) expect(await sameDocument(each)).toBe(true);
        await page.getByText('2 of 3 have voted').waitFor();
        await expect.poll(() => projectorTally(page), POLL).toEqual(tallyBefore);
        expect(await markedOption(asha)).toBe(marked.asha);
        expect(await markedOption(ravi)).toBe(marked.ravi);
        expect(await markedOption(third)).toBeUndefined();
        for (const phone of [asha, ravi]) await phone.getByText(/— counted/).waitFor();
        expect(await asha.getByLabel(/Nickname/).isVisible()).toBe(false);
        // The restarted server had their votes: the phones only rejoined, they sent no vote again.
        const since = sent.map((events, i) => events.slice(sentBefore[i]));
        for (const events of since) {
          expect(events).toContain('room:join');
          expect(events).not.toContain('vote:cast');
        }

        // The vote goes on: the third phone votes, Ravi changes his mind.
        await vote(third, 1);
        await page.getByText('3 of 3 have voted').waitFor();
        await vote(ravi, 0);
        await expect
          .poll(async () => (await projectorTally(page)).slice(0, 2), POLL)
          .toEqual(['2 votes', '1 vote']);
        await page.keyboard.press('Enter');
        await page.locator('.vote-result').waitFor();
        await ravi.locator('.chosen, :text("The lesson")').first().waitFor();
        const later = await voteToEnding(page, [asha, ravi, third]);
        await third.screenshot({ path: `${SHOTS}/live-restart-phone-ending-390x844.png` });

        // The record holds every vote, the two cast before the crash among them.
        const steps = await lastRunSteps(page);
        expect(steps).toHaveLength(1 + later);
        const ids = Object.keys(steps[0]?.votes ?? {});
        expect(steps[0]).toMatchObject({
          voters: 3,
          changes: 1,
          votes: { [ids[0] ?? '']: 2, [ids[1] ?? '']: 1 },
          firstVotes: { [ids[0] ?? '']: 1, [ids[1] ?? '']: 2 },
          reasons: [
            expect.objectContaining({ nickname: 'Asha', text: 'Fix the blocker before the demo' }),
          ],
        });
        for (const step of steps.slice(1)) expect(step.voters).toBe(3);

        await page.goto(`${server.url}/?mode=present#/workshop`);
        const room = page.locator('.workshop-room li[data-step="1"]').first();
        await room.waitFor();
        const words = (await room.textContent()) ?? '';
        expect(words).toContain('3 phones voted (1: 2 · 2: 1');
        expect(words).toContain('1 vote changed; first split 1: 1 · 2: 2');
        expect(words).toContain('Asha: “Fix the blocker before the demo”');

        for (const watched of everyPage) expect(watched.errors).toEqual([]);
      } finally {
        await closeAll([projector, ...phones]);
      }
    },
  );

  it('keeps a phone that drops off the network as the same participant with its vote', async () => {
    const projector = await openPage(browser(), { width: 1280, height: 800 });
    const phone = await openPhone(browser());
    const page = projector.page;
    try {
      const { code, address } = await openLiveRoom(page, server.url);
      await joinByLink(phone.page, `http://${address}`, 'Meera');
      const token = () =>
        phone.page.evaluate((key) => localStorage.getItem(key), `make-the-call.live.${code}.token`);
      const identity = await token();
      expect(identity).toBeTruthy();
      await page.keyboard.press('l');
      expect(await untilVote(page)).toBe(true);
      const options = await projectorOptions(page);
      await vote(phone.page, 1);
      await page.getByText('1 of 1 have voted').waitFor();
      await markDocument(phone.page);

      const untolerate = phone.tolerateFailedLoads(`${server.url}/socket.io/`);
      await phone.context.setOffline(true);
      await phone.page.getByText(PHONE_OFFLINE).waitFor();
      expect(await markedOption(phone.page)).toContain(options[1]);
      // A change of mind while offline waits on the phone, marked, until it can be sent.
      await phone.page.locator('button.option').nth(0).tap();
      await phone.page.getByText(`Your vote: ${options[0]} — sending…`).waitFor();
      await phone.page.screenshot({ path: `${SHOTS}/live-restart-phone-offline-390x844.png` });
      await page.keyboard.press('v');
      await expect
        .poll(async () => (await projectorTally(page)).slice(0, 2), POLL)
        .toEqual(['0 votes', '1 vote']);

      await phone.context.setOffline(false);
      await phone.page.getByText(`Room ${code}`, { exact: true }).waitFor({ timeout: 30_000 });
      untolerate();
      await phone.page.getByText(/— counted/).waitFor();
      expect(await markedOption(phone.page)).toContain(options[0]);
      // Same page, same participant: no join form, no second person in the room.
      expect(await sameDocument(phone.page)).toBe(true);
      expect(await phone.page.getByRole('button', { name: 'Join' }).isVisible()).toBe(false);
      expect(await token()).toBe(identity);
      await expect
        .poll(async () => (await projectorTally(page)).slice(0, 2), POLL)
        .toEqual(['1 vote', '0 votes']);
      await page.getByText('1 of 1 have voted').waitFor();
      await phone.page.screenshot({ path: `${SHOTS}/live-restart-phone-online-390x844.png` });

      await closeAndRecord(page, phone.page, options[0]!);
      expect(projector.errors).toEqual([]);
      expect(phone.errors).toEqual([]);
    } finally {
      await closeAll([projector, phone]);
    }
  });

  it('shows one room and one tally across two server processes sharing Redis', async () => {
    const redis = await startRedis();
    const servers: ServerProcess[] = [];
    const pages: WatchedPage[] = [];
    try {
      const env = { REDIS_URL: redis.url, DIST_DIR: inject('distDir') };
      servers.push(...(await Promise.all([1, 2].map(() => startServer(env, { entry: 'start' })))));
      const [first, second] = servers as [ServerProcess, ServerProcess];
      const projector = await openPage(browser(), { width: 1280, height: 800 });
      const phone = await openPhone(browser());
      pages.push(projector, phone);
      const page = projector.page;
      const { code, address } = await openLiveRoom(page, first.url);
      // A load balancer sends the phone to the other process.
      expect(address).toBe(`127.0.0.1:${first.port}/join/${code}`);
      await joinByLink(phone.page, `${second.url}/join/${code}`, 'Kiran');
      await page.getByText('1 person has joined').waitFor();
      await page.keyboard.press('l');
      expect(await untilVote(page)).toBe(true);
      const options = await projectorOptions(page);
      const onPhone = await phone.page.locator('button.option').allTextContents();
      expect(onPhone.map((text) => text.replace(/^\d/, ''))).toEqual(options);

      await vote(phone.page, 1);
      await page.getByText('1 of 1 have voted').waitFor();
      await page.keyboard.press('v');
      const firstTwo = async () => (await projectorTally(page)).slice(0, 2);
      await expect.poll(firstTwo, POLL).toEqual(['0 votes', '1 vote']);
      // A change of vote on the second process reaches the projector on the first.
      await vote(phone.page, 0);
      await expect.poll(firstTwo, POLL).toEqual(['1 vote', '0 votes']);
      await page.screenshot({ path: `${SHOTS}/live-restart-redis-projector-1280x800.png` });

      await closeAndRecord(page, phone.page, options[0]!);
      expect(projector.errors).toEqual([]);
      expect(phone.errors).toEqual([]);
    } finally {
      await closeAll(pages);
      for (const each of servers) await each.stop();
      await redis.stop();
    }
  });
});
