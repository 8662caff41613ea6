/**
 * Room codes: six characters a room can read off a projector and type on a
 * phone without guessing. The alphabet leaves out every look-alike pair
 * (0/O, 1/I/L, 2/Z, 5/S, 8/B), so a code misread is a code mistyped, not
 * somebody else's room.
 */

/** The characters a room code is made of: upper-case letters and digits, no look-alikes. */
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/** How many characters a room code has. */
export const ROOM_CODE_LENGTH = 6;

const CODE_PATTERN = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);

/** Whether `text` is a well-formed room code (already normalised). */
export function isRoomCode(text: string): boolean {
  return CODE_PATTERN.test(text);
}

/**
 * What a participant typed, as a code: upper case, without spaces or dashes
 * (people copy "ACD-EFG"). Returns undefined when it cannot be a code.
 */
export function normaliseRoomCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return isRoomCode(code) ? code : undefined;
}

/**
 * A new room code from `randomIndex` (which returns an integer in
 * [0, alphabet length)); the caller brings the randomness so this stays pure.
 */
export function makeRoomCode(randomIndex: (size: number) => number): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) {
    code += ROOM_CODE_ALPHABET[randomIndex(ROOM_CODE_ALPHABET.length)] ?? '';
  }
  return code;
}
