/**
 * The scenario schema: the single source of truth for the authored format.
 * TypeScript types are inferred from it (see `types.ts`) and `npm run schema`
 * writes it out as `scenarios/schema.json` for editor completion.
 */
import { z } from 'zod';
import { FUNCTIONS, idPattern, MOODS, PRINCIPLES, RATINGS, TOPICS } from './vocabulary.ts';

export { FUNCTIONS, idPattern, MOODS, PRINCIPLES, RATINGS, TOPICS };

const Id = z
  .string()
  .regex(idPattern, 'ids are lower-case words joined by hyphens, e.g. "design-review"');
const Text = z.string().trim().min(1, 'text must not be empty');

export const Principle = z.enum(PRINCIPLES);

export const Topic = z.enum(TOPICS);

export const Rating = z.enum(RATINGS);

/** An inclusive range on a number; either bound may be left open. */
const Range = z
  .strictObject({ min: z.number().int().optional(), max: z.number().int().optional() })
  .describe('inclusive bounds; at least one of min and max');

/**
 * A condition: every key present must hold. `any` holds when one of its
 * conditions holds, `not` when its condition does not.
 */
export interface Condition {
  customer?: { min?: number; max?: number };
  pleasing?: { min?: number; max?: number };
  trust?: Record<string, { min?: number; max?: number }>;
  flags?: Record<string, boolean>;
  any?: Condition[];
  not?: Condition;
}
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      customer: Range.optional(),
      pleasing: Range.optional(),
      trust: z.record(Id, Range).optional(),
      flags: z.record(Id, z.boolean()).optional(),
      any: z.array(Condition).min(1).optional(),
      not: Condition.optional(),
    })
    .describe('every key present must hold'),
);

const Delta = z.number().int().min(-5).max(5);

export const Line = z.strictObject({
  speaker: Id.describe('a cast id, or "pm" for the player'),
  text: Text,
  mood: z.enum(MOODS).optional(),
  when: Condition.optional().describe('show this line only when the condition holds'),
});

export const Choice = z.strictObject({
  id: Id.describe('unique in the scenario; used in run records and deep links'),
  text: Text.describe('what the PM says or does'),
  customer: Delta.describe('change to the Customer value meter'),
  pleasing: Delta.describe('change to the Stakeholder pleasing meter'),
  trust: z.record(Id, Delta).optional().describe('change to each named cast member’s trust'),
  flags: z.record(Id, z.boolean()).optional().describe('flags this choice sets'),
  requires: Condition.optional().describe('offer this choice only when the condition holds'),
  feedback: Text.describe('what happened next: shows the consequence'),
  principle: Principle,
  next: Id.describe('the next node id, or "end" to close the meeting and pick the ending'),
});

export const SceneNode = z.strictObject({
  id: Id,
  title: Text.optional().describe('a short label for the branch map'),
  lines: z.array(Line).min(1),
  prompt: Text.optional().describe('facilitator discussion prompt, e.g. "Ask the room: …"'),
  reasoning: Text.optional().describe('asks the trainee to write down their reasoning'),
  choices: z.array(Choice).min(1),
});

export const Ending = z.strictObject({
  id: Id,
  title: Text,
  text: Text,
  lesson: Text,
  rating: Rating,
  when: Condition.optional().describe('omit on the last ending only: that is the fallback'),
  further: z.array(Topic).min(1).describe('where to go next after this ending'),
});

export const CastMember = z.strictObject({
  id: Id,
  name: Text,
  role: Text,
  function: z.enum(FUNCTIONS),
  trust: z.number().int().min(-5).max(5).optional().describe('starting trust, default 0'),
});

export const Scenario = z.strictObject({
  format: z.literal(1),
  id: Id,
  title: Text,
  setting: z.strictObject({
    company: Text,
    stage: Text,
    city: Text,
    situation: Text,
  }),
  summary: Text,
  stakes: Text.describe('the stakes in one line, for the meeting card'),
  minutes: z.number().int().min(1).max(120).describe('typical minutes to play'),
  principles: z.array(Principle).min(1),
  cast: z.array(CastMember).min(1),
  start: Id.describe('the id of the first node'),
  nodes: z.array(SceneNode).min(1),
  endings: z.array(Ending).min(1),
});

/** The version of the authored format this build reads. */
export const SCENARIO_FORMAT = 1;
