/**
 * The 16:9 stage: the Phaser room's canvas behind, the DOM layer in front.
 * The room draws the full 1920×1080 design (its own meters panel top left,
 * the cast along the table, name plates at ~55–63% of the height), so the
 * DOM keeps out of its way: the dialogue along the bottom (~35% while
 * lines are read and after a choice, more while choosing), with the tools
 * in its footer beside Continue. The
 * DOM meters and cast list are the picture until the room is ready, and
 * stay in the DOM for screen readers after it (see styles.css).
 */
import type { Scenario } from '../../content/types.ts';
import { button, el } from '../dom.ts';

export interface StageParts {
  element: HTMLElement;
  stage: HTMLElement;
  room: HTMLElement;
  /** Where the meeting puts the transcript, the options and the feedback. */
  body: HTMLElement;
  decisionLabel: HTMLElement;
  next: HTMLButtonElement;
  back: HTMLButtonElement;
  /** "Earlier decisions", filled by src/ui/history/path-picker.ts. */
  picker: HTMLDetailsElement;
}

export interface StageActions {
  next(): void;
  back(): void;
  help(): void;
  settings(): void;
  leave(): void;
}

/** The heading over the dialogue: "Decision 2: The ask". */
export function decisionHeading(decision: number, title: string | undefined): string {
  return title ? `Decision ${decision}: ${title}` : `Decision ${decision}`;
}

/** What the stage shows of the scenario: the inline opening (src/boot) has only this much. */
export type StageScenario = Pick<Scenario, 'title'> & {
  setting: Pick<Scenario['setting'], 'company' | 'city'>;
};

export function buildStage(
  scenario: StageScenario,
  meters: HTMLElement,
  cast: HTMLElement,
  actions: StageActions,
): StageParts {
  const room = el('div', { class: 'room' });
  const back = button('Back one decision', actions.back, {
    class: 'quiet',
    'aria-keyshortcuts': 'ArrowLeft PageUp',
  });
  // Filled by the meeting's path picker (src/ui/history/path-picker.ts); here so the
  // tools keep one layout from the first paint on.
  const picker = el(
    'details',
    { class: 'path-picker' },
    el('summary', {}, 'Earlier decisions'),
    el('ol', { class: 'path-picker-list' }),
  );
  const tools = el(
    'nav',
    { class: 'tools', 'aria-label': 'Meeting tools' },
    back,
    picker,
    button('Shortcuts', actions.help, { class: 'quiet', 'aria-keyshortcuts': '?' }),
    button('Settings', actions.settings, { class: 'quiet' }),
    button('Leave meeting', actions.leave, { class: 'quiet' }),
  );
  const { company, city } = scenario.setting;
  const decisionLabel = el('h2', { class: 'decision-label', id: 'decision-label' });
  const title = el('h1', { class: 'meeting-title' }, scenario.title);
  title.append(el('span', { class: 'meeting-where' }, ` · ${company}, ${city}`));
  const heading = el('header', { class: 'dialogue-head' }, title, decisionLabel);
  const next = button('Continue', actions.next, {
    class: 'primary next',
    'aria-keyshortcuts': 'Enter Space ArrowRight PageDown',
  });
  const body = el('div', { class: 'dialogue-body' });
  const foot = el('div', { class: 'dialogue-foot' }, tools, next);
  const dialogue = el(
    'section',
    { class: 'dialogue', 'aria-labelledby': 'decision-label' },
    heading,
    body,
    foot,
  );
  const layer = el('div', { class: 'layer' }, meters, cast, dialogue);
  const stage = el('div', { class: 'stage', 'data-room': 'waiting' }, room, layer);
  const element = el('div', { class: 'stage-wrap' }, stage);
  return { element, stage, room, body, decisionLabel, next, back, picker };
}
