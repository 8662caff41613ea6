/**
 * Random codes, secrets and tokens, and the one way secrets are compared.
 * Only a hash of the facilitator secret is stored, so a copy of the database
 * does not hand out control of its rooms.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { makeRoomCode } from '../live/index.ts';

/** A new room code from the room alphabet, drawn with the system's randomness. */
export function newRoomCode(): string {
  return makeRoomCode((size) => randomInt(size));
}

/** A facilitator secret: 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** A participant token: 16 random bytes, base64url (22 characters). */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether `secret` hashes to `storedHash`, in time that does not depend on where they differ. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
