import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './harness';
import { PopupPage } from './popup';
import { monthOfUse } from './popup-month';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, so the extension page's CSP does not block it.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact?: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => String(n.target)),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

describe('the popup, checked by axe-core in Chromium', () => {
  it.each(['light', 'dark'] as const)(
    'has no serious or critical violations when empty, %s',
    async (scheme) => {
      const popup = await PopupPage.open(browser.context, browser.extensionId);
      await popup.page.emulateMedia({ colorScheme: scheme });
      await popup.ready();
      await popup.page.locator('.empty').waitFor();
      expect(await seriousViolations(popup.page)).toEqual([]);
      await popup.page.close();
    },
  );

  it('has no serious or critical violations with a month of history, light and dark', async () => {
    const popup = await monthOfUse(browser);
    await popup.page.locator('.spark').first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(popup.page), scheme).toEqual([]);
    }
    await popup.page.close();
  });
});
