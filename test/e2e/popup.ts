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

  async text(): Promise<string> {
    return this.page.locator('main').innerText();
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
