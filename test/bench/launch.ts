import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The production build (`npm run build`) and the benchmark's own build with lifted limits. */
export const BUILDS = {
  production: resolve(__dirname, '../../.output/chrome-mv3'),
  bench: resolve(__dirname, '../../.output/chrome-mv3-bench'),
} as const;

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface BenchBrowser {
  context: BrowserContext;
  /** Empty without an extension. */
  extensionId: string;
  worker?: Worker;
  close(): Promise<void>;
}

/**
 * Real headless Chromium, with one of the built extensions or none, every request answered by
 * routes or refused. Same flags as test/e2e/harness.ts, but the extension directory is a choice.
 */
export async function launchWith(extensionDir?: string): Promise<BenchBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'cw-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless=new',
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort(),
  );
  let worker: Worker | undefined;
  if (extensionDir)
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: worker ? new URL(worker.url()).host : '',
    worker,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Counts a table's rows from inside the service worker, so no extension page adds load. */
export function countRows(worker: Worker, table: string): Promise<number> {
  return worker.evaluate(
    (t) =>
      new Promise<number>((res, rej) => {
        const open = indexedDB.open('creditwatch');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(t).objectStore(t).count();
          req.onsuccess = () => {
            res(req.result);
            open.result.close();
          };
          req.onerror = () => rej(req.error);
        };
      }),
    table,
  );
}

/** Reads one row by key from inside the service worker. */
export function getRow<T>(worker: Worker, table: string, key: string): Promise<T | undefined> {
  return worker.evaluate(
    ([t, k]) =>
      new Promise<T | undefined>((res, rej) => {
        const open = indexedDB.open('creditwatch');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(t).objectStore(t).get(k);
          req.onsuccess = () => {
            res(req.result as T | undefined);
            open.result.close();
          };
          req.onerror = () => rej(req.error);
        };
      }),
    [table, key] as const,
  );
}

/** Polls until `check` holds, or throws with what was last seen. */
export async function until<T>(
  read: () => Promise<T>,
  check: (v: T) => boolean,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let v = await read();
  while (!check(v)) {
    if (Date.now() > end) throw new Error(`gave up waiting; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, everyMs));
    v = await read();
  }
  return v;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export type { Page };
