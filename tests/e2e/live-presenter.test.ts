/**
 * The facilitator's side of a live room, against a real server process
 * serving the build: presenter mode opens a room (code, QR, join address,
 * joined count), three phones (390×844, touch) join by code and by the link,
 * and the whole fintech meeting is voted through — a change of vote, a
 * reason, one override, reveals and the ending on the phones. The saved run
 * record and the workshop summary hold the votes. Screenshots in
 * test-results/screenshots/live-projector-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, openPhone, useBrowser } from './support/browser.ts';
import { projectorOptions, untilVote, useLiveServer, vote } from './support/live.ts';
import { clickBar } from './support/presenter.ts';
import { readCsv } from '../support/csv.ts';

const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });
const browser = useBrowser();
const server = useLiveServer();

describe('presenter mode with a live room', () => {
  it('plays a whole meeting voted from three phones', { timeout: 240_000 }, async () => {
    const projector = await openPage(browser(), { width: 1920, height: 1080 });
    const phones = await Promise.all([0, 1, 2].map(() => openPhone(browser())));
    const [asha, linked, third] = phones.map((p) => p.page) as [Page, Page, Page];
    const page = projector.page;
    try {
      await page.goto(`${server.url}/?mode=present#/play/fintech-sync`);
      await page.locator('.line[data-current]').waitFor();
      await clickBar(page, 'Open live room');
      const codeText = page.locator('.live-room-code');
      await codeText.waitFor();
      const code = (await codeText.getAttribute('data-code')) ?? '';
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      expect(await page.locator('.live-room-address').textContent()).toBe(
        `127.0.0.1:${server.port}/join/${code}`,
      );
      expect(await page.locator('svg.live-qr path').getAttribute('d')).toMatch(/^M\d/);

      await asha.goto(`${server.url}/phone.html`);
      await asha.getByLabel('Room code').fill(code);
      await asha.getByLabel(/Nickname/).fill('Asha');
      await asha.getByRole('button', { name: 'Join' }).tap();
      for (const phone of [linked, third]) {
        await phone.goto(`${server.url}/join/${code}`);
        await phone.getByRole('button', { name: 'Join' }).tap();
      }
      for (const phone of [asha, linked, third])
        await phone.getByRole('heading', { name: 'You are in' }).waitFor();
      await page.getByText('3 people have joined').waitFor();
      await page.screenshot({ path: `${SHOTS}/live-projector-room-1920x1080.png` });
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.screenshot({ path: `${SHOTS}/live-projector-room-1024x768.png` });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.keyboard.press('l');
      expect(await page.locator('.live-room').isHidden()).toBe(true);

      let decision = 0;
      while (await untilVote(page)) {
        const ids = await page
          .locator('.vote-option')
          .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-choice-id')));
        for (const phone of [asha, linked, third])
          await phone.locator(`button.option[data-option="${ids[0]}"]`).waitFor();
        // Phones show the options in the projector's (shown) order.
        const shown = await projectorOptions(page);
        const onPhone = await asha.locator('button.option').allTextContents();
        expect(onPhone.map((t) => t.replace(/^\d/, ''))).toEqual(shown);
        if (decision === 0) {
          await vote(asha, 0);
          await vote(linked, 1);
          await vote(third, 1);
          await vote(linked, 0); // a change of vote: 2 for option 1, 1 for option 2
          await asha.getByLabel(/Why\?/).fill('The customer needs the fix first');
          await asha.getByRole('button', { name: 'Send reason' }).tap();
          await asha.locator('button:has-text("Send reason"):not([disabled])').waitFor();
          await page.getByText('3 of 3 have voted').waitFor();
          // Bars hidden until V: the room is not herded.
          expect(await page.locator('.vote-hands').first().textContent()).toBe('');
          await page.keyboard.press('v');
          await page.locator('.vote-hands', { hasText: '2 votes' }).waitFor();
          await page.screenshot({ path: `${SHOTS}/live-projector-tally-1920x1080.png` });
          await page.keyboard.press('Enter');
        } else if (decision === 1) {
          for (const phone of [asha, linked, third]) await vote(phone, 0);
          await page.getByText('3 of 3 have voted').waitFor();
          await page.keyboard.press('2');
          await page.keyboard.press('o'); // the override: against all three phones
        } else {
          for (const phone of [asha, linked, third]) await vote(phone, 0);
          await page.getByText('3 of 3 have voted').waitFor();
          await page.keyboard.press('Enter');
        }
        await page.locator('.vote-result').waitFor();
        // Each phone follows: the room's choice and its consequence, or at the last decision the ending.
        await linked.locator('.chosen, :text("The lesson")').first().waitFor();
        decision += 1;
        if (await linked.getByText('The lesson').isVisible()) break;
        if (decision > 12) throw new Error('the meeting never ended');
      }
      expect(decision).toBeGreaterThanOrEqual(2);
      // Every phone ends on the ending's lesson.
      for (const phone of [asha, linked, third]) await phone.getByText('The lesson').waitFor();
      await third.screenshot({ path: `${SHOTS}/live-projector-phone-ending-390x844.png` });

      const steps = await page.evaluate(
        () =>
          JSON.parse(localStorage.getItem('make-the-call') ?? '{"runs":[]}').runs.at(-1).record
            .steps,
      );
      expect(steps).toHaveLength(decision);
      expect(steps[0]).toMatchObject({ voters: 3, changes: 1 });
      expect(Object.values(steps[0].votes).sort()).toEqual([0, 1, 2]);
      expect(steps[0].reasons).toEqual([
        expect.objectContaining({ nickname: 'Asha', text: 'The customer needs the fix first' }),
      ]);
      expect(steps[1]).toMatchObject({ voters: 3, override: true });
      expect(steps.slice(2).every((s: { override?: boolean }) => !s.override)).toBe(true);

      await page.goto(`${server.url}/?mode=present#/workshop`);
      const room = page.locator('.workshop-room');
      await room.waitFor();
      expect(await room.textContent()).toContain('Asha: “The customer needs the fix first”');
      expect(await room.textContent()).toContain('1 vote changed');
      expect(await page.locator('.workshop-table tr[data-override="true"]').count()).toBe(1);
      // The CSV download carries the same room: voters, the change, the reason with its nickname.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download CSV' }).click();
      const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
      const [header, first] = readCsv(csv);
      const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
      expect(cell('voters')).toBe('3');
      expect(cell('votes changed')).toBe('1');
      expect(cell('reasons')).toMatch(/^option \d — Asha: “The customer needs the fix first”$/);
      expect(cell('option 1 votes')).toMatch(/^\d$/);
      expect(projector.errors).toEqual([]);
      for (const phone of phones) expect(phone.errors).toEqual([]);
    } finally {
      await projector.context.close();
      for (const phone of phones) await phone.context.close();
    }
  });

  it('keeps the hand count on a static host and says what to run', async () => {
    const watched = await openPage(browser(), { width: 1024, height: 768 });
    try {
      const page = watched.page;
      await page.goto(`${inject('baseUrl')}?mode=present#/play/fintech-sync`);
      await page.locator('.line[data-current]').waitFor();
      await clickBar(page, 'Open live room');
      await page.getByText('Run `npm start` to open a live room.').waitFor();
      expect(await page.locator('.live-room').isHidden()).toBe(true);
      await page.screenshot({ path: `${SHOTS}/live-projector-static-1024x768.png` });
      expect(watched.errors).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });

  it('resumes control of its room, with no click, after the tab is closed and reopened', async () => {
    const first = await openPage(browser(), { width: 1024, height: 768 });
    try {
      const goto = async (page: Page) => {
        await page.goto(`${server.url}/?mode=present#/play/fintech-sync`);
        await page.locator('.line[data-current]').waitFor();
      };
      await goto(first.page);
      await clickBar(first.page, 'Open live room');
      const code = await first.page.locator('.live-room-code').getAttribute('data-code');
      expect(code).toMatch(/^[A-Z0-9]{6}$/);
      // A new tab of the same browser (same storage) takes the same room back on its own.
      const again = await first.context.newPage();
      again.on('console', (m) => (m.type() === 'error' ? first.errors.push(m.text()) : 0));
      again.on('pageerror', (error) => first.errors.push(error.message));
      await first.page.close();
      await goto(again);
      await again.getByText(`Live room ${code} resumed`).waitFor();
      expect(await again.locator('.live-room-code').getAttribute('data-code')).toBe(code);
      await again.getByRole('button', { name: `Live room ${code} (L)` }).waitFor();
      expect(first.errors).toEqual([]);
    } finally {
      await first.context.close();
    }
  });
});
