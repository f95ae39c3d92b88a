import { appPage, serve, visit, type Browser } from './harness';
import { PopupPage } from './popup';
import { history, type MeterPlan } from './popup-history';
import { followSeeded } from '../support/follow';

const DAY = 86_400_000;
const SUNO_API = 'https://studio-api.prod.suno.com/api/billing/info/';
const OPENROUTER_API = 'https://openrouter.ai/api/v1/credits';

/**
 * A person who has used Suno and OpenRouter for a month: today's balances arrive through the
 * real pages, the month before is seeded as the history the background would have kept.
 */
export async function monthOfUse(browser: Browser): Promise<PopupPage> {
  const now = Date.now();
  const resetsAt = now + 3 * DAY;
  await serve(browser.context, {
    'https://suno.com/account': { body: appPage('Account', [{ url: SUNO_API }]) },
    [SUNO_API]: {
      body: JSON.stringify({
        total_credits_left: 250,
        monthly_limit: 2500,
        renews_on: new Date(resetsAt).toISOString(),
      }),
    },
    'https://openrouter.ai/settings/credits': {
      body: appPage('Credits', [{ url: OPENROUTER_API }]),
    },
    [OPENROUTER_API]: { body: JSON.stringify({ data: { total_credits: 40, total_usage: 22 } }) },
  });
  await visit(browser.context, 'https://suno.com/account');
  await visit(browser.context, 'https://openrouter.ai/settings/credits');
  const popup = await PopupPage.open(browser.context, browser.extensionId);
  await popup.waitForMeter('suno', 'Credits', '250 credits left of 2,500 credits');
  await popup.waitForMeter('openrouter', 'Credits', '$18.00 left of $40.00');

  const plans: MeterPlan[] = [
    {
      tool: 'suno',
      meter: 'credits',
      unit: 'credits',
      limit: 2500,
      start: 3250,
      perDay: 100,
      resetsAt,
      gaps: [3, 4],
      task: { kind: 'song', perDay: 10, cost: 10, basis: 'rate_card' },
    },
    { tool: 'openrouter', meter: 'balance', unit: 'usd', start: 78, perDay: 2 },
  ];
  const h = history(plans, now - 5_000);
  // The meters' latest states came through the pages; history goes behind them, and the
  // background follows it as it would have as the history came. First it finishes following
  // the visits: a pass still waiting would rewrite today's seeded day from the tasks table,
  // where the seeded history has none.
  await followSeeded(popup.page);
  await popup.seed({ readings: h.readings, days: h.days });
  await followSeeded(popup.page);
  await popup.page.reload();
  await popup.ready();
  return popup;
}
