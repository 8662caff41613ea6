/**
 * The live room's rules, over a store: who may do what, in which phase, and
 * what each message changes. Inputs are already validated against the
 * protocol's schemas; the socket layer turns the outcomes into replies and
 * broadcasts (outcomes.ts).
 */
import type { ClientMessage, Tally } from '../live/index.ts';
import type { LiveConfig } from './config.ts';
import { UNKNOWN_ROOM, accept, refuse, viewOf, type Outcome } from './outcomes.ts';
import { hashSecret, newRoomCode, newSecret, newToken, secretMatches } from './secrets.ts';
import type { RoomStore, Stage, StoredRoom } from './store.ts';

type Settings = Pick<LiveConfig, 'roomTtlMs' | 'roomCapacity'>;
type Controlled = { code: string; secret: string };

export class RoomService {
  constructor(
    readonly store: RoomStore,
    private readonly settings: Settings,
    private readonly clock: () => number = Date.now,
  ) {}

  /** A new room; the secret goes to its creator only, and is stored as a hash. */
  async create(message: ClientMessage<'room:create'>, joinBase: string): Promise<Outcome> {
    const now = this.clock();
    for (let attempt = 0; attempt < 8; attempt++) {
      const code = newRoomCode();
      const secret = newSecret();
      const room: StoredRoom = {
        code,
        title: message.title,
        secretHash: hashSecret(secret),
        createdAt: now,
        expiresAt: now + this.settings.roomTtlMs,
        capacity: this.settings.roomCapacity,
        stage: { phase: 'lobby' },
      };
      if (await this.store.createRoom(room)) {
        return accept(
          { code, secret, joinUrl: `${joinBase}/join/${code}` },
          { subscribe: { code, control: true } },
        );
      }
    }
    return refuse('SERVER_ERROR', 'Could not find a free room code; try again.');
  }

  /** Control of an existing room for the holder of its secret (a reopened tab resumes). */
  async control(message: Controlled, joinBase: string): Promise<Outcome> {
    const room = await this.authorised(message);
    if ('reply' in room) return room;
    return accept(
      {
        state: viewOf(room, room.stage),
        tally: await this.tally(room),
        joinUrl: `${joinBase}/join/${room.code}`,
      },
      { subscribe: { code: room.code, control: true } },
    );
  }

  /** A participant joins, or comes back with the token its phone kept. */
  async join(message: ClientMessage<'room:join'>): Promise<Outcome> {
    const room = await this.store.getRoom(message.code, this.clock());
    if (!room) return UNKNOWN_ROOM(message.code);
    const token = message.token ?? newToken();
    const nickname = (message.nickname ?? '').trim();
    const joined = await this.store.join(room.code, token, nickname, this.clock());
    if ('full' in joined) {
      return refuse('ROOM_FULL', `Room ${room.code} is full (${room.capacity} people).`);
    }
    const decisionId = room.stage.decision?.id;
    const own = decisionId ? await this.store.ownVote(room.code, decisionId, token) : undefined;
    return accept(
      {
        token,
        state: viewOf(room, room.stage),
        ...(own && decisionId ? { vote: { decisionId, ...own } } : {}),
      },
      { subscribe: { code: room.code, control: false, token }, tally: true },
    );
  }

  /** A vote or a change of vote; acknowledged only once the store has it. */
  async vote(message: ClientMessage<'vote:cast'>, token: string | undefined): Promise<Outcome> {
    if (!token) return refuse('NOT_JOINED', 'Join the room before voting.');
    const { code, decisionId, optionId } = message;
    const result = await this.store.castVote(code, decisionId, token, optionId, this.clock());
    if (result === 'closed')
      return refuse('VOTE_CLOSED', 'This vote is closed; your vote was not counted.');
    if (result === 'unknown-option')
      return refuse('UNKNOWN_OPTION', 'That option is not part of this vote.');
    if (result === 'not-joined') return refuse('NOT_JOINED', 'Join the room before voting.');
    return accept({ decisionId, optionId }, { tally: true });
  }

  async reason(message: ClientMessage<'vote:reason'>, token: string | undefined): Promise<Outcome> {
    if (!token) return refuse('NOT_JOINED', 'Join the room before giving a reason.');
    const { code, decisionId, reason } = message;
    const result = await this.store.setReason(code, decisionId, token, reason.trim(), this.clock());
    if (result === 'closed')
      return refuse('VOTE_CLOSED', 'This vote is closed; the reason was not kept.');
    if (result === 'no-vote') return refuse('WRONG_PHASE', 'Vote first, then say why.');
    return accept({});
  }

