/**
 * Notices (here, a bad link's) can be dismissed, and leave on their own once
 * read — but not while the pointer rests on one. Playwright's clock runs the
 * page's timers forward, so the test waits for no real seconds.
 */
import { expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

it('dismisses a notice on request and lets another leave once read, not while hovered', async () => {
  await withPage(browser(), { width: 1024, height: 768 }, async ({ page, errors }) => {
    await page.clock.install();
    await page.goto(`${baseUrl}#/play/no-such-meeting`);
    const notice = page.locator('.notice');
    await notice.first().waitFor();
    await notice.first().getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);

    await page.evaluate(() => (window.location.hash = '#/play/still-no-such-meeting'));
    await notice.first().waitFor();
    await notice.first().hover();
    await page.clock.runFor(60_000);
    expect(await notice.count()).toBe(1);
    await page.mouse.move(5, 700);
    await page.clock.runFor(60_000);
    await expect.poll(() => notice.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
