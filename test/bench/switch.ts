import { resolve } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';

/** A tiny extension with the `management` permission, loaded beside the one measured. */
export const SWITCH_EXTENSION = resolve(__dirname, 'switch-extension');

/** chrome.management, as the switch's worker sees it (its functions run there, not here). */
interface Chrome {
  chrome: {
    management?: {
      getSelf(): Promise<{ id: string }>;
      getAll(): Promise<{ id: string }[]>;
      setEnabled(id: string, enabled: boolean): Promise<void>;
    };
  };
}

/**
 * Turns the measured extension off and on in a running browser through the switch
 * extension's worker: off, it runs nothing at all (no worker, no content scripts), as if it
 * were not installed; on, it starts as after a browser start. With `measured` false there is
 * nothing to turn (the bench against itself) and the switch changes nothing.
 */
export async function extensionSwitch(
  context: BrowserContext,
  measured: boolean,
): Promise<(enabled: boolean) => Promise<void>> {
  while (context.serviceWorkers().length < (measured ? 2 : 1))
    await context.waitForEvent('serviceworker');
  let own: Worker | undefined;
  for (const w of context.serviceWorkers())
    if (await w.evaluate(() => !!(globalThis as unknown as Chrome).chrome.management)) own = w;
  if (!own) throw new Error('the switch extension did not start');
  const target = await own.evaluate(async () => {
    const m = (globalThis as unknown as Chrome).chrome.management!;
    const self = await m.getSelf();
    return (await m.getAll()).find((e) => e.id !== self.id)?.id;
  });
  if (measured && !target) throw new Error('the switch found no extension to turn');
  return async (enabled) => {
    if (!target) return;
    await own.evaluate(
      ([id, on]) => (globalThis as unknown as Chrome).chrome.management!.setEnabled(id, on),
      [target, enabled] as const,
    );
  };
}
