/**
 * Driving and measuring presenter mode: the stage the presenter part is at,
 * font sizes against the projector thresholds, and anything sticking out of
 * the viewport, cut off or overlapping.
 */
import type { Page } from 'playwright-core';
import type { Scenario } from '../../../src/content/types.ts';
import { availableChoices } from '../../../src/engine/core/lookup.ts';
import { shownChoices } from '../../../src/engine/core/order.ts';
import { replayChoices } from '../../../src/engine/core/replay.ts';

export type PresenterStage = 'lines' | 'discuss' | 'vote' | 'choices' | 'feedback';

export const stageOf = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.querySelector<HTMLElement>('.stage')?.dataset.presenterStage);

/** Presses `key` until the presenter part is at `wanted` (at most `limit` presses). */
export async function pressUntil(
  page: Page,
  key: string,
  wanted: PresenterStage,
  limit = 40,
): Promise<void> {
  for (let presses = 0; presses <= limit; presses += 1) {
    if ((await stageOf(page)) === wanted) return;
    await page.keyboard.press(key);
  }
  throw new Error(`never reached the ${wanted} stage with ${key} (at ${await stageOf(page)})`);
}

/** Font sizes in px of the current line and of the option texts, with the viewport height. */
export function fontSizes(
  page: Page,
): Promise<{ height: number; line?: number; options: number[]; prompt?: number }> {
  return page.evaluate(() => {
    const size = (node: Element | null) =>
      node ? parseFloat(getComputedStyle(node).fontSize) : undefined;
    const visible = (node: Element) => (node as HTMLElement).offsetParent !== null;
    return {
      height: window.innerHeight,
      line: size(
        [...document.querySelectorAll('.line[data-current] .line-text')].find(visible) ?? null,
      ),
      options: [...document.querySelectorAll('.vote-text')]
        .filter(visible)
        .map((n) => parseFloat(getComputedStyle(n).fontSize)),
      prompt: size(document.querySelector('.presenter-prompt-text')),
    };
  });
}

/**
 * Visible elements of the meeting that stick out of the viewport, containers
 * whose content is cut off, and presenter content running under the footer.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (n: Element) => `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}`;
    const { innerWidth: w, innerHeight: h } = window;
    for (const node of document.querySelectorAll(
      '.dialogue *, .presenter-countdown, .presenter-bar',
    )) {
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (getComputedStyle(node).visibility === 'hidden') continue;
      if (box.left < -1 || box.top < -1 || box.right > w + 1 || box.bottom > h + 1) {
        problems.push(
          `${describe(node)} sticks out (${Math.round(box.left)},${Math.round(box.top)})–(${Math.round(box.right)},${Math.round(box.bottom)})`,
        );
      }
    }
    for (const node of document.querySelectorAll('.dialogue, .dialogue-body, .presenter-part')) {
      const el = node as HTMLElement;
      if (el.offsetParent !== null && el.scrollHeight > el.clientHeight + 2) {
        problems.push(`${describe(el)} cuts off ${el.scrollHeight - el.clientHeight}px`);
      }
    }
    const foot = document.querySelector('.dialogue-foot')?.getBoundingClientRect();
    const parts = [...document.querySelectorAll('.dialogue-body > *')].filter(
      (n) => (n as HTMLElement).offsetParent !== null,
    );
    for (const part of parts) {
      const box = part.getBoundingClientRect();
      if (foot && box.height > 0 && box.bottom > foot.top + 1)
        problems.push(`${describe(part)} runs under the footer`);
    }
    return problems;
  });
}

/** A path of choice ids that reaches `nodeId` (breadth first over real plays). */
export function pathTo(scenario: Scenario, nodeId: string): string[] {
  const queue: string[][] = [[]];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() as string[];
    const position = replayChoices(scenario, path);
    if (!position.ok || !position.nodeId) continue;
    if (position.nodeId === nodeId) return path;
    if (seen.has(position.nodeId)) continue;
    seen.add(position.nodeId);
    const node = scenario.nodes.find((n) => n.id === position.nodeId);
    for (const choice of node?.choices ?? []) queue.push([...path, choice.id]);
  }
  throw new Error(`${scenario.id}: no play reaches ${nodeId}`);
}

/**
 * The decision with the most options offered (and the most text in them) of all
 * scenarios, on the first play that reaches it: the hardest to fit. Options a
 * `requires` holds back on that play do not count, since they are not shown.
 */
export function busiestDecision(scenarios: readonly Scenario[]): {
  scenario: Scenario;
  path: string[];
} {
  let best: { scenario: Scenario; path: string[]; weight: number } | undefined;
  for (const scenario of scenarios) {
    for (const node of scenario.nodes) {
      const path = pathTo(scenario, node.id);
      const offered = availableChoices(node, replayChoices(scenario, path).state);
      const weight = offered.length * 1000 + offered.reduce((sum, c) => sum + c.text.length, 0);
      if (!best || weight > best.weight) best = { scenario, path, weight };
    }
  }
  if (!best) throw new Error('no scenarios');
  return { scenario: best.scenario, path: best.path };
}

/**
 * Link seeds (base 36, for `~<seed>`) whose option orders, between them, show
 * everything the reveal after the room's vote can show at the decision `path`
 * reaches: the room takes the option shown at `takenNumber`, and the other
 * options are revealed in the order shown, the last one in full. One seed for
 * each pair of taken option and last revealed option.
 */
export function revealOrderSeeds(
  scenario: Scenario,
  path: readonly string[],
  takenNumber: number,
): string[] {
  const position = replayChoices(scenario, [...path]);
  const node = scenario.nodes.find((n) => n.id === position.nodeId);
  if (!node) throw new Error(`${scenario.id}: ${path.join('.')} reaches no decision`);
  const offered = availableChoices(node, position.state).length;
  const wanted = offered * (offered - 1);
  const seeds = new Map<string, string>();
  for (let seed = 1; seed <= 10_000 && seeds.size < wanted; seed += 1) {
    const shown = shownChoices(node, position.state, seed).map((choice) => choice.id);
    const taken = shown[takenNumber - 1];
    const last = shown.filter((id) => id !== taken).at(-1);
    const key = `${taken} ${last}`;
    if (!seeds.has(key)) seeds.set(key, seed.toString(36));
  }
  if (seeds.size < wanted) throw new Error(`only ${seeds.size} of ${wanted} reveals found`);
  return [...seeds.values()];
}

/** The saved runs' steps, from localStorage. */
export function savedSteps(page: Page): Promise<
  {
    id: string;
    steps: { choiceId: string; votes?: Record<string, number>; override?: boolean }[];
  }[]
> {
  return page.evaluate(() => {
    const data = JSON.parse(localStorage.getItem('make-the-call') ?? '{"runs":[]}') as {
      runs: {
        id: string;
        record: {
          steps: { choiceId: string; votes?: Record<string, number>; override?: boolean }[];
        };
      }[];
    };
    return data.runs.map((run) => ({ id: run.id, steps: run.record.steps }));
  });
}

/** Clicks a button of the presenter bar, which shows only while the pointer moves. */
export async function clickBar(page: Page, name: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    await page.mouse.move(300 + attempt, 300);
    try {
      await page.getByRole('button', { name }).click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}
