/**
 * The decisions that are hardest to fit on a small screen — those that ask for
 * the trainee's reasoning as well as a pick — with the links that open them,
 * one per way their options can share the rows of the dialogue.
 */
import type { Page } from 'playwright-core';
import type { Scenario } from '../../../src/content/types.ts';
import { shownChoices } from '../../../src/engine/core/order.ts';
import { replayChoices } from '../../../src/engine/core/replay.ts';
import { pathTo } from './presenter.ts';

export interface OpenDecision {
  /** "fintech-sync/security-finding ~k3": what a failure names. */
  label: string;
  /** The `#/play/…` hash that opens it, with its option order's seed. */
  hash: string;
  /** How many options it offers on that play. */
  options: number;
}

/**
 * Seeds (base 36) whose option orders, between them, pair every option with
 * every other in the first row of two: with four options in two columns, each
 * row is as tall as its longer option, so which two share a row sets the height.
 */
function pairingSeeds(scenario: Scenario, path: readonly string[], nodeId: string): string[] {
  const node = scenario.nodes.find((n) => n.id === nodeId);
  const state = replayChoices(scenario, [...path]).state;
  if (!node) throw new Error(`${scenario.id}: no node ${nodeId}`);
  const seeds = new Map<string, string>();
  for (let seed = 1; seed <= 10_000 && seeds.size < 3; seed += 1) {
    const shown = shownChoices(node, state, seed).map((choice) => choice.id);
    const pairing = [shown.slice(0, 2).sort().join('+'), shown.slice(2).sort().join('+')]
      .sort()
      .join(' / ');
    if (!seeds.has(pairing)) seeds.set(pairing, seed.toString(36));
  }
  return [...seeds.values()];
}

/**
 * Every decision in `scenarios` that asks for reasoning, on the first play that
 * reaches it: once per pairing of its options when it offers four or more,
 * once otherwise (one column: the order changes no height).
 */
export function reasoningDecisions(scenarios: readonly Scenario[]): OpenDecision[] {
  return scenarios.flatMap((scenario) =>
    scenario.nodes
      .filter((node) => node.reasoning)
      .flatMap((node) => {
        const path = pathTo(scenario, node.id);
        const offered = shownChoices(node, replayChoices(scenario, path).state, 1).length;
        const seeds = offered >= 4 ? pairingSeeds(scenario, path, node.id) : ['1'];
        return seeds.map((seed) => ({
          label: `${scenario.id}/${node.id} ~${seed}`,
          hash: `#/play/${scenario.id}/${path.join('.')}~${seed}`,
          options: offered,
        }));
      }),
  );
}

/** Opens `hash` (after `query`) and reads on until the decision's options show. */
export async function openDecision(
  page: Page,
  baseUrl: string,
  hash: string,
  query = '',
): Promise<void> {
  await page.goto(`${baseUrl}${query}${hash}`);
  const options = page.locator('.decide:not([hidden]) .choice');
  for (let i = 0; i < 40 && (await options.count()) === 0; i++) {
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
  }
  await options.first().waitFor();
}

/** Waits until the room is drawn and the transcript has folded to the space it has. */
export async function roomSettled(page: Page): Promise<void> {
  await page.locator('.stage[data-room="ready"] .room canvas').waitFor({ timeout: 60_000 });
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}
