import { launch, type Browser } from './harness';
import { PopupPage } from './popup';
import { monthOfUse } from './popup-month';

const DAY = 86_400_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('the popup a user sees every day', () => {
  let popup: PopupPage;
  beforeAll(async () => {
    popup = await monthOfUse(browser);
  });

  it('puts the meter that runs out first on top and marks it low', async () => {
    const order = await popup.page
      .locator('section.tool')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-tool')));
    expect(order).toEqual(['suno', 'openrouter']);
    await expect(popup.card('suno').getAttribute('class')).resolves.toContain('low');
    await expect(popup.card('suno').locator('.low-tag').innerText()).resolves.toMatch(/low/i);
    await expect(popup.card('openrouter').locator('.low-tag').count()).resolves.toBe(0);
    const bar = popup.card('suno').getByRole('meter');
    await expect(bar.getAttribute('aria-label')).resolves.toBe(
      'Low: Credits: 250 credits left of 2,500 credits',
    );
  });

  it('shows the forecast from the recent pace', async () => {
    const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(
      Date.now() + 3 * DAY,
    );
    await expect(popup.card('suno').locator('.forecast').innerText()).resolves.toBe(
      `runs out before the reset on ${weekday}`,
    );
    await expect(popup.card('openrouter').locator('.forecast').innerText()).resolves.toBe(
      'lasts ~9 days',
    );
  });

  it('draws the 30-day balance chart with an accessible name', async () => {
    const chart = popup.card('suno').getByRole('img');
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(
      /^Balance over the last 30 days: from \d+% to 10%, lowest 10%$/,
    );
    // The two days the ledger has no row for break the line in two.
    await expect(chart.locator('polyline').count()).resolves.toBe(2);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(50);
    await expect(
      popup.card('openrouter').getByRole('img').getAttribute('aria-label'),
    ).resolves.toMatch(/from \$\d+\.\d\d to \$18\.00, lowest \$18\.00$/);
  });

  it("shows this month's spending: money where priced, units where not, never $0", async () => {
    const suno = await popup.card('suno').locator('.month').innerText();
    expect(suno).toMatch(/^This month [\d,]+ credits$/);
    const openrouter = await popup.card('openrouter').locator('.month').innerText();
    expect(openrouter).toMatch(/^This month \$\d+\.\d\d$/);
    expect(openrouter).not.toContain('$0.00');
    await expect(
      popup.card('suno').locator('.costs li[data-kind="song"]').innerText(),
    ).resolves.toBe('Song: 10 credits each (280 tasks) · rate card');
    expect(await popup.text()).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("links each card to the tool's own usage page", async () => {
    await expect(
      popup.card('suno').getByRole('link', { name: 'Open Suno usage page' }).getAttribute('href'),
    ).resolves.toBe('https://suno.com/account');
    await expect(
      popup
        .card('openrouter')
        .getByRole('link', { name: 'Open OpenRouter usage page' })
        .getAttribute('href'),
    ).resolves.toBe('https://openrouter.ai/settings/credits');
  });

  it("reaches every tool's link with the keyboard, with a visible focus ring", async () => {
    const reached: string[] = [];
    for (let i = 0; i < 10 && reached.length < 2; i++) {
      await popup.page.keyboard.press('Tab');
      const focus = await popup.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : undefined;
        return {
          tool: el?.closest('section.tool')?.getAttribute('data-tool'),
          link: el?.tagName === 'A',
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
        };
      });
      if (focus.link && focus.tool) {
        reached.push(focus.tool);
        expect(focus.outline).toMatch(/^solid [1-9]/);
      }
    }
    expect(reached).toEqual(['suno', 'openrouter']);
  });
});
