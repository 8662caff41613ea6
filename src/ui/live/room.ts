/**
 * The live room as presenter mode sees it: found by probing `/live/status`
 * (a static host or a file has none, and presenter mode keeps the hand count),
 * opened or resumed with the secret kept in localStorage, and followed through
 * its tally. The socket client loads only when a room is asked for, so the
 * game's first screen does not wait for it.
 */
import type { Decision, Ending, Tally, VoteEvent } from '../../live/index.ts';
import { LiveClient, type ConnectionChange } from './live-client.ts';

/** Where the room stands: not asked for, looking for a server, none, open, or refused. */
export type RoomStatus = 'idle' | 'probing' | 'offline' | 'open' | 'error';

export interface RoomState {
  status: RoomStatus;
  code: string;
  joinUrl: string;
  /** People in the room, and how many voted on the open decision. */
  participants: number;
  voters: number;
  counts: Record<string, number>;
  /** The open decision, when a vote is open. */
  decisionId: string;
  /** The tally bars are hidden until the facilitator shows them, so the room is not herded. */
  showTally: boolean;
  /** An open room whose server connection dropped: the client is reconnecting by itself. */
  reconnecting: boolean;
  /** A sentence for the facilitator (what to run, what the server refused). */
  message: string;
}

/** The code of the room this browser opened last (its secret is kept by live-client.ts). */
export const CURRENT_KEY = 'make-the-call.live.current';
export const OFFLINE_MESSAGE = 'Run `npm start` to open a live room.';
export const RECONNECTING_MESSAGE = 'Reconnecting to the live room… the phones keep their votes.';

/** Storage that may throw (private mode): the room still opens, it just cannot resume. */
export const storage = {
  getItem: (key: string) => attempt(() => window.localStorage.getItem(key)) ?? null,
  setItem: (key: string, value: string) => attempt(() => window.localStorage.setItem(key, value)),
  removeItem: (key: string) => attempt(() => window.localStorage.removeItem(key)),
};
function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

/** Whether a live-room server answers on this page's origin. */
export async function probe(): Promise<boolean> {
  if (window.location.protocol === 'file:') return false;
  try {
    const response = await fetch('/live/status', { cache: 'no-store' });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/** The presenter's live room; one per page. */
export class PresenterRoom {
  private current: RoomState = {
    status: 'idle',
    code: '',
    joinUrl: '',
    participants: 0,
    voters: 0,
    counts: {},
    decisionId: '',
    showTally: false,
    reconnecting: false,
    message: '',
  };
  private client: LiveClient | undefined;
  private readonly listeners = new Set<() => void>();

  state(): RoomState {
    return this.current;
  }
  isOpen(): boolean {
    return this.current.status === 'open';
  }
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  private set(next: Partial<RoomState>): void {
    this.current = { ...this.current, ...next };
    for (const listener of this.listeners) listener();
  }

  /** Opens a room titled `title`, or resumes the one this browser opened before. */
  async open(title: string): Promise<void> {
    if (this.current.status === 'probing' || this.isOpen()) return;
    this.set({ status: 'probing', message: 'Looking for the live-room server…' });
    if (!(await probe())) return this.set({ status: 'offline', message: OFFLINE_MESSAGE });
    try {
      if (!this.client) this.adopt(new LiveClient({ storage, timeoutMs: 8000 }));
      const client = this.client as LiveClient;
      const previous = storage.getItem(CURRENT_KEY);
      const resumed = previous ? await client.resume(previous).catch(() => undefined) : undefined;
      if (resumed) {
        this.set({ status: 'open', code: previous ?? '', joinUrl: client.joinUrl, message: '' });
        this.follow(resumed.tally);
        return;
      }
      const created = await client.createRoom(title);
      storage.setItem(CURRENT_KEY, created.code);
      this.set({ status: 'open', code: created.code, joinUrl: created.joinUrl, message: '' });
    } catch (error) {
      this.set({ status: 'error', message: messageOf(error) });
    }
  }

  /** Where going back to a room ended (room-resume.ts): its client and tally, or what to say. */
  settle(next: Partial<RoomState>, client?: LiveClient, tally?: Tally): void {
    if (client) this.adopt(client);
    this.set(next);
    if (tally) this.follow(tally);
  }

  /** Takes `client` as the room's connection: its tallies and its drops are followed. */
  private adopt(client: LiveClient): void {
    this.client?.close();
    this.client = client;
    client.onTally((tally) => this.follow(tally));
    client.onConnection((change) => this.connection(change));
  }

  /** A drop shows as reconnecting; a room refused on return (deleted, expired) is closed. */
  private connection(change: ConnectionChange): void {
    if (!this.isOpen()) return;
    if (!change.connected) return this.set({ reconnecting: true, message: RECONNECTING_MESSAGE });
    if (change.refused)
      return this.set({ status: 'error', reconnecting: false, message: change.refused.message });
    this.set({ reconnecting: false, message: '' });
  }

  private follow(tally: Tally): void {
    this.set({
      participants: tally.participants,
      voters: tally.voters,
      counts: tally.counts,
      decisionId: tally.decisionId ?? '',
    });
  }

  toggleTally(): void {
    this.set({ showTally: !this.current.showTally });
  }

  /** Sends the decision to the phones, its options in the order shown. */
  async openVote(decision: Decision): Promise<void> {
    await this.run(async (client) => {
      await client.openVote(decision);
      this.set({ decisionId: decision.id, showTally: false, voters: 0, counts: {} });
    });
  }

  /** Closes the vote with the option taken; returns the final tally and the vote's history. */
  async closeVote(
    decisionId: string,
    chosenOptionId: string,
  ): Promise<{ tally: Tally; events: VoteEvent[] } | undefined> {
    return this.run(async (client) => {
      const closed = await client.closeVote(decisionId, chosenOptionId);
      this.follow(closed.tally);
      return { tally: closed.tally, events: closed.events };
    });
  }

  async reveal(decisionId: string, consequence: string): Promise<void> {
    await this.run((client) => client.reveal(decisionId, consequence));
  }
  async advance(): Promise<void> {
    await this.run((client) => client.advance());
  }
  async end(ending: Ending): Promise<void> {
    await this.run((client) => client.end(ending));
  }

  /** Runs a request when the room is open; a refusal becomes the facilitator's message. */
  private async run<T>(work: (client: LiveClient) => Promise<T>): Promise<T | undefined> {
    if (!this.isOpen() || !this.client) return undefined;
    try {
      const result = await work(this.client);
      if (this.current.message) this.set({ message: '' });
      return result;
    } catch (error) {
      this.set({ message: messageOf(error) });
      return undefined;
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'The live room did not answer.';
}

let room: PresenterRoom | undefined;
/** The page's live room, made on first use. */
export const presenterRoom = (): PresenterRoom => (room ??= new PresenterRoom());
