/**
 * Playing the game with the keyboard only, the way a trainee without a
 * mouse would: Tab to a meeting, Enter, continue keys through the lines,
 * number keys for the options.
 */
import type { Page } from 'playwright-core';

const CONTINUE = ['Enter', 'ArrowRight', 'PageDown', ' '] as const;

/** Tabs from the top of the title screen to the meeting's Start button and presses Enter. */
export async function startMeetingByKeyboard(page: Page, scenarioId: string): Promise<void> {
  await page.locator('.card button').first().waitFor();
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-scenario'),
    );
    if (focused === scenarioId) {
      await page.keyboard.press('Enter');
      await page.locator('.stage .line, .stage .choice').first().waitFor();
      return;
    }
  }
  const broken = await page.locator('.card-broken').allTextContents();
  throw new Error(
    `could not reach the Start button of ${scenarioId} with Tab; broken cards: ${broken.join(' | ') || 'none'}`,
  );
}

/** The number key that picks `choiceId` now, read from the buttons on screen. */
async function keyFor(page: Page, choiceId: string): Promise<string> {
  const button = page.locator(`.choice[data-choice-id="${choiceId}"]`);
  if ((await button.count()) === 0) {
    const offered = await page
      .locator('.choice')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-choice-id')));
    throw new Error(`"${choiceId}" is not on offer; the screen offers ${offered.join(', ')}`);
  }
  const shortcut = await button.getAttribute('aria-keyshortcuts');
  if (!shortcut) throw new Error(`the button for ${choiceId} has no key`);
  return shortcut;
}

/**
 * Makes `choices` from wherever the meeting is, continuing through lines
 * and feedback; stops on the feedback of the last one. `style` rotates the
 * continue keys so every one of them is used.
 */
export async function chooseByKeyboard(
  page: Page,
  choices: readonly string[],
  style = 0,
): Promise<void> {
  let presses = 0;
  const next = () => CONTINUE[(style + presses++) % CONTINUE.length] ?? 'Enter';
  for (const choiceId of choices) {
    while (!(await page.locator('.decide:not([hidden]) .choice').first().isVisible())) {
      if (presses > 400) throw new Error('the options never appeared');
      await page.keyboard.press(next());
    }
    await page.keyboard.press(await keyFor(page, choiceId));
    await page.locator('.feedback:not([hidden])').waitFor();
  }
}

/** Plays `choices` and continues past the last feedback to the debrief. */
export async function playByKeyboard(
  page: Page,
  choices: readonly string[],
  style = 0,
): Promise<void> {
  await chooseByKeyboard(page, choices, style);
  await page.keyboard.press('Enter');
  await page.locator('.debrief-page h1').waitFor();
}

/** Plays `choices` with the mouse only: Continue and option buttons, then on to the debrief. */
export async function playByMouse(page: Page, choices: readonly string[]): Promise<void> {
  for (const choiceId of choices) {
    for (
      let clicks = 0;
      !(await page.locator(`.choice[data-choice-id="${choiceId}"]`).isVisible());
      clicks += 1
    ) {
      if (clicks > 100) throw new Error(`"${choiceId}" never appeared`);
      await page.locator('.stage .next').click();
    }
    await page.locator(`.choice[data-choice-id="${choiceId}"]`).click();
    await page.locator('.feedback:not([hidden])').waitFor();
  }
  await page.locator('.stage .next').click();
  await page.locator('.debrief-page h1').waitFor();
}
