import { CAPTURE_EVENT, CAPTURE_LIMITS, WATCH_EVENT, type Capture } from './capture';

/**
 * Runs in the page's MAIN world, before the page's own scripts: wraps fetch and
 * XMLHttpRequest so that the JSON the site's front end loads is also handed to the isolated
 * relay. The page gets the very same promise and response objects back; anything that goes
 * wrong here is swallowed, because the page must work exactly as without us.
 */
export function installObserver(win: Window & typeof globalThis): void {
  let watch: RegExp[] | undefined;
  win.document.addEventListener(WATCH_EVENT, (e) => {
    try {
      const list = JSON.parse(String((e as CustomEvent).detail)) as unknown;
      if (Array.isArray(list)) watch = list.slice(0, 50).map((s) => new RegExp(String(s)));
    } catch {
      /* a malformed list leaves the filter as it was */
    }
  });

  const wanted = (url: URL, method: string) =>
    method !== 'GET' || !watch || watch.some((re) => re.test(url.pathname + url.search));

  const emit = (c: Capture) => {
    try {
      win.document.dispatchEvent(new CustomEvent(CAPTURE_EVENT, { detail: JSON.stringify(c) }));
    } catch {
      /* never disturb the page */
    }
  };

  const isJson = (type: string | null) => !!type && /\bjson\b/i.test(type);
  const cap = (s: string, n: number) => (s.length <= n ? s : undefined);

  patchFetch(win, wanted, isJson, cap, emit);
  patchXhr(win, wanted, isJson, cap, emit);
}

type Wanted = (url: URL, method: string) => boolean;
type Cap = (s: string, n: number) => string | undefined;

function patchFetch(
  win: typeof globalThis,
  wanted: Wanted,
  isJson: (t: string | null) => boolean,
  cap: Cap,
  emit: (c: Capture) => void,
) {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const promise = original.call(this ?? win, input, init);
    try {
      const req = input instanceof Request ? input : undefined;
      const url = new URL(req ? req.url : String(input), win.location.href);
      const method = (init?.method ?? req?.method ?? 'GET').toUpperCase();
      if (url.href.length <= CAPTURE_LIMITS.maxUrl && wanted(url, method)) {
        const reqBody =
          method === 'GET'
            ? Promise.resolve('')
            : typeof init?.body === 'string'
              ? Promise.resolve(init.body)
              : req && !init?.body
                ? req
                    .clone()
                    .text()
                    .catch(() => '')
                : Promise.resolve('');
        promise
          .then(async (res) => {
            const type = res.headers.get('content-type');
            const text = isJson(type)
              ? cap(await res.clone().text(), CAPTURE_LIMITS.maxBody)
              : undefined;
            if (method === 'GET') {
              if (text !== undefined)
                emit({ kind: 'response', url: url.href, method, status: res.status, body: text });
              return;
            }
            const body = cap(await reqBody, CAPTURE_LIMITS.maxRequestBody) ?? '';
            emit({
              kind: 'request',
              url: url.href,
              method,
              status: res.status,
              body,
              response: text,
            });
            if (text !== undefined)
              emit({ kind: 'response', url: url.href, method, status: res.status, body: text });
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
  wanted: Wanted,
  isJson: (t: string | null) => boolean,
  cap: Cap,
  emit: (c: Capture) => void,
) {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const open = proto.open;
  const send = proto.send;
  const meta = new WeakMap<XMLHttpRequest, { url: URL; method: string }>();
  proto.open = function (
    this: XMLHttpRequest,
    method: string,
    url: string | URL,
    ...rest: unknown[]
  ) {
    try {
      meta.set(this, {
        url: new URL(String(url), win.location.href),
        method: String(method).toUpperCase(),
      });
    } catch {
      /* an unparsable URL is the page's business */
    }
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    try {
      const m = meta.get(this);
      if (m && m.url.href.length <= CAPTURE_LIMITS.maxUrl && wanted(m.url, m.method)) {
        const reqBody =
          typeof body === 'string' ? (cap(body, CAPTURE_LIMITS.maxRequestBody) ?? '') : '';
        this.addEventListener('loadend', () => {
          try {
            const textual = this.responseType === '' || this.responseType === 'text';
            const json = isJson(this.getResponseHeader('content-type'));
            const text =
              textual && json ? cap(this.responseText, CAPTURE_LIMITS.maxBody) : undefined;
            if (m.method !== 'GET')
              emit({
                kind: 'request',
                url: m.url.href,
                method: m.method,
                status: this.status,
                body: reqBody,
                response: text,
              });
            if (text !== undefined)
              emit({
                kind: 'response',
                url: m.url.href,
                method: m.method,
                status: this.status,
                body: text,
              });
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
