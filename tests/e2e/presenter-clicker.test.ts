/**
 * A whole meeting run for a room at 1024×768 with a presentation clicker's
 * keys (Page Down/Up, → ←, B and .) plus the number and + keys to enter the
 * votes: one override, the other options revealed, the debrief's rating held
 * back until H, the votes in the saved run record, the workshop summary exported.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { stageOf, savedSteps } from './support/presenter.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const SHOTS = 'test-results/screenshots';
const play = loadScenarios().flatMap(plannedPlays)[0];
/** The decision (0-based) where the facilitator overrides the room. */
const OVERRIDE_AT = 1;
const browser = useBrowser();

/** Clicker: Page Down / → until the options are up for the vote. */
async function toVote(page: Page, style: number): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    const stage = await stageOf(page);
    if (stage === 'vote') return;
    await page.keyboard.press(presses % 2 === style % 2 ? 'PageDown' : 'ArrowRight');
  }
  throw new Error(`the vote never came up (at ${await stageOf(page)})`);
}

async function hands(page: Page, number: number, count: number): Promise<void> {
  await page.keyboard.press(String(number));
  for (let i = 0; i < count; i += 1) await page.keyboard.press('+');
}

describe('a meeting run with a clicker', () => {
  it(
    'takes votes, one override, reveals the other options and saves it all',
    { timeout: 240_000 },
    async () => {
      if (!play) throw new Error('no scenario');
      await withPage(browser(), { width: 1024, height: 768 }, async ({ page, errors }) => {
        await page.goto(`${baseUrl}?mode=present#/play/${play.scenario.id}`);
        await page.locator('.line[data-current]').waitFor();

        // The pointer hides after 3 s without moving, and comes back when it moves.
        await page.mouse.move(300, 300);
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.pointer))
          .toBe('active');
        await page.waitForTimeout(3300);
        expect(await page.evaluate(() => document.documentElement.dataset.pointer)).toBe('idle');
        expect(await page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('none');
        // On the projector the meeting's tools fade with it.
        await expect
          .poll(() => page.locator('.tools').evaluate((tools) => getComputedStyle(tools).opacity))
          .toBe('0');
        await page.mouse.move(320, 320);
        expect(await page.evaluate(() => document.documentElement.dataset.pointer)).toBe('active');

        // ? lists every shortcut, presenter ones included; Esc closes it.
        await page.keyboard.press('?');
        await page.locator('dialog#help[open]').waitFor();
        expect(await page.locator('dialog#help').textContent()).toContain('Blank the screen');
        await page.screenshot({ path: `${SHOTS}/presenter-help-1024x768.png` });
        await page.keyboard.press('Escape');
        expect(await page.locator('dialog#help[open]').count()).toBe(0);

        // Blank and back: B, then any clicker key returns without moving on.
        const firstLine = await page.locator('.line[data-current] .line-text').textContent();
        await page.keyboard.press('b');
        expect(await page.locator('.presenter-blank').isVisible()).toBe(true);
        await page.keyboard.press('PageDown');
        expect(await page.locator('.presenter-blank').isVisible()).toBe(false);
        expect(await page.locator('.line[data-current] .line-text').textContent()).toBe(firstLine);
        await page.keyboard.press('.');
        expect(await page.locator('.presenter-blank').isVisible()).toBe(true);
        await page.keyboard.press('ArrowRight');
        expect(await page.locator('.line[data-current] .line-text').textContent()).toBe(firstLine);

        for (const [decision, choiceId] of play.choices.entries()) {
          await toVote(page, decision);
          if (decision === 0) {
            // Page Up from the vote goes back to the discussion prompt, Page Down returns.
            await page.keyboard.press('PageUp');
            expect(await stageOf(page)).toBe('discuss');
            await page.keyboard.press('PageDown');
            expect(await stageOf(page)).toBe('vote');
          }
          const ids = await page
            .locator('.vote-option')
            .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-choice-id')));
          const mine = ids.indexOf(choiceId) + 1;
          const other = ids.length > 1 ? (mine === 1 ? 2 : 1) : 0;
          if (decision === OVERRIDE_AT && other > 0) {
            await hands(page, other, 6);
            await hands(page, mine, 3);
            await page.keyboard.press('o');
          } else {
            await hands(page, mine, 5);
            if (other > 0) await hands(page, other, 2);
            await page.keyboard.press('PageDown');
          }
          await page.locator('.feedback:not([hidden])').waitFor();
          expect(await page.locator('.feedback-choice').textContent()).toContain(
            play.scenario.nodes.flatMap((n) => n.choices).find((c) => c.id === choiceId)?.text ??
              '?',
          );
          if (decision === 0) {
            const others = ids.length - 1;
            for (let shown = 1; shown <= others; shown += 1) {
              await page.keyboard.press('PageDown');
              expect(await page.locator('.other-option').count()).toBe(shown);
            }
            await page.screenshot({ path: `${SHOTS}/presenter-clicker-revealed-1024x768.png` });
          }
        }
        // Past the last feedback (and its reveals) to the debrief.
        for (
          let presses = 0;
          presses < 10 && (await page.locator('.debrief-page').count()) === 0;
          presses += 1
        ) {
          await page.keyboard.press('PageDown');
        }
        await page.locator('.debrief-page').waitFor();
        expect(await page.locator('.debrief-page .rating').count()).toBe(0);
        expect(await page.locator('[data-rating]').count()).toBe(0);
        expect(await page.locator('.held-back').count()).toBeGreaterThan(0);
        await page.screenshot({ path: `${SHOTS}/presenter-debrief-held-1024x768.png` });
        await page.keyboard.press('h');
        await page.locator('.debrief-page .rating').waitFor();
        expect(await page.locator('.ending').getAttribute('data-rating')).toBeTruthy();

        const runs = await savedSteps(page);
        const run = runs.find(
          (r) => r.steps.map((s) => s.choiceId).join('.') === play.choices.join('.'),
        );
        expect(run).toBeDefined();
        expect(run?.steps.every((s) => s.votes !== undefined)).toBe(true);
        expect(run?.steps.map((s) => s.override === true)).toEqual(
          play.choices.map((_, i) => i === OVERRIDE_AT),
        );
        expect(run?.steps[0]?.votes?.[play.choices[0] as string]).toBe(5);

        await page.goto(`${baseUrl}?mode=present#/workshop`);
        await page.locator('.workshop-run').first().waitFor();
        expect(await page.locator('.workshop-table tr[data-override="true"]').count()).toBe(1);
        await page.screenshot({ path: `${SHOTS}/presenter-workshop-1024x768.png`, fullPage: true });
        const [markdown] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('[data-export="markdown"]').click(),
        ]);
        const text = readFileSync((await markdown.path()) as string, 'utf8');
        expect(text).toContain(play.scenario.title);
        expect(text).toContain('yes — the facilitator overrode the room');
        const [csv] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('[data-export="csv"]').click(),
        ]);
        const rows = readFileSync((await csv.path()) as string, 'utf8')
          .trim()
          .split('\r\n');
        expect(rows.length).toBe(play.choices.length + 1);
        expect(errors).toEqual([]);
      });
    },
  );
});
