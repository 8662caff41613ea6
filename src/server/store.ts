/**
 * The room store: everything the live room must not lose, behind one small
 * interface with two real implementations (SQLite by default, Redis for
 * several processes), both held to one test suite. Every method that changes
 * something resolves only once the change is stored, so a reply sent after
 * it (a vote's acknowledgement) never promises what a crash could take back.
 */
import type { Decision, Ending, Phase } from '../live/index.ts';

/** Where the room's meeting is: the part of the room every phone sees. */
export interface Stage {
  phase: Phase;
  decision?: Decision;
  chosenOptionId?: string;
  consequence?: string;
  ending?: Ending;
}

/** A room as stored. */
export interface StoredRoom {
  code: string;
  title: string;
  /** SHA-256 of the facilitator secret, hex; the secret itself is never stored. */
  secretHash: string;
  createdAt: number;
  expiresAt: number;
  capacity: number;
  stage: Stage;
}

export interface Participant {
  token: string;
  nickname: string;
  joinedAt: number;
}

/** The votes on one decision. */
export interface StoredTally {
  counts: Record<string, number>;
  voters: number;
  /** Grows with every stored vote or change of vote in the room. */
  version: number;
}

/** One entry of a decision's history: a vote, a change of vote, or a reason. */
export interface VoteEvent {
  kind: 'vote' | 'change' | 'reason';
  nickname: string;
  optionId: string;
  reason?: string;
  at: number;
}

/** A decision the room voted on, with what it chose: for the workshop summary. */
export interface DecisionRecord {
  decision: Decision;
  openedAt: number;
  closedAt?: number;
  chosenOptionId?: string;
  tally: StoredTally;
  events: VoteEvent[];
}

export type JoinResult = { participant: Participant } | { full: true };
export type VoteResult = 'ok' | 'closed' | 'unknown-option' | 'not-joined';
export type ReasonResult = 'ok' | 'closed' | 'no-vote';

/** The one interface both stores implement; codes are already validated. */
export interface RoomStore {
  /** Stores a new room; false when the code is taken (the caller draws another). */
  createRoom(room: StoredRoom): Promise<boolean>;
  /** The room, or undefined when there is none or it has expired at `now`. */
  getRoom(code: string, now: number): Promise<StoredRoom | undefined>;
  /** Opens `decision` for votes (again, keeping its votes, if it was opened before). */
  openDecision(code: string, decision: Decision, now: number): Promise<void>;
  /** Closes the open decision with the room's choice. */
  closeDecision(
    code: string,
    decisionId: string,
    chosenOptionId: string,
    now: number,
  ): Promise<void>;
  /** Any other change of stage (reveal, advance, end). */
  setStage(code: string, stage: Stage): Promise<void>;
  /** Adds a participant, or returns the one holding `token`; `full` when at capacity. */
  join(code: string, token: string, nickname: string, now: number): Promise<JoinResult>;
  participantCount(code: string): Promise<number>;
  /** Stores a vote or a change of vote, if `decisionId` is open and offers `optionId`. */
  castVote(
    code: string,
    decisionId: string,
    token: string,
    optionId: string,
    now: number,
  ): Promise<VoteResult>;
  /** Stores the reason for the participant's vote on the open decision. */
  setReason(
    code: string,
    decisionId: string,
    token: string,
    reason: string,
    now: number,
  ): Promise<ReasonResult>;
  tally(code: string, decisionId: string): Promise<StoredTally>;
  /** The participant's vote on a decision, with its reason. */
  ownVote(
    code: string,
    decisionId: string,
    token: string,
  ): Promise<{ optionId: string; reason?: string } | undefined>;
  /** Every decision opened in the room, in the order they were first opened. */
  decisions(code: string): Promise<DecisionRecord[]>;
  deleteRoom(code: string): Promise<void>;
  /** Removes the rooms expired at `now`, with all their data; returns how many. */
  purgeExpired(now: number): Promise<number>;
  close(): Promise<void>;
}
