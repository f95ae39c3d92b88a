import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../support/chromium';

/**
 * Chromium on an existing profile with the extension, started without Playwright: nothing is
 * attached to a page unless asked (`inspect`). Playwright instruments every page it drives as
 * the page commits (its own isolated world, domains enabled, init scripts): in the extension's
 * renderer that costs 10–20 ms per open here, which a person opening the popup never pays.
 */
export interface PlainChromium {
  /** Opens a tab at `url` through the DevTools HTTP endpoint; nothing attaches to it. */
  open(url: string): Promise<string>;
  /** Attaches to the tab, runs `fn(arg)` in it, detaches. */
  inspect<T>(tabId: string, fn: (arg: string) => T, arg: string): Promise<T>;
  closeTab(tabId: string): Promise<void>;
  close(): Promise<void>;
}

export async function plainChromium(profile: string, extensionDir: string): Promise<PlainChromium> {
  const proc = spawn(
    CHROMIUM,
    [
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const ws = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text}`)), 30_000);
    proc.stderr!.on('data', (d: Buffer) => {
      text += String(d);
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (!m) return;
      clearTimeout(timer);
      resolve(m[1]!);
    });
    proc.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${text}`)));
  });
  const http = `http://${new URL(ws).host}`;
  const endpoint = async (path: string, method = 'GET') => {
    const res = await fetch(`${http}${path}`, { method });
    if (!res.ok) throw new Error(`DevTools ${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  return {
    async open(url) {
      const res = await endpoint(`/json/new?${url}`, 'PUT');
      return ((await res.json()) as { id: string }).id;
    },
    async inspect(tabId, fn, arg) {
      const browser = await chromium.connectOverCDP(ws);
      try {
        const pages = browser.contexts().flatMap((c) => c.pages());
        for (const page of pages) {
          const cdp = await page.context().newCDPSession(page);
          const { targetInfo } = await cdp.send('Target.getTargetInfo');
          await cdp.detach();
          if (targetInfo.targetId === tabId) return await page.evaluate(fn, arg);
        }
        throw new Error(`no tab ${tabId} among ${pages.length}`);
      } finally {
        // Disconnects: Playwright does not close a browser it connected to.
        await browser.close();
      }
    },
    async closeTab(tabId) {
      await endpoint(`/json/close/${tabId}`);
    },
    async close() {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill();
      await exited;
    },
  };
}
