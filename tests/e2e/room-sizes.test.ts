/**
 * The room on every screen a facilitator plugs into: at each size, in WebGL
 * and in Canvas, the room's canvas holds a picture (read from its pixels, not
 * from a ready flag), the stage fills the screen, the faces stay above the
 * dialogue on 4:3, and the transcript never shows a line cut through.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SCREEN_SIZES, useBrowser, withPage } from './support/browser.ts';
import { colourSpread } from './support/pixels.ts';
import { loadScenarios } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const SHOTS = 'test-results/screenshots';
// The Bangalore sync: its room has the most detail to lose. (Chennai's plain wall alone
// covers over 60 % of a 16:9 frame, the threshold below for a blank room.)
const first = loadScenarios().find((scenario) => scenario.id === 'fintech-sync')!;

const SIZES = SCREEN_SIZES;

/**
 * A picture of what the room's canvas itself draws: the dialogue and the notices
 * that lie over it are set aside for the shot (a decision with four options
 * covers most of a 16:9 room, and their panel is one colour).
 */
async function roomPixels(page: Page, canvas: ReturnType<Page['locator']>): Promise<Buffer> {
  const cover = '.dialogue, .notices, .toast, .presenter-bar';
  const hide = (visibility: string) =>
    page.evaluate(
      ([selector, value]) => {
        for (const part of document.querySelectorAll<HTMLElement>(selector!))
          part.style.visibility = value!;
      },
      [cover, visibility],
    );
  await hide('hidden');
  try {
    return await canvas.screenshot();
  } finally {
    await hide('');
  }
}

/** Opens the Bangalore sync at its second decision and reads on until the options show. */
async function openOptions(page: Page, query: string): Promise<void> {
  if (!first) throw new Error('no scenario to open');
  const start = first.nodes.find((node) => node.id === first.start);
  const choice = start && 'choices' in start ? (start.choices?.[0]?.id ?? '') : '';
  await page.goto(`${baseUrl}${query}#/play/${first.id}/${choice}`);
  for (let i = 0; i < 40 && (await page.locator('.choice').count()) === 0; i++) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
  }
  await page.locator('.choice').first().waitFor();
  await page.locator('.stage[data-room="ready"] .room canvas').waitFor({ timeout: 60_000 });
}

/** Transcript lines that show only in part: cut by the transcript's edge. */
function cutLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.transcript')?.getBoundingClientRect();
    if (!box) return 0;
    return [...document.querySelectorAll('.transcript .line')].filter((line) => {
      const r = line.getBoundingClientRect();
      if (r.height === 0) return false;
      return r.top < box.top - 1 || r.bottom > box.bottom + 1;
    }).length;
  });
}

describe.each(['webgl', 'canvas'] as const)('the room in %s', (renderer) => {
  it.each(SIZES)('is drawn at $width×$height', async (size) => {
    await withPage(browser(), size, async ({ page, errors }) => {
      await openOptions(page, renderer === 'canvas' ? '?renderer=canvas' : '?renderer=webgl');
      const canvas = page.locator('.room canvas');
      // The room renders once and sleeps; give its first frame time on a busy machine.
      let spread = { colours: 0, top: 1 };
      for (let i = 0; i < 20 && spread.colours < 24; i++) {
        await page.waitForTimeout(i === 0 ? 300 : 500);
        spread = await colourSpread(page, await roomPixels(page, canvas));
      }
      expect(spread.colours).toBeGreaterThanOrEqual(24);
      expect(spread.top).toBeLessThan(0.6);

      const layout = await page.evaluate(() => {
        const stage = document.querySelector('.stage')?.getBoundingClientRect();
        const room = document.querySelector('.room canvas')?.getBoundingClientRect();
        const dialogue = document.querySelector('.dialogue')?.getBoundingClientRect();
        return { stage, room, dialogueTop: dialogue?.top ?? 0 };
      });
      expect(layout.stage).toMatchObject({ x: 0, y: 0, width: size.width, height: size.height });
      if (size.width / size.height < 1.5) {
        // The faces sit at about 30–40% of the room's height; the dialogue starts below them.
        expect(layout.room).toBeDefined();
        expect(layout.dialogueTop).toBeGreaterThan(layout.room!.top + layout.room!.height * 0.42);
      }
      expect(await cutLines(page)).toBe(0);
      await page.screenshot({
        path: `${SHOTS}/room-${renderer}-${size.width}x${size.height}.png`,
      });
      expect(errors).toEqual([]);
    });
  });
});
