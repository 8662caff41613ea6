/**
 * Every meeting in scenarios/, played to an ending with the keyboard only,
 * along its best customer-value path and along another path; the debrief
 * must show the ending and the meters the engine predicts, and the page must
 * log no error at all.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { hashOf } from './support/runs.ts';
import { playByKeyboard, playByMouse, startMeetingByKeyboard } from './support/drive.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const plays = loadScenarios().flatMap(plannedPlays);
const browser = useBrowser();

describe('playing each meeting by keyboard', () => {
  it('has meetings to play', () => {
    expect(plays.length).toBeGreaterThanOrEqual(2);
  });

  it.each(plays.map((play, i) => [play.scenario.id, play.label, play, i] as const))(
    '%s along its %s reaches the predicted ending and meters',
    async (_id, _label, play, i) => {
      await withPage(browser(), { width: 1280, height: 720 }, async ({ page, errors }) => {
        // Canvas: SwiftShader's software WebGL makes every play ~6× slower on
        // CI's two cores; the screens test covers the default WebGL room.
        await page.goto(`${baseUrl}?renderer=canvas`);
        await startMeetingByKeyboard(page, play.scenario.id);
        await playByKeyboard(page, play.choices, i);
        await expect.poll(() => page.locator('.debrief-page h1').textContent()).toBe('Debrief');
        expect(await page.locator('.ending-title').textContent()).toBe(play.endingTitle);
        expect(await page.locator('.ending [data-meter="customer"]').textContent()).toBe(
          play.customer,
        );
        expect(await page.locator('.ending [data-meter="pleasing"]').textContent()).toBe(
          play.pleasing,
        );
        expect(await page.locator('.decision').count()).toBe(play.choices.length);
        expect(hashOf(page)).toBe(`#/play/${play.scenario.id}/${play.choices.join('.')}`);
        expect(errors).toEqual([]);
      });
    },
  );

  it('plays a meeting with the mouse only at 1024×768 with the sound switched off', async () => {
    const play = plays[plays.length - 1];
    if (!play) throw new Error('no meeting to play');
    await withPage(browser(), { width: 1024, height: 768 }, async ({ page, errors }) => {
      await page.goto(`${baseUrl}?renderer=canvas`);
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByLabel('Sound on').uncheck();
      await page.getByRole('button', { name: 'Close' }).click();
      await page.locator(`.card button[data-scenario="${play.scenario.id}"]`).click();
      await playByMouse(page, play.choices);
      expect(await page.locator('.ending-title').textContent()).toBe(play.endingTitle);
      expect(await page.locator('.ending [data-meter="customer"]').textContent()).toBe(
        play.customer,
      );
      expect(await page.getByRole('button', { name: 'Play again' }).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    });
  });
});
