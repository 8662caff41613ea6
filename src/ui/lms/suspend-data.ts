/**
 * The unfinished run as `suspend_data`: small enough for SCORM 1.2's 4,096
 * characters, plain ASCII (1.2's CMIString), and readable without the
 * scenario, so the launch can turn it into a deep link before any meeting
 * has loaded. Shape: `m1|<content hash>|<choice ids joined by .>|<notes>`,
 * notes as `<node id>:<URI-encoded text>` joined by commas. Ids are
 * lower-case words and hyphens and URI encoding escapes `|`, `,` and `:`,
 * so the separators cannot occur inside a part.
 */

/** What a relaunch needs: which meeting version, the choices made, the reasoning typed. */
export interface SuspendedRun {
  contentHash: string;
  path: string[];
  /** Reasoning notes by node id. */
  notes: Record<string, string>;
}

/** The suspend_data limits of SCORM 1.2 (CMIString4096) and 2004 (characterstring, SPM 64000). */
export const SUSPEND_LIMIT = { scorm12: 4096, scorm2004: 64000 } as const;

const TAG = 'm1';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASH = /^[0-9a-f]{1,32}$/;

export interface EncodedRun {
  text: string;
  /** False when notes (or, beyond any real meeting, choices) had to be cut to fit. */
  complete: boolean;
}

/** U+FFFD, for a lone surrogate, which URI encoding refuses. */
const REPLACEMENT = '%EF%BF%BD';

/** The longest start of `text` whose URI encoding fits in `room` characters, and whether that is all of it. */
function encodedPrefix(text: string, room: number): { encoded: string; whole: boolean } {
  let encoded = '';
  for (const character of text) {
    let piece: string;
    try {
      piece = encodeURIComponent(character);
    } catch {
      piece = REPLACEMENT;
    }
    if (encoded.length + piece.length > room) return { encoded, whole: false };
    encoded += piece;
  }
  return { encoded, whole: true };
}

/**
 * Encodes a run in at most `limit` characters. The choices always come
 * first; notes follow in `priority` order (node ids; the note being typed
 * first), each cut to what still fits, since the LMS also holds them as
 * learner comments.
 */
export function encodeSuspendData(
  run: SuspendedRun,
  limit: number,
  priority: readonly string[] = [],
): EncodedRun {
  const head = `${TAG}|${run.contentHash}|`;
  let path = run.path.join('.');
  let complete = true;
  if (head.length + path.length + 1 > limit) {
    const cut = path.slice(0, Math.max(0, limit - head.length - 1));
    path = cut.slice(0, Math.max(0, cut.lastIndexOf('.')));
    complete = false;
  }
  let text = `${head}${path}|`;
  const order = [...new Set([...priority, ...Object.keys(run.notes)])];
  let first = true;
  for (const nodeId of order) {
    const note = run.notes[nodeId];
    if (!note || !ID.test(nodeId)) continue;
    const lead = `${first ? '' : ','}${nodeId}:`;
    const { encoded, whole } = encodedPrefix(note, limit - text.length - lead.length);
    if (!whole) complete = false;
    if (encoded === '') continue;
    text += lead + encoded;
    first = false;
  }
  return { text, complete };
}

/** Reads suspend_data written by `encodeSuspendData`; anything else is a sentence, never a throw. */
export function decodeSuspendData(text: string): SuspendedRun | { problem: string } {
  if (typeof text !== 'string' || text === '') return { problem: 'There is no saved meeting.' };
  const [tag, contentHash = '', pathPart = '', notesPart = '', ...rest] = text.split('|');
  if (tag !== TAG || rest.length > 0 || !HASH.test(contentHash)) {
    return { problem: 'The saved meeting was written by another program and cannot be resumed.' };
  }
  const path = pathPart === '' ? [] : pathPart.split('.');
  if (!path.every((id) => ID.test(id))) {
    return { problem: 'The saved meeting names a choice that is not a valid id.' };
  }
  const notes: Record<string, string> = {};
  for (const item of notesPart === '' ? [] : notesPart.split(',')) {
    const colon = item.indexOf(':');
    const nodeId = item.slice(0, colon);
    if (colon < 1 || !ID.test(nodeId)) continue;
    try {
      notes[nodeId] = decodeURIComponent(item.slice(colon + 1));
    } catch {
      // A note damaged in storage is dropped; the choices still resume.
    }
  }
  return { contentHash, path, notes };
}
