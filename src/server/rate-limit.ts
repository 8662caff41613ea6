/**
 * Token buckets for the abuse limits: each key (a connection, an address) may
 * spend `burst` messages at once and earns `perSecond` back. Buckets that are
 * full again are forgotten, so a crowd that came and went leaves no memory.
 */
import type { RateLimit } from './config.ts';

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Spends one token of `key`; false when it has none left (the message is refused). */
  take(key: string): boolean {
    const now = this.clock();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    const earned = ((now - bucket.at) / 1000) * this.limit.perSecond;
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + earned);
    bucket.at = now;
    this.buckets.set(key, bucket);
    this.sweep(now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Forgets `key` (a connection that closed). */
  forget(key: string): void {
    this.buckets.delete(key);
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < 60_000) return;
    this.sweptAt = now;
    for (const [key, bucket] of this.buckets) {
      const full = bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond;
      if (full >= this.limit.burst) this.buckets.delete(key);
    }
  }
}
