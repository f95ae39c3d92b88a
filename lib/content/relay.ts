import type { Ack, Envelope, WatchSpec } from '../model/wire';
import { RateLimiter } from '../util/ratelimit';
import { CAPTURE_EVENT, WATCH_EVENT } from './capture';
import { Outbox } from './outbox';
import { pendingStore, specCache, type KeyValue } from './pending';
import { collectTexts } from './probes';
import { newId, readCaptures } from './validate';

/** How long after the observer saw a capture the relay may get it (a batch waits 0.3 s). */
const HANDOVER_MS = 10_000;

export interface RelayDeps {
  doc: Document;
  getSpec: () => Promise<WatchSpec | null>;
  /** The extension's version: a cached spec of this version is used without asking. */
  version?: string;
  send: (batch: Envelope[]) => Promise<Ack>;
  now?: () => number;
  /** Extension storage for items not yet acknowledged when the page goes away. */
  storage?: KeyValue;
  /** How long a usage page may stay silent before "nothing found" is reported. */
  settleMs?: number;
  scanEveryMs?: number;
}

/**
 * The isolated content script's work: take captures from the MAIN world and visible text
 * from the page, keep only what this site's adapter reads, and deliver it through the outbox.
 */
export async function startRelay(deps: RelayDeps): Promise<Outbox | undefined> {
  const now = deps.now ?? Date.now;
  // Batches of captures that arrive before we know what to watch wait here, stamped when
  // they came.
  const early: { detail: unknown; at: number }[] = [];
  let handle = (detail: unknown, at: number) =>
    void (early.length < 50 && early.push({ detail, at }));
  const listener = (e: Event) => handle((e as CustomEvent).detail, now());
  deps.doc.addEventListener(CAPTURE_EVENT, listener);

  const origin = deps.doc.location?.origin ?? '';
  const specs = deps.storage ? specCache(deps.storage, origin, deps.version ?? '') : undefined;
  const cached = await specs?.load().catch(() => undefined);
  // A spec this version gave is the spec: no message, so a sleeping worker sleeps on while the
  // page loads (starting it cost about 100 ms of CPU, docs/performance.md).
  const fresh = cached?.current ? undefined : askForSpec(deps.getSpec);
  // An older version's spec still lets a page be read at once, while the worker starts.
  const spec = cached?.spec ?? (await fresh);
  if (!spec) {
    deps.doc.removeEventListener(CAPTURE_EVENT, listener);
    return undefined;
  }
  let filters = compile(spec);
  // The observer hands over only requests whose path one of these patterns matches: the
  // responses the adapter reads and the requests it counts as tasks.
  const announce = (s: WatchSpec) => {
    const paths = [...s.responses, ...s.requests.map((r) => r.pattern)];
    deps.doc.dispatchEvent(new CustomEvent(WATCH_EVENT, { detail: JSON.stringify(paths) }));
  };
  announce(spec);
  void fresh?.then((s) => {
    if (s === null) return void deps.doc.removeEventListener(CAPTURE_EVENT, listener);
    if (!s) return;
    const changed = JSON.stringify(s) !== JSON.stringify(spec);
    void specs?.save(s).catch(() => {});
    if (changed) {
      filters = compile(s);
      announce(s);
    }
  });

  // Envelope ids are this page's id and a count: unique, and one random draw per page.
  const pageId = newId();
  let count = 0;
  const nextId = () => `${pageId}-${(count++).toString(36)}`;
  // Envelope times increase strictly within a page: two readings of one meter in a batch
  // stay two readings, in the order the page saw them (a reading's id is its meter and time).
  let lastAt = 0;
  const stamp = (t: number) => (lastAt = Math.max(t, lastAt + 1));
  const store = deps.storage ? pendingStore(deps.storage, origin, pageId) : undefined;
  const leftovers = store ? await store.adopt().catch(() => []) : [];
  // The benchmark's build (`--mode bench`) queues its 10,000 items; the literal folds away elsewhere.
  const outbox = new Outbox(
    deps.send,
    import.meta.env.MODE === 'bench' ? { maxItems: 20_000 } : {},
    store,
  );
  // Leftovers are re-checked like fresh captures: storage is ours, but bounded all the same.
  // They waited long enough already: they go at once rather than after a pause.
  for (const e of leftovers) if (isEnvelope(e)) outbox.push(e);
  outbox.flushNow();
  // Leaving or hiding the page ends the wait for a pause: what it showed goes now (it is
  // saved as well, in case the tab closes before the answer).
  deps.doc.addEventListener('visibilitychange', () => {
    if (deps.doc.visibilityState === 'hidden') outbox.flushNow();
  });
  deps.doc.defaultView?.addEventListener('pagehide', () => outbox.flushNow());
  // A real site sends a few captures a minute; a page flooding us is cut off here first.
  const limiter = new RateLimiter(10, 60);
  // Whether this page gave the adapter anything at all; silence on a usage page is reported.
  const activity = { delivered: 0 };

  handle = (detail, at) => {
    const { responses, requests } = filters;
    for (const c of readCaptures(detail)) {
      // Only captures we would keep spend the page's allowance: unrelated traffic never
      // crowds out a real reading.
      const keep =
        c.kind === 'response'
          ? responses.some((re) => re.test(c.path))
          : requests.some((r) => r.method === c.method && r.re.test(c.path));
      if (!keep || !limiter.take('page', 1, at)) continue;
      // The observer's time of the capture, trusted only within the wait a hand-over may
      // have had: a page's clock cannot move its readings further than that.
      const seen = c.at === undefined ? at : Math.min(at, Math.max(at - HANDOVER_MS, c.at));
      const base = { id: nextId(), at: stamp(seen), url: c.url };
      if (c.kind === 'response') {
        outbox.push({ ...base, type: 'response', status: c.status || 200, body: c.body });
        activity.delivered++;
      } else {
        const method = c.method as 'POST' | 'PUT' | 'PATCH';
        outbox.push({
          ...base,
          type: 'request',
          method,
          body: c.body,
          status: c.status,
          response: c.response,
        });
      }
    }
  };
  early.splice(0).forEach((e) => handle(e.detail, e.at));

  watchTexts(deps, spec, outbox, () => stamp(now()), activity, nextId);
  return outbox;
}

