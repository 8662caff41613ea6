/**
 * The live room as presenter mode sees it: found by probing `/live/status`
 * (a static host or a file has none, and presenter mode keeps the hand count),
 * opened or resumed with the secret kept in localStorage, and followed through
 * its tally. The socket client loads only when a room is asked for, so the
 * game's first screen does not wait for it.
 */
import type { Decision, Ending, Tally, VoteEvent } from '../../live/index.ts';
import type { LiveClient, LiveRoomError } from './live-client.ts';

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
  /** A sentence for the facilitator (what to run, what the server refused). */
  message: string;
}

const CURRENT_KEY = 'make-the-call.live.current';
export const OFFLINE_MESSAGE = 'Run `npm start` to open a live room.';

/** What a reopened page found when it went back to the room it had opened. */
export type ResumeOutcome =
  | { kind: 'none' }
  | { kind: 'resumed'; code: string }
  /** No server answered: the room may still be there, so its key is kept for a later try. */
  | { kind: 'unreachable'; code: string; message: string }
  /** The server no longer has it (expired, deleted) or no longer takes this browser's key. */
  | { kind: 'gone'; code: string; message: string };

/** Storage that may throw (private mode): the room still opens, it just cannot resume. */
const storage = {
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

  /** Whether a live-room server answers on this page's origin. */
  private async probe(): Promise<boolean> {
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

  /** Opens a room titled `title`, or resumes the one this browser opened before. */
  async open(title: string): Promise<void> {
    if (this.current.status === 'probing' || this.isOpen()) return;
    this.set({ status: 'probing', message: 'Looking for the live-room server…' });
    if (!(await this.probe())) return this.set({ status: 'offline', message: OFFLINE_MESSAGE });
    try {
      const { LiveClient } = await import('./live-client.ts');
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

  /**
   * Goes back, without a click, to the room this browser opened (a reload, a
   * reopened tab): it holds that room's secret. When the server does not
   * answer or no longer has the room, says so and leaves the hand count on;
   * the meeting and its votes so far are untouched either way.
   */
  async resumeSaved(): Promise<ResumeOutcome> {
    const code = storage.getItem(CURRENT_KEY);
    if (!code || this.current.status === 'probing' || this.isOpen()) return { kind: 'none' };
    this.set({ status: 'probing', message: `Resuming live room ${code}…` });
    const unreachable = (): ResumeOutcome => {
      const message = `Live room ${code} could not be resumed: the live-room server does not answer. Votes are counted by hand for now; Open live room tries again.`;
      // The bar keeps a short line; the facilitator's notice says it all.
      this.set({ status: 'error', message: `Live room ${code}: no server` });
      return { kind: 'unreachable', code, message };
    };
    if (!(await this.probe())) return unreachable();
    const { LiveClient } = await import('./live-client.ts');
    const client = new LiveClient({ storage, timeoutMs: 8000 });
    try {
      const resumed = await client.resume(code);
      this.adopt(client);
      this.set({ status: 'open', code, joinUrl: client.joinUrl, message: '' });
      this.follow(resumed.tally);
      return { kind: 'resumed', code };
    } catch (error) {
      client.close();
      const refused = (error as LiveRoomError).error?.code;
      if (refused !== 'UNKNOWN_ROOM' && refused !== 'WRONG_SECRET') return unreachable();
      storage.removeItem(CURRENT_KEY);
      const why =
        refused === 'UNKNOWN_ROOM'
          ? 'has expired or was deleted'
          : 'no longer takes this browser’s key';
      const message = `Live room ${code} ${why}. Votes are counted by hand; Open live room starts a new room.`;
      this.set({ status: 'error', message: `Live room ${code}: gone` });
      return { kind: 'gone', code, message };
    }
  }

  /** Takes `client` as the room's connection and follows its tallies. */
  private adopt(client: LiveClient): void {
    this.client?.close();
    this.client = client;
    client.onTally((tally) => this.follow(tally));
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
