import type { BrowserContext } from 'playwright-core';
import { liveFixture } from '../support/fixtures';

/** A claude.ai organisation and conversation, as the site's own front end addresses them. */
export const ORG = '4f1d2c3b-0a9e-4b7c-8d6e-5f4a3b2c1d0e';
export const CONV = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const fixture = (name: string) => liveFixture(`claude/${name}`);

/**
 * Serves claude.ai from fixtures: the given pages, and the API the adapter reads (usage, prepaid
 * credits), the completion stream a message posts to, and endpoints it does not read.
 * `prepaid` may change the answer between calls (storage growth keeps it constant).
 */
export async function serveClaude(
  context: BrowserContext,
  pages: Record<string, string>,
  prepaid: () => string = () => fixture('prepaid.json'),
): Promise<void> {
  const usage = fixture('usage-limits.json');
  await context.route('https://claude.ai/**', (route) => {
    const url = new URL(route.request().url());
    const page = pages[url.pathname];
    if (page !== undefined) return route.fulfill({ contentType: 'text/html', body: page });
    if (url.pathname === '/bench-sw.js')
      return route.fulfill({ contentType: 'text/javascript', body: COMPLETION_WORKER });
    const json = (body: string) => route.fulfill({ contentType: 'application/json', body });
    if (url.pathname.endsWith('/usage')) return json(usage);
    if (url.pathname.endsWith('/prepaid/credits')) return json(prepaid());
    if (url.pathname.endsWith('/completion'))
      return route.fulfill({
        contentType: 'text/event-stream',
        body: 'event: completion\ndata: {"completion":"Hello","stop_reason":"end_turn"}\n\n',
      });
    if (url.pathname.startsWith('/api/')) return json('{"ok":true}');
    return route.fulfill({ status: 404, body: '' });
  });
}

const shell = (title: string, script: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>#log{height:400px;overflow:auto;font:14px/1.4 sans-serif}</style></head>
<body><main><h1>${title}</h1><div id="log"></div></main>
<script>(async () => {
const ORG = ${JSON.stringify(ORG)}, CONV = ${JSON.stringify(CONV)};
const api = (p, init) =>
  fetch('/api/organizations/' + ORG + p, { credentials: 'include', ...init }).then((r) => r.text());
const post = (i) => api('/chat_conversations/' + CONV + '/completion', {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ prompt: 'question ' + i, model: 'claude-sonnet-4-5' }) });
${script}
document.body.dataset.done = '1';
})();</script></body></html>`;

/**
 * A chat: each message posts a completion, refreshes usage, credits, the conversation list and
 * a bootstrap call (5 API calls), then streams `tokens` DOM updates, keeping the view scrolled
 * to the end the way chat views do (each update forces a layout).
 */
export function chatPage(messages: number, tokens: number): string {
  return shell(
    'Claude',
    `const log = document.getElementById('log');
for (let m = 0; m < ${messages}; m++) {
  const calls = [post(m), api('/usage'), api('/prepaid/credits'),
    api('/chat_conversations?limit=30'), fetch('/api/bootstrap').then((r) => r.text())];
  const p = document.createElement('p');
  log.append(p);
  for (let k = 0; k < ${tokens}; k++) {
    const s = document.createElement('span');
    s.textContent = 'token' + k + ' ';
    p.append(s);
    log.scrollTop = log.scrollHeight;
    if (k % 25 === 24) await new Promise((r) => setTimeout(r, 0));
  }
  await Promise.all(calls);
}`,
  );
}

/**
 * The page's own service worker answers completions on the spot, as a cache would, so that the
 * harness (every routed request is a round trip to Node) does not set the pace of the ingest.
 */
const COMPLETION_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (new URL(e.request.url).pathname.endsWith('/completion'))
    e.respondWith(new Response('event: completion\\ndata: {}\\n\\n',
      { headers: { 'content-type': 'text/event-stream' } }));
});`;

/**
 * Posts `n` messages, `concurrency` at a time: every one is a task the extension stores.
 * With `localAnswers`, the page's service worker answers them instead of the network.
 */
export function messagesPage(n: number, concurrency: number, localAnswers = false): string {
  const install = `if (!navigator.serviceWorker.controller) {
  await navigator.serviceWorker.register('/bench-sw.js');
  while (!navigator.serviceWorker.controller) await new Promise((r) => setTimeout(r, 20));
}`;
  return shell(
    'Claude',
    `${localAnswers ? install : ''}
let next = 0;
const worker = async () => { while (next < ${n}) await post(next++); };
await Promise.all(Array.from({ length: ${concurrency} }, worker));`,
  );
}

/** A visit that loads the prepaid balance once, as the usage page does. */
export function balancePage(): string {
  return shell('Claude usage', `await api('/prepaid/credits');`);
}
