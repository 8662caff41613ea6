/**
 * Presentation order in the browser (issue 13): the options of a decision
 * are shown in the order the run's seed draws; number keys, a deep link, a
 * rewind and the presenter's room vote all follow the order on screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { presentationOrder } from '../../src/engine/core/order.ts';
import { formatRoute } from '../../src/engine/links/route.ts';
import { useBrowser, withPage } from './support/browser.ts';
import { loadScenarios } from './support/scenarios.ts';
import { pressUntil } from './support/presenter.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const scenario = loadScenarios().find((s) => s.nodes[0]!.choices.length >= 3)!;
const start = scenario.nodes.find((n) => n.id === scenario.start)!;
const orderOf = (seed: number) => presentationOrder(start, seed).map((c) => c.id);

/** Two seeds whose first decisions differ in order, found by the engine, not guessed. */
function differentSeeds(): [number, number] {
  const first = 1001;
  for (let seed = first + 1; seed < first + 200; seed += 1) {
    if (orderOf(seed).join() !== orderOf(first).join()) return [first, seed];
  }
  throw new Error('no two seeds with different orders');
}

/** Continues through the lines until the options are on screen, and reads their ids in order. */
async function shownOrder(page: Page): Promise<string[]> {
  for (
    let presses = 0;
    !(await page.locator('.decide:not([hidden]) .choice').first().isVisible());
    presses += 1
  ) {
    if (presses > 60) throw new Error('the options never appeared');
    await page.keyboard.press('Enter');
  }
  return page
    .locator('.decide .choice')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-choice-id') ?? ''));
}

const playLink = (seed: number, path: string[] = []) =>
  `${baseUrl}?renderer=canvas${formatRoute({ screen: 'play', scenarioId: scenario.id, path, seed })}`;

describe('presentation order', () => {
  it('differs between runs with different seeds and is the one the seed draws', async () => {
    const [a, b] = differentSeeds();
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(playLink(a));
      expect(await shownOrder(page)).toEqual(orderOf(a));
      await page.goto(playLink(b));
      await page.reload();
      expect(await shownOrder(page)).toEqual(orderOf(b));
      expect(orderOf(a)).not.toEqual(orderOf(b));
      expect(errors).toEqual([]);
    });
  });

  it('takes the option shown at the number pressed, and a fresh run gets a fresh order', async () => {
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(`${baseUrl}?renderer=canvas#/play/${scenario.id}`);
      const shown = await shownOrder(page);
      const text = await page
        .locator('.decide .choice')
        .nth(1)
        .locator('.choice-text')
        .textContent();
      await page.keyboard.press('2');
      await page.locator('.feedback:not([hidden])').waitFor();
      expect(await page.locator('.feedback-choice').textContent()).toContain(text ?? '?');
      // The link now names the seed drawn for this run and the option taken.
      const hash = await page.evaluate(() => window.location.hash);
      expect(hash).toMatch(new RegExp(`^#/play/${scenario.id}/${shown[1]}~[0-9a-z]+$`));
      // Solo play answers with what happened, not the score or the principle.
      expect(await page.locator('.feedback-principle').count()).toBe(0);
      expect(await page.locator('.feedback-later').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it('keeps the order through a deep link, a reload and a rewind', async () => {
    const [seed] = differentSeeds();
    const first = orderOf(seed);
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(playLink(seed, [first[0]!]));
      const second = await shownOrder(page);
      await page.reload();
      expect(await shownOrder(page)).toEqual(second);
      // Back one decision: the first decision shows the order it was shown in.
      await page.keyboard.press('ArrowLeft');
      expect(await shownOrder(page)).toEqual(first);
      expect(await page.evaluate(() => window.location.hash)).toContain(`~${seed.toString(36)}`);
      expect(errors).toEqual([]);
    });
  });

  it(
    'counts the room vote per shown row and takes the row voted for',
    { timeout: 180_000 },
    async () => {
      const [seed] = differentSeeds();
      await withPage(browser(), { width: 1024, height: 768 }, async ({ page, errors }) => {
        await page.goto(
          `${baseUrl}?mode=present&renderer=canvas${formatRoute({ screen: 'play', scenarioId: scenario.id, path: [], seed })}`,
        );
        await page.locator('.line[data-current]').waitFor();
        await pressUntil(page, 'PageDown', 'vote', 60);
        const rows = await page
          .locator('.vote-option')
          .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-choice-id') ?? ''));
        expect(rows).toEqual(orderOf(seed));
        await page.keyboard.press('3');
        for (let i = 0; i < 4; i += 1) await page.keyboard.press('+');
        await page.keyboard.press('PageDown');
        await page.locator('.feedback:not([hidden])').waitFor();
        const taken = scenario.nodes.flatMap((n) => n.choices).find((c) => c.id === rows[2]);
        expect(await page.locator('.feedback-choice').textContent()).toContain(taken?.text ?? '?');
        // Presenter mode keeps its reveal: the principle is shown to the room.
        expect(await page.locator('.feedback-principle').count()).toBe(1);
        expect(errors).toEqual([]);
      });
    },
  );
});

