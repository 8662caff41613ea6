/** Reading the saved runs and scanning a page with axe, for the replay browser tests. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface StoredRun {
  id: string;
  parentId?: string;
  forkStep?: number;
  finished: boolean;
  record: { steps: { choiceId: string }[] };
}

/** The runs in the page's saved-data envelope, as stored. */
export function storedRuns(page: Page): Promise<StoredRun[]> {
  return page.evaluate(
    () => JSON.parse(localStorage.getItem('make-the-call') ?? '{"runs":[]}').runs,
  );
}

/**
 * The page's hash, decoded, without a play link's presentation seed
 * (`~seed`, which every play link now carries: see `seedOf`).
 */
export function hashOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).hash).replace(/\/?~[0-9a-z]+$/, '');
}

/** The presentation seed a play link carries, in base 36, or undefined when it has none. */
export function seedOf(page: Page): string | undefined {
  return /~([0-9a-z]+)$/.exec(new URL(page.url()).hash)?.[1];
}

/**
 * WCAG 2.1 AA and best-practice violations, one line each. A new line fades in
 * (0.35 s): axe would read its colour half-faded, so the fades end first.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running'),
    undefined,
    { timeout: 5_000 },
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
