/**
 * What the server sends back: the room as phones see it, the tally only the
 * facilitator sees, errors, and the reply to each request. Phones and the
 * facilitator client validate these too, so a server of another version is
 * reported, not half-understood.
 */
import * as z from 'zod/mini';
import type { core } from 'zod/mini';
import { Decision, Ending, Id, RoomCode, Secret, Token } from './messages.ts';

/** Where the room is: waiting for a decision, voting, vote closed, consequence shown, over. */
export const Phase = z.enum(['lobby', 'voting', 'closed', 'revealed', 'ended']);

/** The room as every participant sees it. Counts are not in it: they would herd the room. */
export const RoomView = z.object({
  code: RoomCode,
  title: z.string(),
  phase: Phase,
  decision: z.optional(Decision),
  chosenOptionId: z.optional(Id),
  consequence: z.optional(z.string()),
  ending: z.optional(Ending),
});

/** The votes on one decision, for the facilitator's projector. */
export const Tally = z.object({
  code: RoomCode,
  decisionId: z.optional(Id),
  /** Votes per option id. */
  counts: z.record(z.string(), z.number()),
  voters: z.number(),
  participants: z.number(),
  /** Grows with every stored change: of two tallies the higher version is the newer. */
  version: z.number(),
});

/** Every way the server refuses a message. */
export const ErrorCode = z.enum([
  'BAD_MESSAGE',
  'TOO_LARGE',
  'RATE_LIMITED',
  'UNKNOWN_EVENT',
  'UNKNOWN_ROOM',
  'WRONG_SECRET',
  'ROOM_FULL',
  'NOT_JOINED',
  'VOTE_CLOSED',
  'UNKNOWN_OPTION',
  'WRONG_PHASE',
  'SERVER_ERROR',
]);

export const LiveError = z.object({
  code: ErrorCode,
  message: z.string(),
  /** The event that was refused, when there was one. */
  event: z.optional(z.string()),
});

/** A participant's own vote on the open decision, returned on (re)join. */
export const OwnVote = z.object({
  decisionId: Id,
  optionId: Id,
  reason: z.optional(z.string()),
});

/** One entry of a decision's history, for the workshop summary: a vote, a change, a reason. */
export const VoteEvent = z.object({
  kind: z.enum(['vote', 'change', 'reason']),
  /** Empty when the participant chose no nickname. */
  nickname: z.string(),
  optionId: Id,
  reason: z.optional(z.string()),
});

const refused = z.object({ ok: z.literal(false), error: LiveError });
const reply = <T extends core.$ZodLooseShape>(shape: T) =>
  z.union([z.object({ ok: z.literal(true), ...shape }), refused]);

/** The reply (Socket.IO acknowledgement) to each client event. */
export const REPLIES = {
  'room:create': reply({ code: RoomCode, secret: Secret, joinUrl: z.string() }),
  'room:control': reply({ state: RoomView, tally: Tally, joinUrl: z.string() }),
  'room:join': reply({ token: Token, state: RoomView, vote: z.optional(OwnVote) }),
  'vote:cast': reply({ decisionId: Id, optionId: Id }),
  'vote:reason': reply({}),
  'vote:open': reply({ state: RoomView }),
  'vote:close': reply({ state: RoomView, tally: Tally, events: z.optional(z.array(VoteEvent)) }),
  'vote:reveal': reply({ state: RoomView }),
  'room:advance': reply({ state: RoomView }),
  'room:end': reply({ state: RoomView }),
  'room:delete': reply({}),
} as const;

/** Events the server sends without being asked, with their schemas. */
export const SERVER_EVENTS = {
  'live:state': RoomView,
  'live:tally': Tally,
  'live:error': LiveError,
  'live:deleted': z.object({ code: RoomCode }),
} as const;

export type Phase = z.infer<typeof Phase>;
export type RoomView = z.infer<typeof RoomView>;
export type Tally = z.infer<typeof Tally>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type LiveError = z.infer<typeof LiveError>;
export type OwnVote = z.infer<typeof OwnVote>;
export type VoteEvent = z.infer<typeof VoteEvent>;
export type ServerEvent = keyof typeof SERVER_EVENTS;
export type ServerMessage<E extends ServerEvent> = z.infer<(typeof SERVER_EVENTS)[E]>;
export type Reply<E extends keyof typeof REPLIES> = z.infer<(typeof REPLIES)[E]>;
/** The successful form of a reply. */
export type Accepted<E extends keyof typeof REPLIES> = Extract<Reply<E>, { ok: true }>;