  async open(message: ClientMessage<'vote:open'>): Promise<Outcome> {
    const room = await this.authorised(message);
    if ('reply' in room) return room;
    await this.store.openDecision(room.code, message.decision, this.clock());
    const view = viewOf(room, { phase: 'voting', decision: message.decision });
    return accept({ state: view }, { broadcast: view, tally: true });
  }

  /** Closes the vote with the override, or the majority (a tie goes to the option shown first). */
  async close(message: ClientMessage<'vote:close'>): Promise<Outcome> {
    const room = await this.authorised(message);
    if ('reply' in room) return room;
    const decision = room.stage.decision;
    if (room.stage.phase !== 'voting' || decision?.id !== message.decisionId) {
      return refuse('WRONG_PHASE', `Decision ${message.decisionId} is not open for votes.`);
    }
    const stored = await this.store.tally(room.code, decision.id);
    const chosen = message.chosenOptionId ?? majorityOf(decision.options, stored.counts);
    if (!chosen)
      return refuse('WRONG_PHASE', 'Nobody has voted yet: close with the option the room chose.');
    if (!decision.options.some((option) => option.id === chosen)) {
      return refuse('UNKNOWN_OPTION', 'That option is not part of this vote.');
    }
    await this.store.closeDecision(room.code, decision.id, chosen, this.clock());
    const view = viewOf(room, { phase: 'closed', decision, chosenOptionId: chosen });
    // The decision's history goes to the facilitator once, for the run record's split and reasons.
    const history = (await this.store.decisions(room.code)).find(
      (d) => d.decision.id === decision.id,
    );
    const events = (history?.events ?? []).map(({ kind, nickname, optionId, reason }) =>
      reason === undefined ? { kind, nickname, optionId } : { kind, nickname, optionId, reason },
    );
    return accept(
      { state: view, tally: await this.tally(room), events },
      { broadcast: view, tally: true },
    );
  }

  async reveal(message: ClientMessage<'vote:reveal'>): Promise<Outcome> {
    const room = await this.authorised(message);
    if ('reply' in room) return room;
    const { phase, decision } = room.stage;
    if ((phase !== 'closed' && phase !== 'revealed') || decision?.id !== message.decisionId) {
      return refuse('WRONG_PHASE', 'Close the vote before revealing what happened.');
    }
    return this.stage(room, { ...room.stage, phase: 'revealed', consequence: message.consequence });
  }

  async advance(message: Controlled): Promise<Outcome> {
    const room = await this.authorised(message);
    if ('reply' in room) return room;
    if (room.stage.phase === 'voting')
      return refuse('WRONG_PHASE', 'Close the vote before moving on.');
    return this.stage(room, { phase: 'lobby' });
  }

  async end(message: ClientMessage<'room:end'>): Promise<Outcome> {
    const room = await this.authorised(message);
    if ('reply' in room) return room;
    return this.stage(room, { phase: 'ended', ending: message.ending });
  }

  async remove(message: Controlled): Promise<Outcome> {
    const room = await this.authorised(message);
    if ('reply' in room) return room;
    await this.store.deleteRoom(room.code);
    return accept({}, { deleted: room.code });
  }

  /** The facilitator's tally of the room's current decision. */
  async tally(room: Pick<StoredRoom, 'code' | 'stage'>): Promise<Tally> {
    const decisionId = room.stage.decision?.id;
    const participants = await this.store.participantCount(room.code);
    if (!decisionId) return { code: room.code, counts: {}, voters: 0, participants, version: 0 };
    return {
      code: room.code,
      decisionId,
      participants,
      ...(await this.store.tally(room.code, decisionId)),
    };
  }

  private async stage(room: StoredRoom, stage: Stage): Promise<Outcome> {
    await this.store.setStage(room.code, stage);
    const view = viewOf(room, stage);
    return accept({ state: view }, { broadcast: view });
  }

  private async authorised(
    message: Controlled,
  ): Promise<StoredRoom | Extract<Outcome, { reply: { ok: false } }>> {
    const room = await this.store.getRoom(message.code, this.clock());
    if (!room) return UNKNOWN_ROOM(message.code) as Extract<Outcome, { reply: { ok: false } }>;
    if (!secretMatches(message.secret, room.secretHash)) {
      return refuse(
        'WRONG_SECRET',
        'Only the facilitator who opened this room can do that.',
      ) as Extract<Outcome, { reply: { ok: false } }>;
    }
    return room;
  }
}

/** The option with the most votes; a tie goes to the one shown first; none when nobody voted. */
export function majorityOf(
  options: { id: string }[],
  counts: Record<string, number>,
): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const option of options) {
    const n = counts[option.id] ?? 0;
    if (n > most) [best, most] = [option.id, n];
  }
  return best;
}
