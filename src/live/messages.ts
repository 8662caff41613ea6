/**
 * What phones and the facilitator send to the server: one zod schema per
 * event, and the types inferred from them. The server validates every inbound
 * message against these before it looks at it; `zod/mini` keeps the phone
 * page within its 35 KB budget.
 */
import * as z from 'zod/mini';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from './codes.ts';
import {
  MAX_ID,
  MAX_NICKNAME,
  MAX_OPTION_TEXT,
  MAX_OPTIONS,
  MAX_PROMPT,
  MAX_REASON,
  MAX_STORY_TEXT,
} from './limits.ts';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A room code: six characters of the room alphabet. */
export const RoomCode = z
  .string()
  .check(z.regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`)));
/** The facilitator secret: 32 random bytes, base64url. */
export const Secret = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
/** A participant token: 16 random bytes, base64url, kept by the phone. */
export const Token = z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/));
/** A decision or option id, as scenarios write them. */
export const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/i), z.maxLength(MAX_ID));

export const Option = z.object({ id: Id, text: text(MAX_OPTION_TEXT) });
export const Decision = z.object({
  id: Id,
  prompt: text(MAX_PROMPT),
  /** In the order the room sees them; phones show them in this order. */
  options: z.array(Option).check(z.minLength(2), z.maxLength(MAX_OPTIONS)),
});
export const Ending = z.object({
  title: text(MAX_OPTION_TEXT),
  text: text(MAX_STORY_TEXT),
  lesson: text(MAX_STORY_TEXT),
});

const control = { code: RoomCode, secret: Secret };

/** Every event a client may send, with the schema of its one argument. */
export const CLIENT_MESSAGES = {
  'room:create': z.object({ title: text(MAX_OPTION_TEXT) }),
  'room:control': z.object(control),
  'room:join': z.object({
    code: RoomCode,
    token: z.optional(Token),
    nickname: z.optional(z.string().check(z.maxLength(MAX_NICKNAME))),
  }),
  'vote:cast': z.object({ code: RoomCode, decisionId: Id, optionId: Id }),
  'vote:reason': z.object({
    code: RoomCode,
    decisionId: Id,
    reason: z.string().check(z.maxLength(MAX_REASON)),
  }),
  'vote:open': z.object({ ...control, decision: Decision }),
  'vote:close': z.object({ ...control, decisionId: Id, chosenOptionId: z.optional(Id) }),
  'vote:reveal': z.object({ ...control, decisionId: Id, consequence: text(MAX_STORY_TEXT) }),
  'room:advance': z.object(control),
  'room:end': z.object({ ...control, ending: Ending }),
  'room:delete': z.object(control),
} as const;

/** The name of an event a client may send. */
export type ClientEvent = keyof typeof CLIENT_MESSAGES;

/** The argument of each client event, as the server sees it after validation. */
export type ClientMessage<E extends ClientEvent> = z.infer<(typeof CLIENT_MESSAGES)[E]>;

export type Option = z.infer<typeof Option>;
export type Decision = z.infer<typeof Decision>;
export type Ending = z.infer<typeof Ending>;

/** Whether `name` is an event clients may send. */
export function isClientEvent(name: string): name is ClientEvent {
  return Object.hasOwn(CLIENT_MESSAGES, name);
}
