import type { Ack, Envelope, WatchSpec } from '../model/wire';
import { RateLimiter } from '../util/ratelimit';
import { CAPTURE_EVENT, WATCH_EVENT } from './capture';
import { Outbox } from './outbox';
import { collectTexts } from './probes';
import { newId, readCapture } from './validate';

export interface RelayDeps {
  doc: Document;
  getSpec: () => Promise<WatchSpec | null>;
  send: (batch: Envelope[]) => Promise<Ack>;
  now?: () => number;
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
  const early: unknown[] = [];
  let handle: (detail: unknown) => void = (d) => void (early.length < 50 && early.push(d));
  const listener = (e: Event) => handle((e as CustomEvent).detail);
  deps.doc.addEventListener(CAPTURE_EVENT, listener);

  let spec: WatchSpec | null = null;
  for (let attempt = 0; attempt < 5 && !spec; attempt++) {
    try {
      spec = await deps.getSpec();
      if (!spec) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
    }
  }
  if (!spec) {
    deps.doc.removeEventListener(CAPTURE_EVENT, listener);
    return undefined;
  }
  const watch = spec;
  deps.doc.dispatchEvent(new CustomEvent(WATCH_EVENT, { detail: JSON.stringify(watch.responses) }));
  const responses = watch.responses.map((s) => new RegExp(s));
  const requests = watch.requests.map((r) => ({ method: r.method, re: new RegExp(r.pattern) }));
  const outbox = new Outbox(deps.send);
  // A real site sends a few captures a minute; a page flooding us is cut off here first.
  const limiter = new RateLimiter(10, 60);
  let delivered = 0;

  handle = (detail) => {
    const c = readCapture(detail);
    if (!c || !limiter.take('page', 1, now())) return;
    const path = c.url.pathname + c.url.search;
    const base = { id: newId(), at: now(), url: c.url.href };
    if (c.kind === 'response' && responses.some((re) => re.test(path))) {
      outbox.push({ ...base, type: 'response', status: c.status || 200, body: c.body });
      delivered++;
    } else if (
      c.kind === 'request' &&
      requests.some((r) => r.method === c.method && r.re.test(path))
    ) {
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
  };
  early.splice(0).forEach((d) => handle(d));

  watchTexts(
    deps,
    watch,
    outbox,
    now,
    () => delivered++,
    () => delivered,
  );
  return outbox;
}

function watchTexts(
  deps: RelayDeps,
  spec: WatchSpec,
  outbox: Outbox,
  now: () => number,
  count: () => void,
  seen: () => number,
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
    count();
    outbox.push({ type: 'text', id: newId(), at: now(), url: pageUrl(), texts });
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
      if (seen() === 0)
        outbox.push({ type: 'text', id: newId(), at: now(), url: pageUrl(), texts: {} });
    }, deps.settleMs ?? 6000);
  }
}
