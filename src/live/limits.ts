/**
 * Size caps of the room protocol, shared by the server (which enforces them)
 * and the pages (which keep inputs within them, so a participant is told
 * before sending rather than refused after).
 */

/** Largest message the server reads, as JSON text; larger ones are refused with TOO_LARGE. */
export const MAX_MESSAGE_CHARS = 16_384;

/**
 * Largest frame the transport accepts at all. Past this Socket.IO cuts the
 * connection instead of answering: a client that sends a megabyte is not a phone.
 */
export const MAX_TRANSPORT_BYTES = 65_536;

/** Longest nickname a participant may choose. */
export const MAX_NICKNAME = 24;

/** Longest one-line reason a participant may give for a vote. */
export const MAX_REASON = 140;

/** Most options a decision can offer (keys 1–9). */
export const MAX_OPTIONS = 9;

/** Longest option text, prompt, consequence and ending text the facilitator may send. */
export const MAX_OPTION_TEXT = 400;
export const MAX_PROMPT = 800;
export const MAX_STORY_TEXT = 2_000;

/** Longest id of a decision or option (scenario ids are short words joined by hyphens). */
export const MAX_ID = 64;
