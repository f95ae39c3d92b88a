import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium';

export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3');

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser made that no fixture route answered. */
  unrouted: string[];
  /**
   * Every network request made by the extension itself (service worker, popup, options): it
   * must make none, so `close()` fails the run if any was seen. `seen` counts all requests.
   */
  network: { extension: string[]; seen: number };
  close(): Promise<void>;
}

/** Real Chromium with the built extension loaded, as a user would run it (headless). */
export async function launch(opts: { extension?: boolean } = {}): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-e2e-'));
  const withExt = opts.extension ?? true;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      ...(withExt
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : []),
    ],
  });
  const unrouted: string[] = [];
  // Nothing leaves the machine: whatever no fixture answers is refused and remembered.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      unrouted.push(route.request().url());
      return route.abort();
    },
  );
  const network = { extension: [] as string[], seen: 0 };
  // Playwright reports service-worker requests too (this version, by default).
  context.on('request', (req) => {
    network.seen++;
    if (!/^(https?|wss?|ftp):/.test(req.url())) return;
    let from = req.serviceWorker()?.url() ?? '';
    try {
      from ||= req.frame().url();
    } catch {
      // A request without a frame (a worker's): attributed above or not ours.
    }
    if (from.startsWith('chrome-extension://')) network.extension.push(`${from} -> ${req.url()}`);
  });
  let extensionId = '';
  if (withExt) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(sw.url()).host;
  }
  return {
    context,
    extensionId,
    unrouted,
    network,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      recordNetwork(network);
      if (network.extension.length)
        throw new Error(`the extension made network requests:\n${network.extension.join('\n')}`);
    },
  };
}

/** Per-run totals of the no-network check, one JSON line per browser, for the README figures. */
function recordNetwork(network: { extension: string[]; seen: number }) {
  const file = process.env.CW_NETWORK_LOG;
  if (file)
    appendFileSync(
      file,
      JSON.stringify({ seen: network.seen, extension: network.extension.length }) + '\n',
    );
}

export interface Served {
  body: string;
  type?: string;
  status?: number;
}

/**
 * Serves fixtures at real site URLs. Keys are exact URLs (query included) or URL globs.
 * Cross-origin API answers carry CORS headers so the page's own fetch succeeds.
 */
export async function serve(
  context: BrowserContext,
  routes: Record<string, Served | (() => Served)>,
) {
  for (const [url, answer] of Object.entries(routes)) {
    await context.route(url, (route: Route) => {
      const a = typeof answer === 'function' ? answer() : answer;
      const origin = route.request().headers()['origin'];
      return route.fulfill({
        status: a.status ?? 200,
        contentType:
          a.type ?? (a.body.trimStart().startsWith('<') ? 'text/html' : 'application/json'),
        headers: origin
          ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' }
          : {},
        body: a.body,
      });
    });
  }
}

/** A page on a site whose own script fetches the given API URLs, as the site's front end would. */
export function appPage(
  title: string,
  calls: { url: string; method?: string; body?: string }[],
): string {
  const script = calls
    .map(
      (c) =>
        `await fetch(${JSON.stringify(c.url)}, ${JSON.stringify({ method: c.method ?? 'GET', body: c.body, credentials: 'include' })}).then((r) => r.text());`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body data-app="1"><main><h1>${title}</h1></main>
<script>(async () => { ${script} document.body.dataset.done = '1'; })();</script></body></html>`;
}

/** Visits a page and waits until its own script has made its calls. */
export async function visit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => document.body?.dataset.app !== '1' || document.body.dataset.done === '1',
    null,
    { timeout: 15_000 },
  );
  return page;
}

/** Stops the extension's service worker the way Chrome does after 30 s idle. */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
