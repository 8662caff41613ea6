/**
 * Going back, without a click, to the live room this browser opened (a
 * reload, a reopened tab): it holds that room's secret. Is there a server,
 * does it still have the room, does it take the secret? When the server does
 * not answer or no longer has the room, the facilitator is told and the hand
 * count stays on; the meeting and its votes so far are untouched either way.
 * Loaded with the live-room control (chrome/live-control.ts), not the first screen.
 */
import { LiveClient, LiveRoomError } from './live-client.ts';
import { CURRENT_KEY, probe, storage, type PresenterRoom } from './room.ts';

/** What a reopened page found when it went back to the room it had opened. */
export type ResumeOutcome =
  | { kind: 'none' }
  | { kind: 'resumed'; code: string }
  /** No server answered: the room may still be there, so its key is kept for a later try. */
  | { kind: 'unreachable'; code: string; message: string }
  /** The server no longer has it (expired, deleted) or no longer takes this browser's key. */
  | { kind: 'gone'; code: string; message: string };

/** Resumes control of the room this browser opened, if it opened one; never throws. */
export async function resumeSaved(room: PresenterRoom): Promise<ResumeOutcome> {
  const code = storage.getItem(CURRENT_KEY);
  const status = room.state().status;
  if (!code || status === 'probing' || status === 'open') return { kind: 'none' };
  room.settle({ status: 'probing', message: `Resuming live room ${code}…` });
  // The presenter bar keeps a short line; the notice (the message) says it all.
  const unreachable = (): ResumeOutcome => {
    room.settle({ status: 'error', message: `Live room ${code}: no server` });
    const message = `Live room ${code} could not be resumed: the live-room server does not answer. Votes are counted by hand for now; Open live room tries again.`;
    return { kind: 'unreachable', code, message };
  };
  if (!(await probe())) return unreachable();
  let client: LiveClient | undefined;
  try {
    client = new LiveClient({ storage, timeoutMs: 8000 });
    const { tally } = await client.resume(code);
    room.settle({ status: 'open', code, joinUrl: client.joinUrl, message: '' }, client, tally);
    return { kind: 'resumed', code };
  } catch (error) {
    client?.close();
    const refused = error instanceof LiveRoomError ? error.error.code : undefined;
    if (refused !== 'UNKNOWN_ROOM' && refused !== 'WRONG_SECRET') return unreachable();
    storage.removeItem(CURRENT_KEY);
    const why =
      refused === 'UNKNOWN_ROOM'
        ? 'has expired or was deleted'
        : 'no longer takes this browser’s key';
    room.settle({ status: 'error', message: `Live room ${code}: gone` });
    const message = `Live room ${code} ${why}. Votes are counted by hand; Open live room starts a new room.`;
    return { kind: 'gone', code, message };
  }
}
