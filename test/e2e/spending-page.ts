import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/** The options page's spending and backup sections, as a person uses them. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForSelector('main h1');
    return new OptionsPage(page);
  }

  row(tool: string) {
    return this.page.locator(`.spending-table tbody tr[data-tool="${tool}"]`);
  }

  total() {
    return this.page.locator('.spending-table tr.spending-total');
  }

  /** Clicks Export CSV and returns the downloaded file's name and text. */
  async exportCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path!, 'utf8') };
  }

  async downloadBackup(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    return readFileSync((await download.path())!, 'utf8');
  }

  async restore(name: string, text: string): Promise<void> {
    await this.page.getByLabel('Restore from file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }
}
