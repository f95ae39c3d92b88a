import { toolById } from '../catalog';
import type { CreditwatchDB } from '../db/database';
import type { Unit } from '../model/enums';
import type { DayRow } from '../model/day';
import { loadSettings } from '../settings/load';
import { addMonths, monthOf } from './calendar';
import { feeApplies, feesOf } from './fees';
import { round6 } from './line';
import { addUnits, moneyOf } from './money';

export interface ToolMonth {
  tool: string;
  name: string;
  /** Units spent (tasks plus consumption no task explains), by unit. */
  units: Partial<Record<Unit, number>>;
  tasks: number;
  /** USD of the priced units plus the subscription fee. */
  usd: number;
  fee?: number;
  /** Units whose price nobody knows: shown as units, never as $0. */
  unpriced: Partial<Record<Unit, number>>;
}

export interface MonthFigures {
  month: string;
  tools: ToolMonth[];
  usd: number;
  unpriced: Partial<Record<Unit, number>>;
}

async function dayRows(db: CreditwatchDB, first: string, last: string): Promise<DayRow[]> {
  return db.days.where('day').between(`${first}-01`, `${last}-32`).toArray();
}

async function names(db: CreditwatchDB): Promise<Map<string, string>> {
  const manual = await db.manualTools.toArray();
  return new Map(manual.map((m) => [m.id, m.name]));
}

/** Figures of several months from the `days` table only (no history scans), oldest first. */
export async function monthsFigures(
  db: CreditwatchDB,
  last: string,
  count: number,
  now = Date.now(),
): Promise<MonthFigures[]> {
  const first = addMonths(last, -(count - 1));
  const [rows, settings, manualNames] = await Promise.all([
    dayRows(db, first, last),
    loadSettings(db),
    names(db),
  ]);
  const fees = await feesOf(db, settings);
  const out: MonthFigures[] = [];
  for (let i = 0; i < count; i++) {
    const month = addMonths(first, i);
    const byTool = new Map<string, ToolMonth>();
    const entry = (tool: string) => {
      let e = byTool.get(tool);
      if (!e) {
        const name = toolById(tool)?.name ?? manualNames.get(tool) ?? tool;
        e = { tool, name, units: {}, tasks: 0, usd: 0, unpriced: {} };
        byTool.set(tool, e);
      }
      return e;
    };
    const inMonth = rows.filter((r) => r.day.slice(0, 7) === month);
    for (const r of inMonth) {
      const e = entry(r.tool);
      addUnits(e.units, r.spent);
      for (const k of Object.values(r.tasks)) e.tasks += k?.n ?? 0;
    }
    if (feeApplies(month, inMonth.length > 0, now)) for (const f of fees) entry(f.tool).fee = f.usd;
    const fig: MonthFigures = { month, tools: [], usd: 0, unpriced: {} };
    for (const e of [...byTool.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      for (const u of Object.keys(e.units) as Unit[]) e.units[u] = round6(e.units[u]!);
      const money = moneyOf(e.tool, e.units, settings.tool(e.tool));
      e.usd = round6(money.usd + (e.fee ?? 0));
      e.unpriced = money.unpriced;
      fig.usd = round6(fig.usd + e.usd);
      addUnits(fig.unpriced, e.unpriced);
      fig.tools.push(e);
    }
    out.push(fig);
  }
  return out;
}

/** One month's figures: per tool units, tasks and money, and the total. */
export async function monthFigures(
  db: CreditwatchDB,
  month: string,
  now = Date.now(),
): Promise<MonthFigures> {
  return (await monthsFigures(db, month, 1, now))[0]!;
}

export function currentMonth(now = Date.now()): string {
  return monthOf(now);
}
