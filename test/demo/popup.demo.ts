import { ADAPTERS, adapterById } from '@/lib/adapters';
import type { MeterState } from '@/lib/model/meter';
import { SETTINGS_KEYS } from '@/lib/model/settings';
import { leftOf } from '@/lib/forecast/pace';
import { adapterModules, expectedAt, liveFixture } from '@/test/support/fixtures';
import { appPage, launch, serve, visit } from '../e2e/harness';
import { PopupPage } from '../e2e/popup';
import { history, planBehind, type MeterPlan } from '../e2e/popup-history';
import { resolve } from 'node:path';

/**
 * `npm run demo`: what a new user sees with no AI accounts. Sample pages at the real site
 * URLs feed the built extension in Chromium; a month of history is seeded behind today's
 * balances (as the background would have kept it); the popup is saved as the README's pictures.
 */
const SHOW = ['claude', 'suno', 'openrouter', 'elevenlabs', 'cursor', 'midjourney'];
const DOCS = resolve(__dirname, '../../docs');
const DAY = 86_400_000;

/** What each sample tool's recent tasks looked like. */
const TASKS: Record<string, MeterPlan['task']> = {
  'suno:credits': { kind: 'song', perDay: 6, cost: 10, basis: 'rate_card' },
  'openrouter:balance': { kind: 'completion', perDay: 40, cost: 0.012, basis: 'reported' },
  'elevenlabs:characters': { kind: 'speech', perDay: 12, cost: 1150, basis: 'balance_drop' },
};

/** A month behind one meter's current state: windows renew, balances run down. */
function planFor(state: MeterState, now: number): MeterPlan | undefined {
  const spec = adapterById(state.tool)?.meters[state.meter];
  const r = state.latest;
  const end = leftOf(r);
  // A 5-hour window's daily closes say nothing; its forecast comes from today's readings.
  if (!spec || end === undefined || state.meter === 'five_hour') return undefined;
  const task = TASKS[state.key];
  const untilReset = r.resetsAt !== undefined ? (r.resetsAt - now) / DAY : undefined;
  if (r.remaining === undefined && r.used === undefined) {
    // Percent windows renew weekly; this one renewed (7 − days to go) days ago.
    const phase = Math.min(6.5, Math.max(1, 7 - (untilReset ?? 3)));
    return planBehind(state, 'percent', (100 - end) / phase, { period: 7, phase, start: 100 });
  }
  const limit = r.limit !== undefined ? r.limit * r.scale : undefined;
  if (limit) {
    const phase = Math.min(29, Math.max(3, 30 - (untilReset ?? 15)));
    return planBehind(state, spec.unit, (limit - end) / phase, {
      period: 30,
      phase,
      start: limit,
      task,
    });
  }
  return planBehind(state, spec.unit, end / 12, { task });
}

it('renders the popup with sample data, light and dark', async () => {
  const browser = await launch();
  try {
    const modules = adapterModules().filter((m) => SHOW.includes(m.adapter.id));
    for (const { adapter, cases } of modules) {
      const readingsOf = (c: (typeof cases)[number]) => {
        const want = expectedAt(c, Date.now());
        return 'readings' in want ? (want.readings ?? []) : [];
      };
      const json = cases.filter((c) => c.kind === 'response' && readingsOf(c).length);
      const text = cases.find((c) => c.kind === 'text' && readingsOf(c).length);
      if (json.length) {
        // Up to two endpoints, each telling about other meters: two samples of one meter
        // from different accounts would make a nonsense history.
        const seen = new Set<string>();
        const calls = json
          .filter((c) => {
            const meters = readingsOf(c).map((r) => r.meter);
            if (meters.some((m) => seen.has(m))) return false;
            meters.forEach((m) => seen.add(m));
            return true;
          })
          .slice(0, 2);
        await serve(browser.context, {
          [adapter.usageUrl]: {
            body: appPage(
              adapter.name,
              calls.map((c) => ({ url: c.url })),
            ),
          },
          ...Object.fromEntries(calls.map((c) => [c.url, { body: liveFixture(c.fixture) }])),
        });
        // A person looks at the page for a moment; the first delivery happens meanwhile.
        const tab = await visit(browser.context, adapter.usageUrl);
        await tab.waitForTimeout(800);
        await tab.close();
      } else if (text) {
        await serve(browser.context, { [text.url]: { body: liveFixture(text.fixture) } });
        const tab = await visit(browser.context, text.url);
        await tab.waitForTimeout(1500);
        await tab.close();
      }
    }
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.page.setViewportSize({ width: 360, height: 600 });
    for (const id of SHOW.filter((id) => ADAPTERS.some((a) => a.id === id)))
      await popup.card(id).waitFor({ timeout: 20_000 });

    // A month of history behind today's balances, one tool kept by hand, and two prices.
    const now = Date.now();
    const states = await popup.rows<MeterState>('meters');
    const udio: MeterPlan = {
      tool: 'm_udio',
      meter: 'balance',
      unit: 'credits',
      start: 1200,
      perDay: 22,
    };
    const plans = [...states.map((s) => planFor(s, now)).filter((p) => !!p), udio];
    const h = history(plans, now - 5_000);
    const settings = (tool: string, v: object) => ({
      key: SETTINGS_KEYS.tool(tool),
      value: { enabled: true, lowPercent: 20, ...v },
    });
    await popup.seed({
      readings: h.readings,
      days: h.days,
      meters: h.meters.filter((m) => m.tool === 'm_udio'),
      manualTools: [
        { id: 'm_udio', name: 'Udio', unit: 'credits', usageUrl: 'https://www.udio.com/' },
      ],
      settings: [
        settings('suno', { pricePerUnit: 0.004, monthlyFee: 10 }),
        // The user's own threshold: warn below 40% here, not the default 20%.
        settings('claude', { monthlyFee: 20, lowPercent: 40 }),
      ],
    });
    await popup.page.reload();
    await popup.ready();
    await popup.page.locator('.spark').first().waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      await popup.page.screenshot({ path: `${DOCS}/popup-${scheme}.png`, fullPage: true });
    }
    expect(await popup.text()).not.toMatch(/NaN|undefined|Infinity/);
    expect(await popup.page.locator('.forecast').count()).toBeGreaterThan(2);
  } finally {
    await browser.close();
  }
}, 120_000);
