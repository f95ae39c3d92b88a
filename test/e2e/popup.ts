import { readRows } from './idb';
import type { BrowserContext, Page } from 'playwright-core';

/** The toolbar popup, opened as a tab; reads what a person sees. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.waitForSelector('main h1');
    return new PopupPage(page);
  }

  card(tool: string) {
    return this.page.locator(`section.tool[data-tool="${tool}"]`);
  }

  /** Waits until a tool's card shows a meter with this label and summary. */
  async waitForMeter(
    tool: string,
    label: string,
    summary: string,
    timeout = 20_000,
  ): Promise<void> {
    await this.card(tool)
      .locator('li.meter', { has: this.page.locator('.meter-label', { hasText: label }) })
      .locator('.meter-summary', { hasText: summary })
      .first()
      .waitFor({ timeout });
  }

  /** Waits for the popup's first full render (the mark the benchmark times). */
  async ready(timeout = 20_000): Promise<void> {
    await this.page.waitForSelector('body[data-ready="true"]', { timeout });
  }

  /**
   * Puts rows straight into the extension's IndexedDB, as history the background would have
   * written (the ledger's day rows, older readings). Only for tests and the demo: the product
   * itself writes only through the background. Reload the page afterwards to see them.
   */
  async seed(tables: Record<string, unknown[]>): Promise<void> {
    await this.page.evaluate(
      (rows) =>
        new Promise<void>((res, rej) => {
          const open = indexedDB.open('creditwatch');
          open.onerror = () => rej(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(Object.keys(rows), 'readwrite');
            for (const [table, list] of Object.entries(rows))
              for (const row of list) tx.objectStore(table).put(row);
            tx.oncomplete = () => {
              db.close();
              res();
            };
            tx.onerror = () => rej(tx.error);
          };
        }),
      tables,
    );
  }

  async text(): Promise<string> {
    return this.page.locator('main').innerText();
  }

  /** Every row of a table, read straight from the extension's IndexedDB. */
  async rows<T>(table: string): Promise<T[]> {
    return readRows<T>(this.page, table);
  }

  /** Row count of a table, read straight from the extension's IndexedDB. */
  async count(table: string): Promise<number> {
    return this.page.evaluate(
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
}
