/**
 * Three phones (390×844, touch) in Chromium against a real live-room server
 * process serving the build: join by code and by the QR link, vote, change a
 * vote, give a reason, follow close, reveal and the ending that a facilitator
 * client drives. Screenshots in test-results/screenshots/live-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DECISION, facilitator } from '../live/support/clients.ts';
import { PHONE, openPage, openPhone, useBrowser } from './support/browser.ts';
import { useLiveServer } from './support/live.ts';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const browser = useBrowser();
const server = useLiveServer();

const pressed = (page: Page) => page.locator('button.option[aria-pressed="true"]').textContent();

describe('the phone page in a live room', () => {
  it(
    'three phones join, vote, change, reason, and follow to the ending',
    { timeout: 120_000 },
    async () => {
      const host = facilitator(server.url);
      const { code, joinUrl } = await host.createRoom('Fintech sync');
      expect(joinUrl).toBe(`${server.url}/join/${code}`);
      const phones = await Promise.all([0, 1, 2].map(() => openPhone(browser())));
      try {
        const [typed, linked, third] = phones.map((phone) => phone.page) as [Page, Page, Page];
        await typed.goto(`${server.url}/phone.html`);
        await typed
          .getByLabel('Room code')
          .fill(`${code.slice(0, 3)}-${code.slice(3).toLowerCase()}`);
        await typed.getByLabel(/Nickname/).fill('Asha');
        await typed.screenshot({ path: `${SHOTS}/live-phone-join-390x844.png` });
        await typed.getByRole('button', { name: 'Join' }).tap();
        for (const page of [linked, third]) {
          await page.goto(joinUrl);
          expect(await page.getByLabel('Room code').inputValue()).toBe(code);
          await page.getByRole('button', { name: 'Join' }).tap();
        }
        for (const page of [typed, linked, third])
          await page.getByRole('heading', { name: 'You are in' }).waitFor();
        await typed.screenshot({ path: `${SHOTS}/live-phone-lobby-390x844.png` });

        await host.openVote(DECISION);
        const texts = await typed.locator('button.option').allTextContents();
        expect(texts).toEqual(['1Wait for the design review', '2Ship it now']);
        await typed.getByRole('button', { name: /Ship it now/ }).tap();
        await linked.getByRole('button', { name: /Ship it now/ }).tap();
        await third.getByRole('button', { name: /Wait for the design review/ }).tap();
        await typed.getByText(/counted/).waitFor();
        // A change of vote, then a reason.
        await linked.getByRole('button', { name: /Wait for the design review/ }).tap();
        await linked
          .getByText('Your vote: Wait for the design review — counted', { exact: false })
          .waitFor();
        expect(await pressed(linked)).toContain('Wait for the design review');
        await typed.getByLabel(/Why\?/).fill('Customers need it before the sale');
        await typed.getByRole('button', { name: 'Send reason' }).tap();
        await typed.screenshot({ path: `${SHOTS}/live-phone-vote-390x844.png` });
        // A phone that reloads keeps its identity and its vote.
        await third.reload();
        await third.getByRole('button', { name: 'Join' }).tap();
        await third
          .getByText('Your vote: Wait for the design review — counted', { exact: false })
          .waitFor();

        const closed = await host.closeVote(DECISION.id);
        expect(closed.tally).toMatchObject({
          voters: 3,
          participants: 3,
          counts: { 'ship-now': 1, 'wait-review': 2 },
        });
        await typed
          .getByText('The vote is closed. The room chose: Wait for the design review')
          .waitFor();
        await host.reveal(
          DECISION.id,
          'Design found two flaws; the launch slipped a week but held.',
        );
        await linked.getByText(/Design found two flaws/).waitFor();
        await linked.screenshot({ path: `${SHOTS}/live-phone-revealed-390x844.png` });
        await host.end({
          title: 'Trusted call',
          text: 'You made the call on customer value.',
          lesson: 'Explain the call; do not please everyone.',
        });
        for (const page of [typed, linked, third])
          await page.getByRole('heading', { name: 'Trusted call' }).waitFor();
        await third.screenshot({ path: `${SHOTS}/live-phone-ending-390x844.png` });
        for (const phone of phones) expect(phone.errors).toEqual([]);
      } finally {
        host.close();
        for (const phone of phones) await phone.context.close();
      }
    },
  );

  it('says what is wrong with a bad code, at desktop sizes too', async () => {
    for (const size of [{ width: 1920, height: 1080 }, { width: 1024, height: 768 }, PHONE]) {
      const watched = await openPage(browser(), size);
      try {
        await watched.page.goto(`${server.url}/phone.html?room=ACDEFG`);
        await watched.page.getByRole('button', { name: 'Join' }).click();
        await watched.page.getByText(/There is no live room ACDEFG/).waitFor();
        await watched.page.screenshot({
          path: `${SHOTS}/live-phone-unknown-${size.width}x${size.height}.png`,
        });
        await watched.page.getByLabel('Room code').fill('O0I1');
        await watched.page.getByRole('button', { name: 'Join' }).click();
        await watched.page.getByText('A room code is 6 letters and digits').waitFor();
        expect(watched.errors).toEqual([]);
      } finally {
        await watched.context.close();
      }
    }
  });

  it('keeps the phone page within 35 KB of gzipped JavaScript, without Phaser', async () => {
    const watched = await openPhone(browser());
    const scripts: string[] = [];
    watched.page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(new URL(response.url()).pathname);
    });
    try {
      await watched.page.goto(`${server.url}/phone.html`);
      await watched.page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
      // The room's code loads after the form is ready: count it too.
      await watched.page.waitForLoadState('networkidle');
      expect(scripts.some((path) => path.includes('/link-'))).toBe(true);
      const gzipped = scripts.reduce(
        (sum, path) => sum + gzipSync(readFileSync(join(inject('distDir'), path))).length,
        0,
      );
      expect(scripts.some((path) => path.includes('phaser'))).toBe(false);
      expect(gzipped).toBeLessThanOrEqual(35 * 1024);
    } finally {
      await watched.context.close();
    }
  });
});
