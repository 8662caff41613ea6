/**
 * Everything a decision needs fits the screen: on the 4:3 projector sizes, a
 * decision that asks for reasoning shows its options, the notes box and the
 * tools without the page or the dialogue scrolling, nothing cut off, and its
 * text no smaller than 14px; in presenter mode, the room's vote fits too.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage, type Viewport } from './support/browser.ts';
import { openDecision, reasoningDecisions } from './support/decisions.ts';
import { layoutProblems, pressUntil } from './support/presenter.ts';
import { loadScenarios } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const decisions = reasoningDecisions(loadScenarios());

const SIZES: Viewport[] = [
  { width: 800, height: 600 },
  { width: 1024, height: 768 },
  { width: 1152, height: 864 },
];

/** How far the page and the dialogue could scroll, and what of the decision lies outside either. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const dialogue = document.querySelector<HTMLElement>('.dialogue')!;
    const frame = dialogue.getBoundingClientRect();
    const outside = [
      ...document.querySelectorAll('.decide .choice, .reasoning label, .reasoning-input, .tools'),
    ]
      .filter((node) => {
        const box = node.getBoundingClientRect();
        return (
          box.top < Math.max(0, frame.top) - 1 ||
          box.bottom > Math.min(innerHeight, frame.bottom) + 1 ||
          box.left < -1 ||
          box.right > innerWidth + 1
        );
      })
      .map((node) => node.className);
    return {
      page: root.scrollHeight - innerHeight,
      dialogue: dialogue.scrollHeight - dialogue.clientHeight,
      outside,
    };
  });
}

/** The smallest font size, in px, of the text a trainee reads to decide. */
function smallestText(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.min(
      ...[
        ...document.querySelectorAll(
          '.decide .choice-text, .reasoning label, .reasoning-input, .line[data-current] .line-text',
        ),
      ].map((node) => parseFloat(getComputedStyle(node).fontSize)),
    ),
  );
}

describe.each(SIZES)('a decision with reasoning at $width×$height', (size) => {
  it.each(decisions)('fits without scrolling: $label', async (decision) => {
    await withPage(browser(), size, async ({ page, errors }) => {
      await openDecision(page, baseUrl, decision.hash);
      await expect.poll(() => page.locator('.reasoning-input').count()).toBe(1);
      expect(await page.locator('.decide .choice').count()).toBe(decision.options);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
      expect(await overflow(page)).toEqual({ page: 0, dialogue: 0, outside: [] });
      expect(await layoutProblems(page)).toEqual([]);
      expect(await smallestText(page)).toBeGreaterThanOrEqual(14);
      expect(errors).toEqual([]);
    });
  });

  it.each(decisions.filter((decision) => decision.options >= 4))(
    'fits the room’s vote in presenter mode: $label',
    async (decision) => {
      await withPage(browser(), size, async ({ page, errors }) => {
        await page.goto(`${baseUrl}?mode=present${decision.hash}`);
        await page.locator('.presenter-prompt').waitFor();
        await pressUntil(page, 'PageDown', 'vote');
        expect(await page.locator('.vote-option').count()).toBe(decision.options);
        const scroll = await page.evaluate(() => document.scrollingElement!.scrollHeight);
        expect(scroll).toBeLessThanOrEqual(size.height);
        expect(await layoutProblems(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    },
  );
});
