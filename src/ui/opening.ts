/**
 * The meeting's opening lines, on screen before the game's JavaScript has
 * arrived. index.html carries, inline, the stylesheet, the opening of every
 * meeting (computed at build time from the scenarios by
 * src/boot/opening-plugin.ts) and a small script (src/boot/boot.ts) that
 * draws it with the meeting's own builders: stage, meters, cast, transcript.
 * The trainee can read on line by line; the play screen then takes over at
 * the line they reached (`takeOpening`), in the same DOM shape, so nothing
 * jumps. On a slow projector connection the meeting is readable at once.
 */
import type { MeetingView } from '../engine/core/view-model.ts';
import { el } from './dom.ts';
import { meetingKey } from './meeting/keys.ts';
import { createCastList, createMeters, type CastScenario } from './meeting/meters.ts';
import { buildStage, decisionHeading, type StageScenario } from './meeting/stage.ts';
import { createTranscript } from './meeting/transcript.ts';

/** The id of the `<script type="application/json">` in index.html holding `FirstScreenData`. */
export const OPENINGS_ID = 'mtc-openings';

/** Marked when the first decision is on screen and answers to Continue (`npm run bench`). */
export const FIRST_DECISION_MARK = 'mtc:first-decision';

/** One meeting's opening: what the stage shows of it, and its first decision as the engine sees it. */
export interface Opening {
  scenario: StageScenario & CastScenario & { id: string };
  view: Pick<MeetingView, 'meters' | 'trust' | 'lines'> & { node: { id: string; title?: string } };
}

/** What index.html carries for the inline script (under OPENINGS_ID). */
export interface FirstScreenData {
  openings: Opening[];
  /**
   * Each meeting's chunk file, by meeting id, fetched early by links that need
   * meetings: a play link its own meeting's, the other screens but the title all.
   */
  scenarioChunks: Record<string, string>;
}

/** A tool pressed in the opening, for the play screen to carry out when it takes over. */
export type OpeningTool = 'help' | 'settings' | 'leave';

/** Where the trainee is in the opening when the play screen takes over. */
export interface OpeningState {
  /** Lines shown, 1…lines.length − 1 as in the meeting; lines.length once they asked for the options. */
  reached: number;
  /** The last tool pressed before the game could open it. */
  tool?: OpeningTool;
}

/** The opening on screen, left on `window` by the inline script for the play screen. */
export interface LiveOpening {
  scenarioId: string;
  state(): OpeningState;
  /** Stops listening to keys and clicks; the DOM stays until the play screen replaces it. */
  stop(): void;
}

declare global {
  interface Window {
    mtcOpening?: LiveOpening;
  }
}

/** Draws `opening` into `root` and follows Continue until `stop()`. */
export function mountOpening(
  root: HTMLElement,
  opening: Opening,
  showScores: boolean,
): LiveOpening {
  const { scenario, view } = opening;
  const total = view.lines.length;
  const state: OpeningState = { reached: 1 };
  const meters = createMeters();
  const cast = createCastList(scenario);
  const transcript = createTranscript();
  const ask = (tool: OpeningTool) => () => (state.tool = tool);
  const stage = buildStage(scenario, meters.element, cast.element, {
    next: () => advance(),
    back: () => undefined,
    help: ask('help'),
    settings: ask('settings'),
    leave: ask('leave'),
  });
  stage.body.append(transcript.element);
  stage.stage.dataset.phase = 'lines';
  stage.decisionLabel.textContent = decisionHeading(1, view.node.title);
  stage.back.disabled = true;
  meters.render(view, showScores);

  const render = () => {
    transcript.show(view.node.id, view.lines, Math.min(state.reached, total));
    cast.render(view, showScores, view.lines[state.reached - 1]?.speaker);
    if (state.reached >= total) {
      // The options need the game itself: say so until it takes over.
      stage.next.textContent = 'Loading the options…';
      stage.next.setAttribute('aria-disabled', 'true');
    }
  };
  let stopped = false;
  function advance() {
    if (stopped || state.reached >= total) return;
    state.reached += 1;
    render();
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    // The meeting's own rule for Continue, so both answer the same keys.
    if (meetingKey(event, 'lines')?.move !== 'continue') return;
    event.preventDefault();
    advance();
  };
  document.addEventListener('keydown', onKey);

  render();
  const outlet = el('main', { class: 'outlet', id: 'main', 'data-screen': 'play' });
  outlet.append(el('div', { class: 'play' }, stage.element));
  root.replaceChildren(outlet);
  // On screen with Continue working (by click and by key, see onKey). Focusing
  // makes the browser lay the page out at once, inside this script (~15-40 ms of
  // the page's first task): the focus waits for the frame, which lays out anyway.
  performance.mark(FIRST_DECISION_MARK);
  requestAnimationFrame(() => {
    if (!stopped && stage.next.isConnected) stage.next.focus({ preventScroll: true });
  });
  return {
    scenarioId: scenario.id,
    state: () => ({ ...state }),
    stop() {
      stopped = true;
      document.removeEventListener('keydown', onKey);
    },
  };
}

/** The opening the inline script drew for `scenarioId`, taken once; it stops listening. */
export function takeOpening(scenarioId: string): OpeningState | undefined {
  const live = window.mtcOpening;
  if (!live) return undefined;
  window.mtcOpening = undefined;
  live.stop();
  return live.scenarioId === scenarioId ? live.state() : undefined;
}
