import type { Ack, Envelope } from '../model/wire';

export interface OutboxOptions {
  maxItems: number;
  maxBatch: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * Send once the page has pushed nothing for this long, so that a chat turn's captures
   * travel together after it rather than one by one while the page works.
   */
  gatherMs: number;
  /** However busy the page, send this long after the oldest item waiting. */
  maxHoldMs: number;
  /**
   * Save an item at most this long after it came: what arrives in that time shares one write.
   * Saved at once, too, before a send and when the page is hidden or left.
   */
  saveMs: number;
}

/**
 * Where unacknowledged items wait across page loads (the extension's storage, not the
 * page's), in parts: each save writes only the items pushed since the last, and a part is
 * rewritten or removed as its items are acknowledged.
 */
export interface OutboxStore {
  write(parts: Record<string, Envelope[]>, removed: string[]): Promise<void>;
}

const DEFAULTS: OutboxOptions = {
  maxItems: 500,
  maxBatch: 50,
  baseDelayMs: 250,
  maxDelayMs: 30_000,
  gatherMs: 500,
  maxHoldMs: 5_000,
  saveMs: 1_000,
};

/**
 * Holds what the page produced until the background acknowledges it as committed. A stopped
 * or restarting service worker makes `send` throw or answer "retry"; the items stay and go
 * again with exponential backoff, so nothing is lost. Bounded, because a page can flood us.
 */
export class Outbox {
  private items: Envelope[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private failures = 0;
  /** When the oldest item not yet sent arrived, while gathering. */
  private heldSince: number | undefined;
  private readonly opts: OutboxOptions;
  /** Items refused for good (bad sender, over the bound), counted for tests and diagnosis. */
  dropped = 0;

  constructor(
    private readonly send: (batch: Envelope[]) => Promise<Ack>,
    opts: Partial<OutboxOptions> = {},
    private readonly store?: OutboxStore,
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  /** Items pushed and not yet saved; saved parts by name, with the ids each holds. */
  private unsaved: Envelope[] = [];
  private parts = new Map<string, Set<string>>();
  private nextPart = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  private persist(env: Envelope) {
    // A tab may close before the worker wakes; what is saved goes again from another page or
    // the background. Each storage call costs the page's main thread about a third of a
    // millisecond, so a streaming page's captures are saved together, within `saveMs`; a page
    // being left or hidden saves at once (flushNow), and so does every send.
    if (!this.store) return;
    this.unsaved.push(env);
    this.saveTimer ??= setTimeout(() => this.save(), this.opts.saveMs);
  }

  /** Writes the items not saved yet as one new part: only new items, never the whole list. */
  private save() {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.store || !this.unsaved.length) return;
    const items = this.unsaved;
    this.unsaved = [];
    const name = String(this.nextPart++);
    this.parts.set(name, new Set(items.map((e) => e.id)));
    this.store.write({ [name]: items }, []).catch(() => {});
  }

  /** After acknowledgements: removes emptied parts, rewrites the parts that shrank. */
  private forget(done: Set<string>) {
    if (!this.store) return;
    const rewrite: Record<string, Envelope[]> = {};
    const removed: string[] = [];
    for (const [name, ids] of this.parts) {
      let shrank = false;
      for (const id of done) if (ids.delete(id)) shrank = true;
      if (!shrank) continue;
      if (!ids.size) {
        removed.push(name);
        this.parts.delete(name);
      } else rewrite[name] = this.items.filter((e) => ids.has(e.id));
    }
    if (removed.length || Object.keys(rewrite).length)
      this.store.write(rewrite, removed).catch(() => {});
  }

  get pending(): number {
    return this.items.length;
  }

  push(env: Envelope): void {
    if (this.items.length >= this.opts.maxItems) {
      this.dropped++;
      return;
    }
    this.items.push(env);
    this.persist(env);
    if (!this.sending && this.failures === 0) this.gather();
  }

  /**
   * Restarts the quiet-period wait, never past `maxHoldMs` after the oldest item waiting. The
   * running timer is kept and looks at the clock when it fires: a push costs the page one
   * `Date.now()`, not a timer cancelled and set again.
   */
  private gather() {
    const now = Date.now();
    this.heldSince ??= now;
    this.lastPush = now;
    this.schedule(this.quietLeft(now));
  }

  private lastPush = 0;

  /** How long until the page has been quiet for `gatherMs`, or the oldest item waited enough. */
  private quietLeft(now: number) {
    const held = this.heldSince ?? now;
    return Math.min(this.lastPush + this.opts.gatherMs, held + this.opts.maxHoldMs) - now;
  }

  private schedule(ms: number) {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Still gathering (not backing off) and pushed to since: wait for the rest of the pause.
      const left = this.failures === 0 && !this.sending ? this.quietLeft(Date.now()) : 0;
      if (left > 0) this.schedule(left);
      else void this.flush();
    }, ms);
  }

  /** Saves and sends now (the page is being hidden or left); no send while backing off. */
  flushNow(): void {
    this.save();
    if (this.failures > 0 || !this.items.length) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    void this.flush();
  }

  /** Sends what is pending, a batch at a time, until empty or the background fails. */
  async flush(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    this.heldSince = undefined;
    try {
      while (this.items.length) {
        // Saved before it goes: a tab closed mid-send, or a commit that fails, loses nothing.
        this.save();
        const batch = this.items.slice(0, this.opts.maxBatch);
        let ack: Ack;
        try {
          ack = await this.send(batch);
        } catch {
          ack = { ok: false, error: 'no answer', retry: true };
        }
        if (!ack.ok && ack.retry) {
          this.failures++;
          const delay = Math.min(
            this.opts.maxDelayMs,
            this.opts.baseDelayMs * 2 ** (this.failures - 1),
          );
          this.schedule(delay * (0.75 + Math.random() / 2));
          return;
        }
        this.failures = 0;
        const done = new Set(ack.ok ? ack.acked : batch.map((e) => e.id));
        if (!ack.ok) this.dropped += batch.length;
        this.items = this.items.filter((e) => !done.has(e.id));
        this.forget(done);
      }
    } finally {
      this.sending = false;
    }
  }
}
