/** Types inferred from the schema, so the format is described once. */
import type { z } from 'zod';
import type {
  CastMember as CastMemberSchema,
  Choice as ChoiceSchema,
  Ending as EndingSchema,
  Line as LineSchema,
  Scenario as ScenarioSchema,
  SceneNode as SceneNodeSchema,
  PRINCIPLES,
  RATINGS,
  TOPICS,
} from './schema.ts';

export type { Condition } from './schema.ts';
export type Scenario = z.infer<typeof ScenarioSchema>;
export type SceneNode = z.infer<typeof SceneNodeSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type Ending = z.infer<typeof EndingSchema>;
export type Line = z.infer<typeof LineSchema>;
export type CastMember = z.infer<typeof CastMemberSchema>;
export type Principle = (typeof PRINCIPLES)[number];
export type Rating = (typeof RATINGS)[number];
export type Topic = (typeof TOPICS)[number];

/** The speaker id reserved for the player. */
export const PM_SPEAKER = 'pm';
/** The `next` value that closes the meeting and chooses an ending. */
export const END = 'end';
