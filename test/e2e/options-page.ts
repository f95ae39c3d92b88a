import { readRows } from './idb';
import type { BrowserContext, Page } from 'playwright-core';
import { appPage, serve, visit } from './harness';
import { liveFixture } from '@/test/support/fixtures';

/** The options page, opened as a tab; fills and reads what a person sees. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<OptionsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForSelector('form.tool-form');
    return new OptionsPage(page);
  }

  toolForm(tool: string) {
    return this.page.locator(`form.tool-form[data-tool="${tool}"]`);
  }

  /** Waits until a status line inside `scope` says `text`. */
  async waitForStatus(scope: string, text: string): Promise<void> {
    await this.page.locator(`${scope} [role="status"]`, { hasText: text }).first().waitFor();
  }

  /** Every row of a table, read straight from the extension's IndexedDB. */
  async rows<T = Record<string, unknown>>(table: string): Promise<T[]> {
    return readRows<T>(this.page, table);
  }

  /** Row counts of every table. */
  async counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t] = (await this.rows(t)).length;
    return out;
  }

  /** Polls IndexedDB until `check` holds, for writes the background makes on its own time. */
  async until(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
    const end = Date.now() + timeout;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await this.page.waitForTimeout(200);
    }
  }
}

export const TABLES = [
  'readings',
  'meters',
  'tasks',
  'health',
  'settings',
  'days',
  'alerts',
  'manualTools',
];

const SUNO_API = 'https://studio-api.prod.suno.com';

/**
 * Suno and OpenRouter pages served at their real URLs, whose own scripts load the balance
 * and (Suno) make a song, so the extension stores readings, a task and health for each.
 * `sunoLeft` sets the balance the next Suno visit sees.
 */
export async function serveTwoSites(context: BrowserContext) {
  const state = { sunoLeft: 2350 };
  await serve(context, {
    'https://suno.com/create?song': {
      body: appPage('Create', [
        {
          url: `${SUNO_API}/api/generate/v2/`,
          method: 'POST',
          body: liveFixture('suno/generate-request.json'),
        },
        { url: `${SUNO_API}/api/billing/info/` },
      ]),
    },
    [`${SUNO_API}/api/generate/v2/`]: { body: liveFixture('suno/generate-response.json') },
    [`${SUNO_API}/api/billing/info/`]: () => ({
      body: JSON.stringify({
        ...JSON.parse(liveFixture('suno/billing-pro.json')),
        total_credits_left: state.sunoLeft,
      }),
    }),
    'https://openrouter.ai/settings/credits': {
      body: appPage('Credits', [{ url: 'https://openrouter.ai/api/v1/credits' }]),
    },
    'https://openrouter.ai/api/v1/credits': { body: liveFixture('openrouter/credits.json') },
  });
  return {
    state,
    visitSuno: () => visit(context, 'https://suno.com/create?song'),
    visitOpenRouter: () => visit(context, 'https://openrouter.ai/settings/credits'),
  };
}
