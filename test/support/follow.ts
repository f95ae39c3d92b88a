import type { Page } from 'playwright-core';
import { DEFAULT_GLOBAL_SETTINGS } from '@/lib/model/defaults';
import { readRows } from '@/test/e2e/idb';

/**
 * Rows written straight into IndexedDB (history seeded by a test or the benchmark) went in
 * underneath the background, which derives from every change it stores: each meter's pace,
 * the alerts, the popup's snapshot. Re-saving the global settings from an extension page
 * makes the background follow, as after any change; its answer comes once it has.
 */
export async function followSeeded(page: Page): Promise<void> {
  const settings = await readRows<{ key: string; value: unknown }>(page, 'settings');
  const global = settings.find((r) => r.key === 'global')?.value ?? DEFAULT_GLOBAL_SETTINGS;
  const reply = await page.evaluate(async (global) => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime;
    return runtime.sendMessage({
      id: 1,
      type: 'settings',
      data: { type: 'saveGlobal', settings: global },
      timestamp: Date.now(),
    });
  }, global);
  const res = (reply as { res?: { ok?: boolean; error?: string } } | undefined)?.res;
  if (!res?.ok) throw new Error(`the background did not follow: ${JSON.stringify(reply)}`);
}
