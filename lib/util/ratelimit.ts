/**
 * A token bucket per key (an origin). A page may flood us; a real site sends a handful of
 * envelopes a minute, so the defaults leave honest pages untouched.
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond = 20,
    private readonly burst = 200,
    private readonly maxKeys = 1000,
  ) {}

  /** Takes `n` tokens for `key` if it has them. */
  take(key: string, n: number, now = Date.now()): boolean {
    // Only `npm run bench`'s own build (`wxt build --mode bench`, docs/performance.md) lifts the
    // limits, to push 10,000 items through in seconds; the literal folds away in every other build.
    if (import.meta.env.MODE === 'bench') return true;
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.buckets.clear();
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    b.at = now;
    if (b.tokens < n) return false;
    b.tokens -= n;
    return true;
  }
}
