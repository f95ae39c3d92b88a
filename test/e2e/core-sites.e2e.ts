import { liveFixture } from '@/test/support/fixtures';
import { appPage, launch, serve, visit, type Browser } from './harness';
import { PopupPage } from './popup';

// A fresh profile per test: each starts from an empty database, as a new user would.
let browser: Browser;
beforeEach(async () => {
  browser = await launch();
});
afterEach(async () => browser?.close());

const ORG = 'https://claude.ai/api/organizations/4f1d2c3b-0a9e-4b7c-8d6e-5f4a3b2c1d0e';

describe('the three founding sites, as a person sees them', () => {
  it('starts with an empty state that lists the supported sites', async () => {
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.page.locator('.empty').waitFor();
    expect(await popup.text()).toContain('No balances yet');
    await expect(
      popup.page.locator('.empty a[href="https://suno.com/account"]').count(),
    ).resolves.toBe(1);
    await popup.page.close();
  });

  it('Suno: billing JSON, then a song with its cost, then the sidebar text', async () => {
    const API = 'https://studio-api.prod.suno.com';
    let left = 2350;
    await serve(browser.context, {
      'https://suno.com/account': {
        body: appPage('Account', [{ url: `${API}/api/billing/info/` }]),
      },
      'https://suno.com/create?song': {
        body: appPage('Create', [
          {
            url: `${API}/api/generate/v2/`,
            method: 'POST',
            body: liveFixture('suno/generate-request.json'),
          },
          { url: `${API}/api/billing/info/` },
        ]),
      },
      [`${API}/api/generate/v2/`]: () => (
        (left -= 10),
        { body: liveFixture('suno/generate-response.json') }
      ),
      [`${API}/api/billing/info/`]: () => ({
        body: JSON.stringify({
          ...JSON.parse(liveFixture('suno/billing-pro.json')),
          total_credits_left: left,
        }),
      }),
      'https://suno.com/create': { body: liveFixture('suno/create.html') },
    });
    await visit(browser.context, 'https://suno.com/account');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.waitForMeter('suno', 'Credits', '2,350 credits left of 2,500 credits');
    await expect(popup.card('suno').innerText()).resolves.toMatch(/resets in \d+ d/);

    await visit(browser.context, 'https://suno.com/create?song');
    await popup.waitForMeter('suno', 'Credits', '2,340 credits left of 2,500 credits');
    await popup
      .card('suno')
      .locator('.costs li[data-kind="song"]', {
        hasText: 'Song: 10 credits each (1 task) · rate card',
      })
      .waitFor({ timeout: 20_000 });

    await visit(browser.context, 'https://suno.com/create');
    await popup.waitForMeter('suno', 'Credits', '1,230 credits left');
  });

  it('OpenRouter: dollars left = bought − used', async () => {
    await serve(browser.context, {
      'https://openrouter.ai/settings/credits': {
        body: appPage('Credits', [{ url: 'https://openrouter.ai/api/v1/credits' }]),
      },
      'https://openrouter.ai/api/v1/credits': { body: liveFixture('openrouter/credits.json') },
    });
    await visit(browser.context, 'https://openrouter.ai/settings/credits');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.waitForMeter('openrouter', 'Credits', '$7.66 left of $20.00');
  });

  it('Claude: both usage shapes, null windows, reset times', async () => {
    let body = liveFixture('claude/usage-objects.json');
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
    body = liveFixture('claude/usage-limits.json');
    await visit(browser.context, 'https://claude.ai/settings/usage');
    await popup.waitForMeter('claude', '5-hour session', '92% left');
    await popup.waitForMeter('claude', 'Weekly, Sonnet', '29% left');
    expect(await popup.text()).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('a hostile payload leaves the numbers alone and shows a health warning', async () => {
    const API = 'https://studio-api.prod.suno.com/api/billing/info/';
    let body = liveFixture('suno/billing-pro.json');
    await serve(browser.context, {
      'https://suno.com/account': { body: appPage('Account', [{ url: API }]) },
      [API]: () => ({ body }),
    });
    await visit(browser.context, 'https://suno.com/account');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.waitForMeter('suno', 'Credits', '2,350 credits left');

    body = liveFixture('suno/billing-hostile.json');
    await visit(browser.context, 'https://suno.com/account');
    await popup.card('suno').locator('.health').waitFor({ timeout: 20_000 });
    expect(await popup.card('suno').innerText()).toMatch(
      /Couldn't read Suno since .*schema mismatch.*The site may have changed/,
    );
    // The last good numbers stay, and nothing the hostile payload said reaches the screen.
    await popup.waitForMeter('suno', 'Credits', '2,350 credits left');
    expect(await popup.text()).not.toMatch(/NaN|undefined|Infinity|1e\+?308|\b0 credits/);
    expect(await popup.count('readings')).toBe(1);
  });
});
