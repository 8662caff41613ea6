/**
 * Meeting after meeting in one page, nothing is left behind: ten meetings
 * opened in a row (each with its room drawn, then its last call made and its
 * debrief shown) leave no more `visibilitychange` listeners on the document
 * (Phaser adds one per game and never removes it; see
 * src/view/game-listeners.ts), no more canvases alive than the first, and
 * no more DOM nodes or JS event listeners — counted by Chromium, detached
 * ones kept alive by a closure included — than the first round of meetings.
 * (A presenter-room subscription that outlived its meeting once kept every
 * finished meeting and its debrief: ~700 nodes a meeting.)
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

interface Leftovers {
  visibility: number;
  canvases: number;
  /** Every DOM node alive, in the document or not (CDP Performance.getMetrics `Nodes`). */
  nodes: number;
  /** Every JS event listener alive (`JSEventListeners`). */
  listeners: number;
}

/** Listeners on the document by type, canvases, DOM nodes and listeners still alive, after a garbage collection. */
async function leftovers(cdp: CDPSession): Promise<Leftovers> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
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
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
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

it('leaves no listener, canvas or DOM node behind after ten meetings in a row', async () => {
  await withPage(browser(), async ({ page, errors }) => {
    await page.goto(baseUrl);
    await page.locator('.card button').first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    const seen: Leftovers[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await playRound(page, round);
      seen.push(await leftovers(cdp));
    }
    // Each meeting draws its own cast (more people, more canvases, which Phaser's canvas
    // pool keeps for reuse, each a DOM node), so once every meeting has been played once
    // no count may grow past the most the first round reached.
    expect(seen.length).toBeGreaterThan(scenarios.length);
    const first = seen[0]!;
    const firstRound = seen.slice(0, scenarios.length);
    const most = (key: keyof Leftovers) => Math.max(...firstRound.map((round) => round[key]));
    for (const [round, now] of seen.entries()) {
      expect(now.visibility, `visibilitychange listeners after meeting ${round + 1}`).toBe(
        first.visibility,
      );
      if (round < scenarios.length) continue;
      for (const key of ['canvases', 'nodes', 'listeners'] as const)
        expect(now[key], `${key} after meeting ${round + 1}`).toBeLessThanOrEqual(most(key));
    }
    expect(errors).toEqual([]);
  });
}, 300_000);
