/** "What comes next", for the facilitator's notes in the presenter view. */
import type { Scenario } from '../../content/types.ts';
import type { MeetingView } from '../../engine/core/view-model.ts';
import type { PhaseKind } from './meeting-stage.ts';

export function nextWords(
  scenario: Scenario,
  view: MeetingView,
  kind: PhaseKind,
  shown: number,
  stage: 'discuss' | 'vote',
): string {
  void scenario;
  if (kind === 'lines') {
    const line = view.lines[shown];
    if (line) return `${line.name} says: “${line.text}”`;
    return view.node?.prompt
      ? 'The discussion prompt for the room.'
      : 'The options, for the room’s vote.';
  }
  if (kind === 'choices') {
    return stage === 'discuss'
      ? 'The options, for the room’s vote (→ or Page Down).'
      : 'Enter takes the room’s majority; then reveal the other options one by one.';
  }
  if (view.status.kind === 'ended')
    return `The debrief: ${view.status.ending.title} (rating held back until H).`;
  return view.node?.title ? `The next scene: ${view.node.title}.` : 'The next scene.';
}
