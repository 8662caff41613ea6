/**
 * Meeting after meeting in one page, the room leaves nothing behind: ten
 * meetings opened in a row (each with its room drawn, then its last call
 * made and its debrief shown) leave no more `visibilitychange` listeners on
 * the document (Phaser adds one per game and never removes it; see
 * src/view/game-listeners.ts) and no more canvases alive than the first.
 */
import type { CDPSession, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { useBrowser, withPage } from './support/browser.ts';
import { chooseByKeyboard } from './support/drive.ts';
import { loadScenarios, plannedPlays } from './support/scenarios.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const scenarios = loadScenarios();
const ROUNDS = 10;

async function evaluateHandle(cdp: CDPSession, expression: string): Promise<string> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  if (!result.objectId) throw new Error(`${expression} is not an object`);
  return result.objectId;
}

/** Listeners on the document by type, and canvases still alive, after a garbage collection. */
async function leftovers(cdp: CDPSession): Promise<{ visibility: number; canvases: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const document = await evaluateHandle(cdp, 'document');
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: document });
  const prototype = await evaluateHandle(cdp, 'HTMLCanvasElement.prototype');
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId ?? '',
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return {
    visibility: listeners.filter((entry) => entry.type === 'visibilitychange').length,
    canvases: Number(result.value),
  };
}

/** Opens a meeting at its last decision, waits for the room, makes the call, reaches the debrief. */
async function playRound(page: Page, round: number): Promise<void> {
  const scenario = scenarios[round % scenarios.length];
  const play = scenario && plannedPlays(scenario)[0];
  const last = play?.choices.at(-1);
  if (!scenario || !play || !last) throw new Error('no meeting to play');
  const hash = `#/play/${scenario.id}/${play.choices.slice(0, -1).join('.')}`;
  await page.evaluate((to) => (window.location.hash = to), hash);
  await page.locator('.stage[data-room="ready"] .room canvas').waitFor({ timeout: 60_000 });
  await chooseByKeyboard(page, [last]);
  await page.keyboard.press('Enter');
  await page.locator('.debrief-page h1').waitFor();
}

it('leaves no Phaser listener or canvas behind after ten meetings in a row', async () => {
  await withPage(browser(), async ({ page, errors }) => {
    await page.goto(baseUrl);
    await page.locator('.card button').first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    const seen: { visibility: number; canvases: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await playRound(page, round);
      seen.push(await leftovers(cdp));
    }
    // Each meeting draws its own cast (more people, more canvases, which Phaser's canvas
    // pool keeps for reuse), so once every meeting has been played the count may not grow.
    expect(seen.length).toBeGreaterThan(scenarios.length);
    const first = seen[0]!;
    const plateau = Math.max(...seen.slice(0, scenarios.length).map((round) => round.canvases));
    for (const [round, now] of seen.entries()) {
      expect(now.visibility, `visibilitychange listeners after meeting ${round + 1}`).toBe(
        first.visibility,
      );
      if (round < scenarios.length) continue;
      expect(now.canvases, `canvases after meeting ${round + 1}`).toBeLessThanOrEqual(plateau);
    }
    expect(errors).toEqual([]);
  });
}, 300_000);
