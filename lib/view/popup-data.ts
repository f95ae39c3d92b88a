import { TOOLS } from '../catalog';
import { forecastFrom, keptPace, leftOf, PACE_WINDOW_MS, type PaceStart } from '../forecast/pace';
import { t } from '../i18n';
import { dayOf } from '../ledger/calendar';
import { moneyOf } from '../ledger/money';
import { isFailing } from '../model/failing';
import type { Health } from '../model/health';
import { MANUAL_METER } from '../model/enums';
import type { ManualTool } from '../model/manual';
import type { MeterState } from '../model/meter';
import type { Reading } from '../model/reading';
import type { ToolSettings } from '../model/settings';
import type { MeterSpec } from '../model/tool';
import { settingsOf } from '../settings/of';
import { chartOf, type ChartView } from './chart';
import { costsFromTotals } from './day-costs';
import type { ToolDays } from './day-sums';
import { lastDays } from './days';
import { forecastText } from './forecast-text';
import { meterView, type MeterView } from './meter-view';
import { monthSpend, monthSpendText } from './month-spend';
import type { PopupInputs } from './popup-inputs';
import type { TaskCost } from './task-costs';

/** What a card needs to know about a tool, whether an adapter reads it or the user types it. */
export interface CardTool {
  id: string;
  name: string;
  usageUrl?: string;
  meters: Record<string, MeterSpec>;
  manual?: boolean;
}

export interface MeterCard extends MeterView {
  meter: string;
  /** Below the user's threshold for this tool. */
  low: boolean;
  /** True when the recent pace empties it before it resets. */
  runsOut: boolean;
  forecast?: string;
}

export interface CostView extends TaskCost {
  /** The average in USD, when the unit has a price. */
  usd?: number;
}

export interface ToolView {
  tool: CardTool;
  meters: MeterCard[];
  failing?: Health['lastFailure'];
  /** Cost per task by kind over the last 30 days. */
  costs: CostView[];
  /** This month's spending in words: money, unpriced units, or nothing yet. */
  month: string;
  /** The most binding meter's balance over the last 30 days. */
  chart?: ChartView;
}

/** Low meters first, then those running out before their reset, then by share left. */
function rank(m: MeterCard): number[] {
  return [m.low ? 0 : 1, m.runsOut ? 0 : 1, m.percentLeft ?? 101];
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function isLow(view: MeterView, r: Reading, s: ToolSettings): boolean {
  if (view.percentLeft !== undefined) return view.percentLeft < s.lowPercent;
  const left = leftOf(r);
  return s.lowAmount !== undefined && left !== undefined && left < s.lowAmount;
}

function manualCard(m: ManualTool): CardTool {
  const meter: MeterSpec = { label: t('manualMeter'), kind: 'prepaid', unit: m.unit };
  return {
    id: m.id,
    name: m.name,
    usageUrl: m.usageUrl,
    meters: { [MANUAL_METER]: meter },
    manual: true,
  };
}

const NO_DAYS: ToolDays = { tasks: {}, spent: {}, close: {} };

/** The inputs' sums for `now`'s local day, by tool; none when they were read too long ago. */
function sumsOn(inputs: PopupInputs, now: number): Record<string, ToolDays> {
  const day = dayOf(now);
  return Object.hasOwn(inputs.sums, day) ? inputs.sums[day]! : {};
}

/**
 * Everything the popup shows, from its inputs (see popup-inputs.ts) and the time: pure and
 * synchronous, so it runs the same on a snapshot the background kept as on a fresh read.
 * The inputs hold day sums for the day they were read on and the next; lib/view/snapshot.ts
 * turns away a snapshot without `now`'s.
 */
export function buildPopup(inputs: PopupInputs, now: number): ToolView[] {
  const days = lastDays(now);
  const settings = settingsOf(inputs.settings);
  const tools: CardTool[] = [...TOOLS, ...inputs.manual.map(manualCard)].filter(
    (tool) => settings.tool(tool.id).enabled !== false,
  );
  const statesOf = group(inputs.states, (s) => s.tool);
  const healthOf = new Map(inputs.health.map((h) => [h.tool, h]));
  const sumsOf = sumsOn(inputs, now);

  const views = tools.map((tool): ToolView | undefined => {
    const s = settings.tool(tool.id);
    const own = (statesOf.get(tool.id) ?? []).filter((st) => tool.meters[st.meter]);
    const sums = Object.hasOwn(sumsOf, tool.id) ? sumsOf[tool.id]! : NO_DAYS;
    const h = healthOf.get(tool.id);
    const hasTasks = Object.values(sums.tasks).some((k) => k && k.n > 0);
    // A tool shows once it has a balance, a task, or a reader failure worth telling.
    if (!tool.manual && !own.length && !hasTasks && !isFailing(h)) return undefined;
    const meters = own.map((st) =>
      meterCard(tool, st, inputs.paces[st.key] ?? keptPace(st), s, now),
    );
    meters.sort((a, b) => compareRank(rank(a), rank(b)));
    let chart: ChartView | undefined;
    for (const m of meters) {
      chart = chartOf(m.meter, tool.meters[m.meter]!.unit, sums.close[m.meter], days);
      if (chart) break;
    }
    return {
      tool,
      meters,
      failing: isFailing(h) ? h.lastFailure : undefined,
      costs: costsFromTotals(sums.tasks).map((c) => withMoney(tool.id, c, s)),
      month: monthSpendText(monthSpend(tool.id, sums.spent, s)),
      chart,
    };
  });
  const first = (v: ToolView) => (v.meters[0] ? rank(v.meters[0]) : [2, 2, 102]);
  return views
    .filter((v): v is ToolView => !!v)
    .sort((a, b) => compareRank(first(a), first(b)) || a.tool.name.localeCompare(b.tool.name));
}

function meterCard(
  tool: CardTool,
  st: MeterState,
  start: PaceStart | undefined,
  s: ToolSettings,
  now: number,
): MeterCard {
  const view = meterView(tool.meters[st.meter]!, st.latest, st.lastSeen, now);
  // A meter not seen for a week has no recent pace.
  const fresh = now - st.latest.at <= PACE_WINDOW_MS;
  const fc = fresh ? forecastFrom(start, st.latest, now) : undefined;
  return {
    ...view,
    meter: st.meter,
    low: isLow(view, st.latest, s),
    runsOut: !!fc?.beforeReset,
    forecast: forecastText(fc, st.latest.resetsAt, now),
  };
}

function withMoney(tool: string, c: TaskCost, s: ToolSettings): CostView {
  if (c.average === undefined || !c.unit) return c;
  const money = moneyOf(tool, { [c.unit]: c.average }, s);
  return c.unit in money.unpriced || c.unit === 'usd' ? c : { ...c, usd: money.usd };
}

function group<T>(rows: T[], by: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(by(r));
    if (list) list.push(r);
    else out.set(by(r), [r]);
  }
  return out;
}