describe('the branch map', () => {
  it.each([
    { width: 1920, height: 1080 },
    { width: 1024, height: 768 },
  ])('labels options by their text and no badge covers a label at $width×$height', async (size) => {
    await withPage(browser(), size, async ({ page, errors }) => {
      // A run first, so the map draws its badge on the options taken.
      await page.goto(playLink(4242));
      await shownOrder(page);
      await page.keyboard.press('1');
      await page.locator('.feedback:not([hidden])').waitFor();
      await page.goto(`${baseUrl}#/map/${scenario.id}`);
      await page.locator('.map-svg .option-row').first().waitFor();
      const texts = new Set(scenario.nodes.flatMap((n) => n.choices.map((c) => c.text)));
      const titles = await page.locator('.map-svg .option-row > title').allTextContents();
      expect(titles.every((title) => texts.has(title))).toBe(true);
      const overlaps = await page.evaluate(() =>
        [...document.querySelectorAll('.map-svg .option-row')].flatMap((row) => {
          const labels = [...row.querySelectorAll('.option-label')].map((n) =>
            n.getBoundingClientRect(),
          );
          return [...row.querySelectorAll('.badge')].flatMap((badge) => {
            const b = badge.getBoundingClientRect();
            return labels.some(
              (l) => l.right > b.left && l.left < b.right && l.bottom > b.top && l.top < b.bottom,
            )
              ? [row.getAttribute('data-choice-id')]
              : [];
          });
        }),
      );
      expect(overlaps).toEqual([]);
      await page.screenshot({
        path: `test-results/screenshots/map-${size.width}x${size.height}.png`,
      });
      expect(errors).toEqual([]);
    });
  });
});

describe('feedback that shows, not grades', () => {
  it('keeps the principle for the debrief, beside the best option, unless study mode asks', async () => {
    const analysis = (await import('../../src/engine/analysis/analyze.ts')).analyze(scenario);
    const worst = analysis.worstCustomerPath!.choices;
    await withPage(browser(), async ({ page, errors }) => {
      await page.goto(playLink(777));
      await shownOrder(page);
      // Study mode from the settings: the principle comes back after each choice.
      await page.getByRole('button', { name: 'Settings' }).first().click();
      await page.locator('#set-principle').check();
      await page.keyboard.press('Escape');
      await page.locator(`.choice[data-choice-id="${worst[0]}"]`).click();
      await page.locator('.feedback:not([hidden])').waitFor();
      expect(await page.locator('.feedback-principle').count()).toBe(1);
      expect(await page.locator('.feedback-changes').textContent()).toMatch(/Customer value/);
      // The rest of the worst path, then the debrief names the best option beside each call.
      for (const choiceId of worst.slice(1)) {
        await shownOrderOrFeedback(page);
        await page.locator(`.choice[data-choice-id="${choiceId}"]`).click();
        await page.locator('.feedback:not([hidden])').waitFor();
      }
      await page.locator('.stage .next').click();
      await page.locator('.debrief-page h1').waitFor();
      const others = await page.locator('.decision .best-option[data-best="other"]').count();
      expect(others).toBeGreaterThan(0);
      expect(await page.locator('.decision .principle').count()).toBeGreaterThanOrEqual(
        worst.length,
      );
      await page.screenshot({
        path: 'test-results/screenshots/debrief-best-1024x768.png',
        fullPage: true,
      });
      expect(errors).toEqual([]);
    });
  });
});

/** From the feedback of a decision on to the next decision's options. */
async function shownOrderOrFeedback(page: Page): Promise<void> {
  if (await page.locator('.feedback:not([hidden])').isVisible()) await page.keyboard.press('Enter');
  await shownOrder(page);
}
