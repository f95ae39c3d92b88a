import type { Page } from 'playwright-core';
import { DEFAULT_GLOBAL_SETTINGS } from '@/lib/model/settings';

/**
 * Rows written straight into IndexedDB (history seeded by a test or the benchmark) went in
 * underneath the background, which derives from every change it stores: each meter's pace,
 * the alerts, the popup's snapshot. Re-saving the global settings from an extension page
 * makes the background follow, as after any change; its answer comes once it has.
 */
export async function followSeeded(page: Page): Promise<void> {
  const reply = await page.evaluate(async (defaults) => {
    const global = await new Promise<unknown>((res, rej) => {
      const open = indexedDB.open('creditwatch');
      open.onerror = () => rej(open.error);
      open.onsuccess = () => {
        const get = open.result.transaction('settings').objectStore('settings').get('global');
        get.onsuccess = () => {
          open.result.close();
          res((get.result as { value?: unknown } | undefined)?.value);
        };
        get.onerror = () => rej(get.error);
      };
    });
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime;
    return runtime.sendMessage({
      id: 1,
      type: 'settings',
      data: { type: 'saveGlobal', settings: global ?? defaults },
      timestamp: Date.now(),
    });
  }, DEFAULT_GLOBAL_SETTINGS);
  const res = (reply as { res?: { ok?: boolean; error?: string } } | undefined)?.res;
  if (!res?.ok) throw new Error(`the background did not follow: ${JSON.stringify(reply)}`);
}
