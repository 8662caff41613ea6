/**
 * The presenter view in a second window (same browser context) and the
 * projected window stay in step through BroadcastChannel: either one can
 * drive the discussion, the vote and the choice; the notes show only in the
 * presenter view; closing one leaves the other working.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { savedSteps, stageOf } from './support/presenter.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const SHOTS = 'test-results/screenshots';
const play = loadScenarios().flatMap(plannedPlays)[0];
const browser = useBrowser();

function watch(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`presenter view console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`presenter view page: ${error.message}`));
}

const hands = (page: Page, choiceId: string) =>
  page.locator(`.vote-option[data-choice-id="${choiceId}"] .vote-hands`).getAttribute('data-hands');

/** Clicks "Open presenter view" (the bar shows while the pointer moves) and returns the new window. */
async function openPresenterView(projected: Page): Promise<Page> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await projected.mouse.move(200 + attempt, 200);
    const opened = projected
      .context()
      .waitForEvent('page', { timeout: 10_000 })
      .catch(() => undefined);
    await projected.getByRole('button', { name: 'Open presenter view' }).click();
    const page = await opened;
    if (page) return page;
  }
  const toast = await projected.locator('.toast').textContent();
  throw new Error(`the presenter view did not open (the page said: ${toast})`);
}

async function until(page: Page, key: string, stage: string): Promise<void> {
  for (let presses = 0; presses < 40 && (await stageOf(page)) !== stage; presses += 1)
    await page.keyboard.press(key);
  expect(await stageOf(page)).toBe(stage);
}

describe('presenter view in a second window', () => {
  it(
    'follows a choice made in either window, and goes on when the other closes',
    { timeout: 240_000 },
    async () => {
      if (!play) throw new Error('no scenario');
      const [first, second] = play.choices;
      if (!first || !second) throw new Error('the path is too short');
      const projector = { width: 1024, height: 768 };
      await withPage(browser(), projector, async ({ page: projected, errors }) => {
        await projected.goto(`${baseUrl}?mode=present#/play/${play.scenario.id}`);
        await projected.locator('.line[data-current]').waitFor();
        // The room is already voting when the facilitator opens the presenter view.
        await until(projected, 'PageDown', 'vote');
        await projected.keyboard.press('1');
        await projected.keyboard.press('+');
        await projected.keyboard.press('+');
        const notes = await openPresenterView(projected);
        watch(notes, errors);
        await notes.setViewportSize({ width: 1280, height: 800 });
        await notes.locator('.presenter-notes').waitFor();
        expect(await projected.locator('.presenter-notes').count()).toBe(0);
        // The new window takes the meeting as it is: the vote and its hands stay.
        await expect.poll(() => stageOf(notes)).toBe('vote');
        const opening =
          (await projected.locator('.vote-option').first().getAttribute('data-choice-id')) ?? '';
        await expect.poll(() => hands(notes, opening)).toBe('2');
        await notes.waitForTimeout(1000);
        expect(await hands(projected, opening)).toBe('2');

        // The projected window drives the discussion; the presenter view follows.
        await until(projected, 'PageUp', 'discuss');
        await expect.poll(() => stageOf(notes)).toBe('discuss');
        expect(await notes.locator('.note-prompt').textContent()).toBe(
          await projected.locator('.presenter-prompt-text').textContent(),
        );
        expect(await notes.locator('.note-principle').count()).toBeGreaterThan(1);

        // The presenter view counts the hands and takes the choice; the projector follows.
        await notes.keyboard.press('PageDown');
        await expect.poll(() => stageOf(projected)).toBe('vote');
        const ids = await notes
          .locator('.vote-option')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-choice-id') ?? ''));
        await notes.keyboard.press(String(ids.indexOf(first) + 1));
        for (let i = 0; i < 4; i += 1) await notes.keyboard.press('+');
        const counted = first === opening ? 6 : 4;
        await expect.poll(() => hands(projected, first)).toBe(String(counted));
        await notes.screenshot({ path: `${SHOTS}/presenter-view-vote-1280x800.png` });
        await projected.screenshot({ path: `${SHOTS}/presenter-projected-vote-1024x768.png` });
        await notes.keyboard.press('Enter');
        await expect.poll(() => stageOf(projected)).toBe('feedback');
        expect(await projected.locator('.feedback-choice').textContent()).toBe(
          await notes.locator('.feedback-choice').textContent(),
        );

        // A reveal in the projected window shows in the presenter view too.
        await projected.keyboard.press('PageDown');
        await expect.poll(() => notes.locator('.other-option').count()).toBe(1);

        // The projected window takes the next choice; the presenter view follows.
        await until(projected, 'PageDown', 'vote');
        await expect.poll(() => stageOf(notes)).toBe('vote');
        const next = await projected
          .locator('.vote-option')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-choice-id') ?? ''));
        await projected.keyboard.press(String(next.indexOf(second) + 1));
        await projected.keyboard.press('+');
        await projected.keyboard.press('Enter');
        await expect.poll(() => stageOf(notes)).toBe('feedback');
        expect(await notes.locator('.feedback-choice').textContent()).toContain(
          play.scenario.nodes.flatMap((n) => n.choices).find((c) => c.id === second)?.text ?? '?',
        );
        await notes.screenshot({ path: `${SHOTS}/presenter-view-feedback-1280x800.png` });

        // Both windows saved the same votes.
        const runs = await savedSteps(notes);
        const run = runs.find(
          (r) => r.steps.map((s) => s.choiceId).join('.') === `${first}.${second}`,
        );
        expect(run?.steps[0]?.votes?.[first]).toBe(counted);
        expect(run?.steps[1]?.votes?.[second]).toBe(1);

        // Hiding and showing scores follows too.
        await projected.keyboard.press('h');
        await expect
          .poll(() => notes.evaluate(() => document.documentElement.dataset.scores))
          .toBe('shown');
        await projected.keyboard.press('h');
        await expect
          .poll(() => notes.evaluate(() => document.documentElement.dataset.scores))
          .toBe('hidden');

        // Closing the projected window leaves the presenter view working alone.
        await projected.close();
        await until(notes, 'PageDown', 'vote');
        await notes.keyboard.press('1');
        await notes.keyboard.press('+');
        await notes.keyboard.press('Enter');
        await notes.locator('.feedback:not([hidden])').waitFor();
        expect(
          await notes.evaluate(() => document.querySelectorAll('.feedback-choice').length),
        ).toBe(1);
        expect(errors).toEqual([]);
      });
    },
  );
});
