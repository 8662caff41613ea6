/**
 * The meeting's controls and its resilience: shortcuts (H, M, ?, Esc, ←),
 * the reasoning box not stealing number keys, the game playable when the
 * Phaser chunk fails and when storage throws — all without console errors.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { chooseByKeyboard, playByKeyboard } from './support/drive.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const play = loadScenarios().flatMap(plannedPlays)[0];
const browser = useBrowser();

const meterText = (page: Page) => page.locator('.meters [data-meter="customer"]').textContent();

describe('meeting controls', () => {
  it('H hides the scores from the DOM, M mutes, ? and Esc open and close the help, ← rewinds', async () => {
    if (!play) throw new Error('no scenario');
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(`${baseUrl}?renderer=canvas#/play/${play.scenario.id}`);
      await chooseByKeyboard(page, play.choices.slice(0, 1));
      const shown = await meterText(page);
      expect(shown).toMatch(/^[+−]?\d+$/);
      await page.keyboard.press('h');
      expect(await meterText(page)).toBe('hidden');
      // Solo play keeps the score for the debrief; the meters still move (and hide with H).
      expect(await page.locator('.feedback-changes').count()).toBe(0);
      expect(await page.locator('.feedback-later').textContent()).toMatch(/debrief/);
      await page.keyboard.press('h');
      expect(await meterText(page)).toBe(shown);

      await page.keyboard.press('m');
      expect(await page.locator('.toast').textContent()).toBe('Sound off');
      await page.keyboard.press('m');
      expect(await page.locator('.toast').textContent()).toBe('Sound on');

      // Built on first use, not in the game's start-up task.
      expect(await page.locator('dialog#help, dialog#settings').count()).toBe(0);
      await page.keyboard.press('?');
      expect(await page.locator('dialog#help').isVisible()).toBe(true);
      await page.keyboard.press('1'); // ignored while the overlay is open
      await page.keyboard.press('Escape');
      expect(await page.locator('dialog#help').isVisible()).toBe(false);

      await page.keyboard.press('ArrowLeft');
      await page.locator('.decide:not([hidden]) .choice').first().waitFor();
      expect(await page.locator('.decision-label').textContent()).toMatch(/^Decision 1/);
      // Back at the start of the run: no decisions in the link, only the run's presentation seed.
      expect(decodeURIComponent(new URL(page.url()).hash)).toMatch(
        new RegExp(`^#/play/${play.scenario.id}/~[0-9a-z]+$`),
      );
      expect(errors).toEqual([]);
    });
  });

  it('leaves the options alone while the "Earlier decisions" list is open', async () => {
    if (!play) throw new Error('no scenario');
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(`${baseUrl}?renderer=canvas#/play/${play.scenario.id}`);
      await chooseByKeyboard(page, play.choices.slice(0, 1));
      await page.keyboard.press('Enter');
      while ((await page.locator('.decide:not([hidden]) .choice').count()) === 0)
        await page.keyboard.press('Enter');
      const hash = page.url();
      await page.locator('.path-picker summary').click();
      await page.locator('.path-picker-list button').first().waitFor();
      for (const key of ['1', '2', 'ArrowRight', 'ArrowLeft']) {
        await page.keyboard.press(key);
        expect(page.url(), key).toBe(hash);
        expect(await page.locator('.feedback:not([hidden])').count(), key).toBe(0);
      }
      await page.keyboard.press('Escape');
      await page.keyboard.press('1');
      await page.locator('.feedback:not([hidden])').waitFor();
      expect(page.url()).not.toBe(hash);
      expect(errors).toEqual([]);
    });
  });

  it('keeps the tools on screen for a trainee alone while the mouse rests', async () => {
    if (!play) throw new Error('no scenario');
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(`${baseUrl}?renderer=canvas#/play/${play.scenario.id}`);
      await page.locator('.line[data-current]').waitFor();
      await page.mouse.move(300, 300);
      await page.locator('.stage .next').blur();
      // The pointer goes idle after 3 s (presenter mode fades the tools then; solo play does not).
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.pointer), {
          timeout: 6000,
        })
        .toBe('idle');
      expect(
        await page.locator('.tools').evaluate((tools) => getComputedStyle(tools).opacity),
      ).toBe('1');
      expect(errors).toEqual([]);
    });
  });

  it('keeps number keys in the reasoning box and stores the note for the debrief', async () => {
    const scenario = loadScenarios().find((s) => s.nodes.some((node) => node.reasoning));
    if (!scenario) throw new Error('no meeting asks for reasoning');
    const node = scenario.nodes.find((n) => n.reasoning);
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(`${baseUrl}?renderer=canvas#/play/${scenario.id}`);
      const analyzed = plannedPlays(scenario)[0];
      const index =
        analyzed?.choices.findIndex((id) => node?.choices.some((c) => c.id === id)) ?? -1;
      if (!analyzed || index < 0) throw new Error('the best path skips the reasoning node');
      await chooseByKeyboard(page, analyzed.choices.slice(0, index));
      await page.keyboard.press('Enter');
      while (!(await page.locator('.reasoning-input').isVisible()))
        await page.keyboard.press('Enter');
      await page.locator('.reasoning-input').focus();
      await page.keyboard.type('Customers first, 2 reasons');
      expect(await page.locator('.feedback:not([hidden])').count()).toBe(0);
      // The note is saved as typed: a reload before choosing keeps it.
      await page.waitForTimeout(1000);
      await page.reload();
      while (!(await page.locator('.reasoning-input').isVisible()))
        await page.keyboard.press('Enter');
      expect(await page.locator('.reasoning-input').inputValue()).toBe(
        'Customers first, 2 reasons',
      );
      await page.keyboard.press('Escape');
      await playByKeyboard(page, analyzed.choices.slice(index));
      expect(await page.locator('.notes dd').allTextContents()).toContain(
        'Customers first, 2 reasons',
      );
      expect(errors).toEqual([]);
    });
  });
});

describe('two windows', () => {
  it('keeps the changes both windows save, instead of the last writer undoing the other', async () => {
    await withPage(browser(), async ({ page, context, errors }) => {
      await page.goto(`${baseUrl}#/`);
      await page.locator('.card button').first().waitFor();
      const second = await context.newPage();
      await second.goto(`${baseUrl}#/`);
      await second.locator('.card button').first().waitFor();
      await page.keyboard.press('m'); // sound off, saved by the first window
      await page.waitForTimeout(300);
      if (!play) throw new Error('no scenario');
      await second.goto(`${baseUrl}?renderer=canvas#/play/${play.scenario.id}`);
      await chooseByKeyboard(second, play.choices.slice(0, 1)); // a run, saved by the second
      await second.waitForTimeout(300);
      await second.keyboard.press('h'); // and a setting changed there too
      await second.waitForTimeout(300);
      const saved = await page.evaluate(() =>
        JSON.parse(localStorage.getItem('make-the-call') ?? '{}'),
      );
      expect(saved.settings).toMatchObject({ sound: false, showScores: false });
      expect(saved.runs).toHaveLength(1);
      expect(errors).toEqual([]);
    });
  });
});

describe('resilience', () => {
  it('plays to the debrief with the DOM alone when the Phaser chunk cannot load', async () => {
    if (!play) throw new Error('no scenario');
    await withPage(browser(), async ({ page, errors }) => {
      await page.route(/\/(phaser|room)-[^/]*\.js$/, (route) => route.abort());
      await page.goto(`${baseUrl}#/play/${play.scenario.id}`);
      await page.locator('.stage[data-room="failed"]').waitFor();
      expect(await page.locator('.cast').isVisible()).toBe(true);
      expect(await page.locator('.meters').isVisible()).toBe(true);
      await playByKeyboard(page, play.choices);
      expect(await page.locator('.ending-title').textContent()).toBe(play.endingTitle);
      // The browser itself reports the blocked requests; the game adds nothing.
      expect(errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
    });
  });

  it('plays when localStorage throws, and says that nothing will be saved', async () => {
    if (!play) throw new Error('no scenario');
    await withPage(browser(), async ({ page, errors }) => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
      });
      await page.goto(`${baseUrl}?renderer=canvas`);
      await page.locator('.notice').first().waitFor();
      expect(await page.locator('.notice').first().textContent()).toMatch(/sav/i);
      await page.goto(`${baseUrl}?renderer=canvas#/play/${play.scenario.id}`);
      await playByKeyboard(page, play.choices);
      expect(await page.locator('.ending-title').textContent()).toBe(play.endingTitle);
      expect(errors).toEqual([]);
    });
  });
});
