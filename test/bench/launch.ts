import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PopupInputs } from '@/lib/view/popup-inputs';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium';
import { dayOf } from '@/lib/ledger/calendar';
import { asSnapshot } from '@/lib/view/snapshot';

/** The production build (`npm run build`) and the benchmark's own build with lifted limits. */
export const BUILDS = {
  production: resolve(__dirname, '../../.output/chrome-mv3'),
  bench: resolve(__dirname, '../../.output/chrome-mv3-bench'),
} as const;

export interface BenchBrowser {
  context: BrowserContext;
  /** Empty without an extension; with several, the one whose worker started first. */
  extensionId: string;
  worker?: Worker;
  close(): Promise<void>;
}

/** A fresh profile directory; the caller removes it. */
export const newProfile = () => mkdtempSync(join(tmpdir(), 'cw-bench-'));

/**
 * Real headless Chromium, with one of the built extensions or none, every request answered by
 * routes or refused. Same flags as the end-to-end tests, but the extensions are a choice.
 * In a fresh profile that `close` removes, or in `profile`, which it keeps.
 */
export async function launchWith(
  extensionDir?: string | string[],
  profile?: string,
): Promise<BenchBrowser> {
  const dir = profile ?? newProfile();
  const dirs = [extensionDir ?? []].flat().join(',');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      ...(dirs ? [`--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`] : []),
    ],
  });
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort(),
  );
  let worker: Worker | undefined;
  if (dirs) worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: worker ? new URL(worker.url()).host : '',
    worker,
    async close() {
      await context.close();
      if (!profile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Reads from the extension's database inside the service worker, so no extension page adds
 * load. Before the background has created the database the answer is `missing`, and the probe
 * leaves nothing behind (its upgrade is aborted).
 */
function readInWorker<T>(
  worker: Worker,
  table: string,
  op: 'count' | 'get',
  key?: string,
): Promise<T | 'missing'> {
  return worker.evaluate(
    ([t, o, k]) =>
      new Promise<T | 'missing'>((res, rej) => {
        const open = indexedDB.open('creditwatch');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? res('missing') : rej(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(t)) {
            db.close();
            return res('missing');
          }
          const store = db.transaction(t).objectStore(t);
          const req = o === 'count' ? store.count() : store.get(k!);
          req.onsuccess = () => {
            res(req.result as T);
            db.close();
          };
          req.onerror = () => rej(req.error);
        };
      }),
    [table, op, key] as const,
  );
}

/** A table's row count; 0 before the database exists. */
export async function countRows(worker: Worker, table: string): Promise<number> {
  const n = await readInWorker<number>(worker, table, 'count');
  return n === 'missing' ? 0 : n;
}

/** One row by key, if the database and the row exist. */
export async function getRow<T>(
  worker: Worker,
  table: string,
  key: string,
): Promise<T | undefined> {
  const row = await readInWorker<T>(worker, table, 'get', key);
  return row === 'missing' ? undefined : row;
}

/**
 * Waits until the background has followed what was stored: its last step after a pass is the
 * popup's snapshot (lib/view/snapshot.ts), so this waits for a snapshot that shows it.
 * Judged by what the snapshot holds, not by its time: a pass that began just before the last
 * item was stored can finish after the moment the caller saw that item counted.
 */
export async function followedUntil(
  worker: Worker,
  shows: (inputs: PopupInputs) => boolean,
  timeoutMs = 120_000,
) {
  await until(
    () => getRow<{ value?: string }>(worker, 'snapshots', 'popup'),
    (row) => {
      const inputs = asSnapshot(row?.value, Date.now());
      return !!inputs && shows(inputs);
    },
    timeoutMs,
  );
}

/** Tasks of the last 30 days the snapshot counts for its own day, over every tool and kind. */
export function tasksIn(inputs: PopupInputs): number {
  return Object.values(inputs.sums[dayOf(inputs.at)] ?? {}).reduce(
    (sum, t) => sum + Object.values(t.tasks).reduce((s, k) => s + (k?.n ?? 0), 0),
    0,
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
