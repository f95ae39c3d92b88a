import {
  BATCH_MS,
  BATCH_TEXT,
  CAPTURE_EVENT,
  CAPTURE_LIMITS,
  WATCH_EVENT,
  type Capture,
} from './capture';
import { plainUrl } from './plain-url';

/**
 * Runs in the page's MAIN world, before the page's own scripts: wraps fetch and
 * XMLHttpRequest so that the JSON the site's front end loads is also handed to the isolated
 * relay. The page gets the very same promise and response objects back; anything that goes
 * wrong here is swallowed, because the page must work exactly as without us.
 */
export function installObserver(win: Window & typeof globalThis): void {
  const doc = win.document;
  const origin = win.location.origin;
  // Our own timer functions, taken before the page's scripts run: a page that wraps timers
  // (zone.js does, to run its change detection after each) never sees ours.
  const setTimer = win.setTimeout.bind(win);
  const clearTimer = win.clearTimeout.bind(win);
  const clock = win.Date.now;

  let watch: RegExp[] | undefined;
  doc.addEventListener(WATCH_EVENT, (e) => {
    try {
      const list = JSON.parse(String((e as CustomEvent).detail)) as unknown;
      if (Array.isArray(list)) watch = list.slice(0, 50).map((s) => new RegExp(String(s)));
    } catch {
      /* a malformed list leaves the filter as it was */
    }
  });

  /** The absolute URL and the path with query of what the page asked for. */
  const locate = (raw: string): [href: string, path: string] => {
    const plain = plainUrl(raw, origin);
    if (plain) return plain;
    const url = new URL(raw, win.location.href);
    return [url.href, url.pathname + url.search];
  };
  // Until the relay says which paths matter (the first milliseconds of a page), all are.
  const wanted = (href: string, path: string) =>
    href.length <= CAPTURE_LIMITS.maxUrl && (!watch || watch.some((re) => re.test(path)));

  // Captures travel in batches: one JSON string and one event for all that came within
  // BATCH_MS, rather than a round trip through both worlds for each.
  let batch: Capture[] = [];
  let text = 0;
  let timer: number | undefined;
  const send = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (!batch.length) return;
    try {
      const detail = JSON.stringify(batch);
      batch = [];
      text = 0;
      doc.dispatchEvent(new CustomEvent(CAPTURE_EVENT, { detail }));
    } catch {
      /* never disturb the page */
    }
  };
  const emit = (capture: Omit<Capture, 'at'>) => {
    const c: Capture = { ...capture, at: clock() };
    batch.push(c);
    text += c.url.length + c.body.length + (c.response?.length ?? 0);
    if (batch.length >= CAPTURE_LIMITS.maxBatch || text >= BATCH_TEXT) send();
    else timer ??= setTimer(send, BATCH_MS);
  };
  // A page being left or hidden hands over what it gathered at once. These listeners were
  // added before the relay's, so the relay saves its outbox with this batch in it.
  win.addEventListener('pagehide', send);
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') send();
  });

  const isJson = (type: string | null) => !!type && /\bjson\b/i.test(type);
  const cap = (s: string, n: number) => (s.length <= n ? s : undefined);

  patchFetch(win, locate, wanted, isJson, cap, emit);
  patchXhr(win, locate, wanted, isJson, cap, emit);
}

type Emit = (c: Omit<Capture, 'at'>) => void;

type Locate = (raw: string) => [href: string, path: string];
type Wanted = (href: string, path: string) => boolean;
type Cap = (s: string, n: number) => string | undefined;

function patchFetch(
  win: typeof globalThis,
  locate: Locate,
  wanted: Wanted,
  isJson: (t: string | null) => boolean,
  cap: Cap,
  emit: Emit,
) {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const promise = original.call(this ?? win, input, init);
    try {
      const req = input instanceof Request ? input : undefined;
      const [url, path] = locate(req ? req.url : String(input));
      const method = (init?.method ?? req?.method ?? 'GET').toUpperCase();
      if (wanted(url, path)) {
        const reqBody =
          method === 'GET'
            ? undefined
            : typeof init?.body === 'string'
              ? init.body
              : req && !init?.body
                ? req
                    .clone()
                    .text()
                    .catch(() => '')
                : '';
        promise
          .then(async (res) => {
            const type = res.headers.get('content-type');
            const text = isJson(type)
              ? cap(await res.clone().text(), CAPTURE_LIMITS.maxBody)
              : undefined;
            const status = res.status;
            if (reqBody === undefined) {
              if (text !== undefined) emit({ kind: 'response', url, method, status, body: text });
              return;
            }
            const body = cap(await reqBody, CAPTURE_LIMITS.maxRequestBody) ?? '';
            emit({ kind: 'request', url, method, status, body, response: text });
            if (text !== undefined) emit({ kind: 'response', url, method, status, body: text });
          })
          .catch(() => {});
      }
    } catch {
      /* never disturb the page */
    }
    return promise;
  };
  win.fetch = wrapped as typeof fetch;
}

function patchXhr(
  win: typeof globalThis,
  locate: Locate,
  wanted: Wanted,
  isJson: (t: string | null) => boolean,
  cap: Cap,
  emit: Emit,
) {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const open = proto.open;
  const send = proto.send;
  const meta = new WeakMap<XMLHttpRequest, { url: string; path: string; method: string }>();
  proto.open = function (
    this: XMLHttpRequest,
    method: string,
    url: string | URL,
    ...rest: unknown[]
  ) {
    try {
      const [href, path] = locate(String(url));
      meta.set(this, { url: href, path, method: String(method).toUpperCase() });
    } catch {
      /* an unparsable URL is the page's business */
    }
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    try {
      const m = meta.get(this);
      if (m && wanted(m.url, m.path)) {
        const reqBody =
          typeof body === 'string' ? (cap(body, CAPTURE_LIMITS.maxRequestBody) ?? '') : '';
        this.addEventListener('loadend', () => {
          try {
            const textual = this.responseType === '' || this.responseType === 'text';
            const json = isJson(this.getResponseHeader('content-type'));
            const text =
              textual && json ? cap(this.responseText, CAPTURE_LIMITS.maxBody) : undefined;
            const { url, method } = m;
            const status = this.status;
            if (method !== 'GET')
              emit({ kind: 'request', url, method, status, body: reqBody, response: text });
            if (text !== undefined) emit({ kind: 'response', url, method, status, body: text });
          } catch {
            /* never disturb the page */
          }
        });
      }
    } catch {
      /* never disturb the page */
    }
    return send.call(this, body);
  };
}
