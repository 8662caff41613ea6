/** What the ui and view layers draw: a plain, serialisable picture of the meeting. */
import type {
  CastMember,
  Ending,
  Line,
  Principle,
  Scenario,
  SceneNode,
} from '../../content/types.ts';
import { PM_SPEAKER } from '../../content/types.ts';
import { availableChoices, indexScenario } from './lookup.ts';
import { shownChoices } from './order.ts';
import type { ReplayResult, ReplayedStep } from './replay.ts';
import { holds, type MeetingState } from './state.ts';

/** The meeting's status, as an explicit union. */
export type MeetingStatus =
  { kind: 'deciding'; nodeId: string; decision: number } | { kind: 'ended'; ending: Ending };

export interface LineView {
  speaker: string;
  name: string;
  role: string;
  mood: NonNullable<Line['mood']>;
  text: string;
}

export interface ChoiceView {
  id: string;
  /** 1-based place in the shown order (order.ts): the key that picks it. */
  number: number;
  text: string;
}

export interface StepView {
  index: number;
  nodeId: string;
  nodeTitle: string;
  choiceId: string;
  choiceText: string;
  feedback: string;
  principle: Principle;
  /** Meters after the step. */
  customer: number;
  pleasing: number;
  /** Trust changes this step made, by cast id. */
  trustDelta: Record<string, number>;
  /**
   * The option on offer with the most customer value (the debrief shows it
   * beside the one taken); on a tie, the one that pleases more, then the
   * first authored. Equal to the taken option when that was the best call.
   */
  best: BestOption;
}

/** An option as the debrief grades it: its text, deltas and principle. */
export interface BestOption {
  id: string;
  text: string;
  customer: number;
  pleasing: number;
  principle: Principle;
}

/** The offered option with the highest customer delta at a replayed step. */
function bestOffered(node: SceneNode | undefined, step: ReplayedStep): BestOption {
  const offered = node ? availableChoices(node, step.before) : [step.choice];
  const best = offered.reduce((top, choice) =>
    choice.customer > top.customer ||
    (choice.customer === top.customer && choice.pleasing > top.pleasing)
      ? choice
      : top,
  );
  const { id, text, customer, pleasing, principle } = best;
  return { id, text, customer, pleasing, principle };
}

export interface MeetingView {
  scenarioId: string;
  status: MeetingStatus;
  /** The node awaiting a decision, while deciding. */
  node?: Pick<SceneNode, 'id' | 'title' | 'prompt' | 'reasoning'>;
  lines: LineView[];
  choices: ChoiceView[];
  meters: { customer: number; pleasing: number };
  trust: Record<string, number>;
  flags: Record<string, boolean>;
  steps: StepView[];
}

/** Speaker name and role for a line; the PM is the player. */
export function speakerOf(scenario: Scenario, speaker: string): { name: string; role: string } {
  if (speaker === PM_SPEAKER) return { name: 'You', role: 'Product Manager' };
  const member: CastMember | undefined = indexScenario(scenario).cast.get(speaker);
  return member ? { name: member.name, role: member.role } : { name: speaker, role: '' };
}

function lineViews(scenario: Scenario, node: SceneNode, state: MeetingState): LineView[] {
  return node.lines
    .filter((line) => holds(line.when, state))
    .map((line) => ({
      speaker: line.speaker,
      ...speakerOf(scenario, line.speaker),
      mood: line.mood ?? 'neutral',
      text: line.text,
    }));
}

/**
 * One decision of a replayed run as the debrief shows it, with the best
 * option that was on offer; the written debrief uses the same view.
 */
export function stepView(scenario: Scenario, step: ReplayedStep): StepView {
  const node = indexScenario(scenario).node.get(step.nodeId);
  const trustDelta: Record<string, number> = {};
  for (const [who, after] of Object.entries(step.after.trust)) {
    const delta = after - (step.before.trust[who] ?? 0);
    if (delta !== 0) trustDelta[who] = delta;
  }
  return {
    index: step.index,
    nodeId: step.nodeId,
    nodeTitle: node?.title ?? step.nodeId,
    choiceId: step.choice.id,
    choiceText: step.choice.text,
    feedback: step.choice.feedback,
    principle: step.choice.principle,
    customer: step.after.customer,
    pleasing: step.after.pleasing,
    trustDelta,
    best: bestOffered(node, step),
  };
}

/**
 * Builds the view of a replayed position, its options in the order the
 * run's `seed` shows them (order.ts).
 */
export function meetingView(scenario: Scenario, position: ReplayResult, seed: number): MeetingView {
  const { state } = position;
  const base = {
    scenarioId: scenario.id,
    meters: { customer: state.customer, pleasing: state.pleasing },
    trust: { ...state.trust },
    flags: { ...state.flags },
    steps: position.steps.map((step) => stepView(scenario, step)),
  };
  if (position.ending) {
    return { ...base, status: { kind: 'ended', ending: position.ending }, lines: [], choices: [] };
  }
  const node = indexScenario(scenario).node.get(position.nodeId ?? '');
  if (!node) throw new Error(`no node "${position.nodeId}" in ${scenario.id}`);
  return {
    ...base,
    status: { kind: 'deciding', nodeId: node.id, decision: position.steps.length },
    node: { id: node.id, title: node.title, prompt: node.prompt, reasoning: node.reasoning },
    lines: lineViews(scenario, node, state),
    choices: shownChoices(node, state, seed).map((choice, i) => ({
      id: choice.id,
      number: i + 1,
      text: choice.text,
    })),
  };
}
