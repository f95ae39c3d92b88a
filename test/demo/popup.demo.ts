import { ADAPTERS } from '@/lib/adapters';
import { adapterModules, fixture } from '@/test/support/fixtures';
import { appPage, launch, serve, visit } from '../e2e/harness';
import { PopupPage } from '../e2e/popup';
import { resolve } from 'node:path';

/**
 * `npm run demo`: what a new user sees with no AI accounts. Sample pages at the real site
 * URLs feed the built extension in Chromium; the popup is saved as the README's pictures.
 */
const SHOW = ['claude', 'suno', 'openrouter', 'elevenlabs', 'cursor', 'midjourney'];
const DOCS = resolve(__dirname, '../../docs');

it('renders the popup with sample data, light and dark', async () => {
  const browser = await launch();
  try {
    const modules = adapterModules().filter((m) => SHOW.includes(m.adapter.id));
    for (const { adapter, cases } of modules) {
      const json = cases.filter(
        (c) => c.kind === 'response' && 'readings' in c.expect && c.expect.readings?.length,
      );
      const text = cases.find((c) => c.kind === 'text' && 'readings' in c.expect);
      if (json.length) {
        const calls = json.slice(0, 2);
        await serve(browser.context, {
          [adapter.usageUrl]: {
            body: appPage(
              adapter.name,
              calls.map((c) => ({ url: c.url })),
            ),
          },
          ...Object.fromEntries(calls.map((c) => [c.url, { body: fixture(c.fixture) }])),
        });
        // A person looks at the page for a moment; the first delivery happens meanwhile.
        const tab = await visit(browser.context, adapter.usageUrl);
        await tab.waitForTimeout(800);
        await tab.close();
      } else if (text) {
        await serve(browser.context, { [text.url]: { body: fixture(text.fixture) } });
        const tab = await visit(browser.context, text.url);
        await tab.waitForTimeout(1500);
        await tab.close();
      }
    }
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.page.setViewportSize({ width: 360, height: 600 });
    for (const id of SHOW.filter((id) => ADAPTERS.some((a) => a.id === id)))
      await popup.card(id).waitFor({ timeout: 20_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      await popup.page.screenshot({ path: `${DOCS}/popup-${scheme}.png`, fullPage: true });
    }
  } finally {
    await browser.close();
  }
});
