import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Browser as Api } from 'wxt/browser';

// Extension pages and the worker have `chrome`; Node's type check needs telling.
declare const chrome: typeof Api;

/** What the extension shows outside its pages (badge, notifications) and what it stored. */
export class ExtensionState {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly extensionId: string,
  ) {}

  /** An extension page kept open to ask the browser's own APIs (they answer for the worker too). */
  static async open(context: BrowserContext, extensionId: string): Promise<ExtensionState> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    return new ExtensionState(page, context, extensionId);
  }

  badge(): Promise<{ text: string; color: number[]; title: string }> {
    return this.page.evaluate(async () => ({
      text: await chrome.action.getBadgeText({}),
      color: [...(await chrome.action.getBadgeBackgroundColor({}))],
      title: await chrome.action.getTitle({}),
    }));
  }

  /** Ids of the notifications the browser holds (shown and not dismissed), optionally by prefix. */
  async notifications(prefix = ''): Promise<string[]> {
    const all = await this.page.evaluate(() => chrome.notifications.getAll());
    return Object.keys(all).filter((id) => id.startsWith(prefix));
  }

  /**
   * Every notification id the browser showed while watching. Headless Chromium closes a
   * notification by itself about 8 s after showing it (measured), and getAll() forgets it
   * then: polling it well inside that time sees each one, whatever the worker does. A new
   * notification joins the list a moment after create() resolves (up to ~1 s seen under
   * load), so `settled()` keeps watching a little longer before it answers.
   */
  watchNotifications(everyMs = 200): {
    seen: Set<string>;
    settled(prefix?: string): Promise<string[]>;
    stop(): Promise<void>;
  } {
    const seen = new Set<string>();
    const list = () => this.notifications();
    let running = true;
    const loop = (async () => {
      while (running) {
        for (const id of await list().catch(() => [])) seen.add(id);
        await new Promise((r) => setTimeout(r, everyMs));
      }
    })();
    return {
      seen,
      async settled(prefix = '') {
        await new Promise((r) => setTimeout(r, 2_500));
        return [...seen].filter((id) => id.startsWith(prefix));
      },
      async stop() {
        running = false;
        await loop;
        for (const id of await list()) seen.add(id);
      },
    };
  }

  /** One row of the extension's IndexedDB, read directly. */
  row<T>(table: string, key: string): Promise<T | undefined> {
    return this.page.evaluate(
      ([t, k]) =>
        new Promise<T | undefined>((res, rej) => {
          const open = indexedDB.open('creditwatch');
          open.onerror = () => rej(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction(t!).objectStore(t!).get(k!);
            req.onsuccess = () => {
              res(req.result as T | undefined);
              open.result.close();
            };
            req.onerror = () => rej(req.error);
          };
        }),
      [table, key],
    );
  }

  /** The service worker, woken first: evaluating in a stopped one would wait forever. */
  async worker(): Promise<Worker> {
    await this.page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => null));
    const w = this.context
      .serviceWorkers()
      .find((x) => x.url().startsWith(`chrome-extension://${this.extensionId}/`));
    if (!w) throw new Error('the extension has no service worker');
    return w;
  }
}
