import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './harness';
import { OptionsPage, serveTwoSites } from './options-page';
import { PopupPage } from './popup';

// Extension pages forbid inline scripts (CSP script-src 'self'), which is how addScriptTag
// injects a file; evaluating the source through the DevTools protocol is not subject to it.
const AXE = readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Serious and critical axe-core violations on the page as it is now, printed when any. */
async function seriousViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: Document, o: object): Promise<{ violations: unknown[]; passes: unknown[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return { violations: r.violations, passes: r.passes.length };
  });
  // A run that checked nothing would pass anything.
  expect(passes).toBeGreaterThan(10);
  const bad = (violations as Violation[]).filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const lines = bad.map(
    (v) =>
      `${label}: [${v.impact}] ${v.id} — ${v.help}\n` +
      v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n'),
  );
  if (lines.length) console.error(lines.join('\n'));
  return lines;
}

let browser: Browser;
let options: OptionsPage;
let popup: PopupPage;

// One browser with data in every part of both pages: two sites visited, a manual tool.
beforeAll(async () => {
  browser = await launch();
  const sites = await serveTwoSites(browser.context);
  await sites.visitSuno();
  await sites.visitOpenRouter();
  options = await OptionsPage.open(browser.context, browser.extensionId);
  await options.page.getByLabel('Name', { exact: true }).fill('Udio');
  await options.page.getByLabel('Balance now (optional)').fill('300');
  await options.page.getByRole('button', { name: 'Add tool' }).click();
  await options.page
    .locator('li.manual-tool[data-tool="m_udio"] .manual-balance', { hasText: '300' })
    .waitFor();
  popup = await PopupPage.open(browser.context, browser.extensionId);
  await popup.waitForMeter('suno', 'Credits', '2,350 credits left');
  await popup.waitForMeter('openrouter', 'Credits', '$7.66 left');
});
afterAll(async () => browser?.close());

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (scheme) => {
  it('finds nothing serious or critical in the popup', async () => {
    await popup.page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(popup.page, `popup ${scheme}`)).toEqual([]);
  });

  it('finds nothing serious or critical in the options page, its inline errors or its dialog', async () => {
    const page = options.page;
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page, `options ${scheme}`)).toEqual([]);

    const form = options.toolForm('suno');
    await form.getByLabel('Monthly fee (USD)').fill('lots');
    await form.getByRole('button', { name: 'Save Suno' }).click();
    await form.locator('.field-error').waitFor();
    expect(await seriousViolations(page, `options ${scheme}, inline error`)).toEqual([]);
    await form.getByLabel('Monthly fee (USD)').fill('');

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
    await dialog.waitFor();
    expect(await seriousViolations(page, `options ${scheme}, dialog`)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});

/** Presses Tab until focus comes back round; returns what took focus and whether it showed. */
async function tabAround(page: Page, max = 400) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: { key: string; visible: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
      return {
        key: `${el.tagName.toLowerCase()}#${el.id}|${name}`,
        // Chromium's own ring is `auto`; a page's own ring must be at least 2 px wide.
        visible:
          style.outlineStyle === 'auto' ||
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2),
      };
    });
    if (!now) continue;
    // A month input keeps focus for each of its segments (month, year): same control, go on.
    if (seen[seen.length - 1]?.key === now.key) continue;
    if (seen.some((s) => s.key === now.key)) break;
    seen.push(now);
  }
  return seen;
}

describe('keyboard', () => {
  it('reaches every control of the options page with Tab, each with a visible focus ring', async () => {
    const page = options.page;
    await page.emulateMedia({ colorScheme: 'light' });
    const controls = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select'),
      ].map((el) => {
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
        return `${el.tagName.toLowerCase()}#${el.id}|${name}`;
      }),
    );
    const reached = await tabAround(page);
    expect(reached.map((r) => r.key).sort()).toEqual([...controls].sort());
    expect(reached.filter((r) => !r.visible)).toEqual([]);
    const keys = reached.map((r) => r.key);
    for (const name of [
      'Save',
      'Save Suno',
      'Add tool',
      "Delete this tool's data",
      'Delete everything…',
    ])
      expect(
        keys.some((k) => k.endsWith(`|${name}`)),
        name,
      ).toBe(true);
  });

  it('operates the controls from the keyboard: a checkbox, a save, the delete dialog', async () => {
    const page = options.page;
    const enabled = options.toolForm('poe').getByLabel('Track this tool');
    await enabled.focus();
    await page.keyboard.press('Space');
    await expect(enabled.isChecked()).resolves.toBe(false);
    await options.toolForm('poe').getByRole('button', { name: 'Save Poe' }).focus();
    await page.keyboard.press('Enter');
    await options.waitForStatus('form.tool-form[data-tool="poe"]', 'Saved.');
    const poe = (await options.rows<{ key: string; value: { enabled: boolean } }>('settings')).find(
      (r) => r.key === 'tool:poe',
    );
    expect(poe?.value.enabled).toBe(false);

    const deleteAll = page.getByRole('button', { name: 'Delete everything…' });
    await deleteAll.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete everything?' });
    await dialog.waitFor();
    // Cancel has the focus first, so a stray Enter deletes nothing.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Cancel');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'delete-all');
    expect((await options.rows('readings')).length).toBeGreaterThan(0);
  });

  it('reaches every link of the popup with Tab, each with a visible focus ring', async () => {
    const page = popup.page;
    const links = await page.evaluate(() => document.querySelectorAll('a[href], button').length);
    const reached = await tabAround(page);
    expect(reached.length).toBe(links);
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((r) => !r.visible)).toEqual([]);
  });
});