async function askForSpec(
  getSpec: () => Promise<WatchSpec | null>,
): Promise<WatchSpec | null | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await getSpec();
    } catch {
      // The worker may be starting up; ask again shortly.
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
    }
  }
  return undefined;
}

function compile(spec: WatchSpec) {
  return {
    responses: spec.responses.map((s) => new RegExp(s)),
    requests: spec.requests.map((r) => ({ method: r.method, re: new RegExp(r.pattern) })),
  };
}

function isEnvelope(e: unknown): e is Envelope {
  const v = e as Partial<Envelope> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.id === 'string' &&
    typeof v.type === 'string' &&
    typeof v.url === 'string' &&
    typeof v.at === 'number'
  );
}

function watchTexts(
  deps: RelayDeps,
  spec: WatchSpec,
  outbox: Outbox,
  now: () => number,
  activity: { delivered: number },
  nextId: () => string,
) {
  const { doc } = deps;
  const pageUrl = () => doc.location?.href ?? '';
  const usagePage = spec.usagePath ? new RegExp(spec.usagePath) : undefined;
  let last = '';
  const scan = () => {
    const texts = collectTexts(doc, spec.probes);
    const key = JSON.stringify(texts);
    if (!Object.keys(texts).length || key === last || !/^https:/.test(pageUrl())) return;
    last = key;
    activity.delivered++;
    outbox.push({ type: 'text', id: nextId(), at: now(), url: pageUrl(), texts });
  };
  if (spec.probes.length) {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const throttled = () => {
      pending ??= setTimeout(() => {
        pending = undefined;
        scan();
      }, deps.scanEveryMs ?? 1000);
    };
    new MutationObserver(throttled).observe(doc, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    throttled();
  }
  // On the page that should show a balance, silence is a failure worth telling the user about.
  if (usagePage?.test(new URL(pageUrl() || 'https://x.invalid/').pathname)) {
    setTimeout(() => {
      if (activity.delivered === 0)
        outbox.push({ type: 'text', id: nextId(), at: now(), url: pageUrl(), texts: {} });
    }, deps.settleMs ?? 6000);
  }
}
