/**
 * Builders for test scenarios: write only what a test is about (ids, next,
 * deltas, conditions) and get a complete, schema-valid Scenario.
 *
 *   makeScenario({
 *     nodes: [{ id: 'open', choices: [{ id: 'ask', next: 'end', customer: 2 }] }],
 *     endings: [{ id: 'good', when: { customer: { min: 2 } } }, { id: 'meh' }],
 *   });
 */
import { Scenario as ScenarioSchema } from '../../src/content/schema.ts';
import type {
  CastMember,
  Choice,
  Ending,
  Line,
  Scenario,
  SceneNode,
} from '../../src/content/types.ts';

export type ChoiceInput = Partial<Choice> & Pick<Choice, 'id' | 'next'>;

export interface NodeInput extends Partial<Omit<SceneNode, 'choices'>> {
  id: string;
  choices: ChoiceInput[];
}

export type EndingInput = Partial<Ending> & Pick<Ending, 'id'>;
export type CastInput = Partial<CastMember> & Pick<CastMember, 'id'>;

export interface ScenarioInput extends Partial<Omit<Scenario, 'nodes' | 'endings' | 'cast'>> {
  nodes: NodeInput[];
  /** Default: one fallback ending, `done`. */
  endings?: EndingInput[];
  /** Default: one cast member, `lead`. */
  cast?: CastInput[];
}

export function makeChoice(input: ChoiceInput): Choice {
  return {
    text: `Choose ${input.id}.`,
    customer: 0,
    pleasing: 0,
    feedback: `You chose ${input.id}.`,
    principle: 'decide-what-to-build',
    ...input,
  };
}

export function makeNode(input: NodeInput): SceneNode {
  const lines: Line[] = input.lines ?? [{ speaker: 'pm', text: `At ${input.id}.` }];
  return { ...input, lines, choices: input.choices.map(makeChoice) };
}

export function makeEnding(input: EndingInput): Ending {
  return {
    title: `Ending ${input.id}`,
    text: `The meeting ends: ${input.id}.`,
    lesson: `The lesson of ${input.id}.`,
    rating: 'mixed',
    further: ['stakeholder-management'],
    ...input,
  };
}

export function makeCastMember(input: CastInput): CastMember {
  return { name: input.id, role: 'Stakeholder', function: 'engineering', ...input };
}

/**
 * A complete scenario with defaults for everything the input leaves out.
 * Validated against the schema unless `validate: false` (for very large
 * generated scenarios, where validation would dominate the run time).
 */
export function makeScenario(input: ScenarioInput, options: { validate?: boolean } = {}): Scenario {
  const { nodes, endings, cast, ...rest } = input;
  const scenario: Scenario = {
    format: 1,
    id: 'test-scenario',
    title: 'Test scenario',
    setting: { company: 'Test Co', stage: 'Seed', city: 'Pune', situation: 'A test meeting.' },
    summary: 'A scenario built by a test.',
    stakes: 'Only the test.',
    minutes: 1,
    principles: ['decide-what-to-build'],
    start: nodes[0]?.id ?? 'start',
    ...rest,
    cast: (cast ?? [{ id: 'lead' }]).map(makeCastMember),
    nodes: nodes.map(makeNode),
    endings: (endings ?? [{ id: 'done' }]).map(makeEnding),
  };
  if (options.validate === false) return scenario;
  const parsed = ScenarioSchema.safeParse(scenario);
  if (!parsed.success) {
    throw new Error(`makeScenario built an invalid scenario:\n${parsed.error.message}`);
  }
  return parsed.data;
}
