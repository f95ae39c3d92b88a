import { readRows } from '@/test/e2e/idb';
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser } from '@/test/e2e/harness';

/** Every row of a table, read straight from the extension's IndexedDB in one of its pages. */
export const rows = readRows;

/** The extension's `storage.local`, read from one of its pages. */
export function storageLocal(page: Page): Promise<Record<string, unknown>> {
  type Ext = { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } };
  return page.evaluate(() => (globalThis as unknown as Ext).chrome.storage.local.get(null));
}

/** Bytes of JS heap in use by a page's renderer (main and isolated worlds share the heap). */
export async function pageHeap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Bytes of JS heap in use by the extension's service worker. Playwright opens no CDP session
 * on a worker, so this attaches through the browser target and speaks to it by message.
 */
export async function workerHeap(browser: Browser): Promise<number> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.includes(browser.extensionId),
    );
    if (!sw) throw new Error('no service worker target');
    const { sessionId } = await cdp.send('Target.attachToTarget', {
      targetId: sw.targetId,
      flatten: false,
    });
    const answer = new Promise<number>((resolve, reject) => {
      cdp.on('Target.receivedMessageFromTarget', (e) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
        if (m.id !== 1) return;
        if (m.result) resolve(m.result.usedSize);
        else reject(new Error(e.message));
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    const used = await answer;
    await cdp.send('Target.detachFromTarget', { sessionId });
    return used;
  } finally {
    await cdp.detach();
  }
}

/** How long the service worker takes to run a trivial task: its event loop is not stuck. */
export async function workerLatency(context: BrowserContext): Promise<number> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const t = Date.now();
  await sw.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  return Date.now() - t;
}
