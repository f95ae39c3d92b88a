import { fixture } from '@/test/support/fixtures';
import { appPage, launch, serve, visit, type Browser } from './harness';
import { PopupPage } from './popup';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const ORG = 'https://claude.ai/api/organizations/4f1d2c3b-0a9e-4b7c-8d6e-5f4a3b2c1d0e';

describe('the three founding sites, as a person sees them', () => {
  it('starts with an empty state that lists the supported sites', async () => {
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    expect(await popup.text()).toContain('No balances yet');
    await expect(
      popup.page.locator('.empty a[href="https://suno.com/account"]').count(),
    ).resolves.toBe(1);
    await popup.page.close();
  });

  it('Suno: billing JSON, then the sidebar text, then a song', async () => {
    await serve(browser.context, {
      'https://suno.com/account': {
        body: appPage('Account', [{ url: 'https://studio-api.prod.suno.com/api/billing/info/' }]),
      },
      'https://studio-api.prod.suno.com/api/billing/info/': {
        body: fixture('suno/billing-pro.json'),
      },
    });
    await visit(browser.context, 'https://suno.com/account');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.waitForMeter('suno', 'Credits', '2,350 credits left of 2,500 credits');
    await expect(popup.card('suno').innerText()).resolves.toMatch(/resets in \d+ d/);
  });

  it('OpenRouter: dollars left = bought − used', async () => {
    await serve(browser.context, {
      'https://openrouter.ai/settings/credits': {
        body: appPage('Credits', [{ url: 'https://openrouter.ai/api/v1/credits' }]),
      },
      'https://openrouter.ai/api/v1/credits': { body: fixture('openrouter/credits.json') },
    });
    await visit(browser.context, 'https://openrouter.ai/settings/credits');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.waitForMeter('openrouter', 'Credits', '$7.66 left of $20.00');
  });

  it('Claude: both usage shapes, null windows, reset times', async () => {
    let body = fixture('claude/usage-objects.json');
    await serve(browser.context, {
      'https://claude.ai/settings/usage': () => ({
        body: appPage('Usage', [{ url: `${ORG}/usage` }]),
      }),
      [`${ORG}/usage`]: () => ({ body }),
    });
    await visit(browser.context, 'https://claude.ai/settings/usage');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.waitForMeter('claude', '5-hour session', '58% left');
    await popup.waitForMeter('claude', 'Weekly, Opus', '88% left');
    await popup.waitForMeter('claude', 'Extra usage', '$12.50 used of $50.00');
    body = fixture('claude/usage-limits.json');
    await visit(browser.context, 'https://claude.ai/settings/usage');
    await popup.waitForMeter('claude', '5-hour session', '92% left');
    await popup.waitForMeter('claude', 'Weekly, Sonnet', '29% left');
    expect(await popup.text()).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('a hostile payload leaves the numbers alone and shows a health warning', async () => {
    await serve(browser.context, {
      'https://suno.com/account': {
        body: appPage('Account', [{ url: 'https://studio-api.prod.suno.com/api/billing/info/' }]),
      },
      'https://studio-api.prod.suno.com/api/billing/info/': {
        body: fixture('suno/billing-hostile.json'),
      },
    });
    await visit(browser.context, 'https://suno.com/account');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.card('suno').locator('.health').waitFor({ timeout: 20_000 });
    expect(await popup.card('suno').innerText()).toMatch(
      /Couldn't read Suno since .*total_credits_left|schema mismatch/,
    );
    await popup.waitForMeter('suno', 'Credits', '2,350 credits left');
  });
});
