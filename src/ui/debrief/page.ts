/**
 * The debrief as the play screen shows it at a meeting's end: the debrief
 * itself, the history's extras (related runs, standing, rewind) and presenter
 * mode's hold-back. The play screen loads this module when a meeting ends, so
 * the debrief, its chart and the analyses behind it are not part of the
 * JavaScript a meeting needs before its first option.
 */
import type { Scenario } from '../../content/types.ts';
import type { MeetingSession } from '../../engine/core/session.ts';
import type { App } from '../app.ts';
import { enhanceDebrief } from '../history/debrief-extras.ts';
import { holdBackDebrief } from '../presenter/chrome/debrief.ts';
import { renderDebrief } from './debrief.ts';

export interface DebriefPage {
  element: HTMLElement;
  /** Stops the hold-back watching the settings (it would keep the page alive). */
  release(): void;
}

/** Shows the debrief in `into` (replacing what it holds); the extras and hold-back need it attached. */
export function debriefPage(
  app: App,
  into: HTMLElement,
  scenario: Scenario,
  session: MeetingSession,
  rewind: (step?: number) => void,
): DebriefPage {
  const element = renderDebrief(scenario, session.view(), session.record(), {
    playAgain: () => app.go({ screen: 'play', scenarioId: scenario.id, path: [] }),
    rewind: () => rewind(),
    meetings: () => app.go({ screen: 'select' }),
  });
  into.replaceChildren(element);
  enhanceDebrief(app, element, session, rewind);
  return { element, release: holdBackDebrief(app, element) };
}
