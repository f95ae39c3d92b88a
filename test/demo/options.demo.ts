import { resolve } from 'node:path';
import { launch } from '../e2e/harness';
import { OptionsPage, serveTwoSites } from '../e2e/options-page';

/**
 * `npm run demo`: the options page with realistic data — two sites visited at their real
 * URLs, a budget, a price and a fee typed in, a tool tracked by hand — saved for the README.
 */
const DOCS = resolve(__dirname, '../../docs');

it('renders the options page with sample data, light and dark', async () => {
  const browser = await launch();
  try {
    const sites = await serveTwoSites(browser.context);
    await sites.visitSuno();
    await sites.visitOpenRouter();
    const options = await OptionsPage.open(browser.context, browser.extensionId);
    const page = options.page;
    await page.setViewportSize({ width: 900, height: 900 });

    await page.getByLabel('Monthly budget (USD)').fill('60');
    await page.locator('form.global-form').getByRole('button', { name: 'Save' }).click();
    await options.waitForStatus('form.global-form', 'Saved.');
    const suno = options.toolForm('suno');
    await suno.getByLabel('Price per credit (USD)').fill('0.004');
    await suno.getByLabel('Monthly fee (USD)').fill('10');
    await suno.getByRole('button', { name: 'Save Suno' }).click();
    await options.waitForStatus('form.tool-form[data-tool="suno"]', 'Saved.');

    await page.getByLabel('Name', { exact: true }).fill('Udio');
    await page.getByLabel('Usage page (optional)').fill('https://www.udio.com/settings');
    await page.getByLabel('Balance now (optional)').fill('1200');
    await page.getByRole('button', { name: 'Add tool' }).click();
    await page.locator('li.manual-tool .manual-balance', { hasText: '1,200' }).waitFor();
    await options.until(
      async () => (await options.rows('meters')).length >= 3,
      'both sites and the manual tool stored',
    );
    // The "Saved." lines are a moment's feedback, not part of the page people see first.
    await page.reload();
    await page.waitForSelector('li.manual-tool');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${DOCS}/options-${scheme}.png`, fullPage: true });
    }
  } finally {
    await browser.close();
  }
});
