import type { CreditwatchDB } from '../db/database';
import type { Change, Follower } from '../ingest/followers';
import { dayOf, dayStart, nextDayStart } from './calendar';
import { buildDay } from './dayrow';
import { ToolScanner, ledgerTools, unitsOf } from './scan';

async function writeDay(db: CreditwatchDB, tool: string, day: string): Promise<void> {
  const units = await unitsOf(db, tool);
  if (!units) return;
  const [start, end] = [dayStart(day), nextDayStart(day)];
  const scanner = await ToolScanner.open(db, tool, units, start);
  const { lines, readings } = await scanner.page(start, end);
  const row = buildDay(tool, day, lines, readings);
  if (row) await db.days.put(row);
  else await db.days.delete(`${tool}|${day}`);
}

/**
 * Follower: rewrites the DayRow of every day a change touched, of the day of each meter's
 * next reading after a touched time (a late reading splits the interval that follows), and of
 * the tasks since the previous reading (the new one may have costed them by the drop).
 * A pass may carry thousands of times (a settled stream, a backlog): per meter it looks at the
 * span they cover with three range queries rather than two per time, and may rewrite a day
 * more than needed, never fewer.
 * A change without a tool is a settings change: money is worked out at view time, so nothing.
 */
export const refreshDays: Follower = async (db: CreditwatchDB, change: Change) => {
  const tool = change.tool;
  if (!tool || !change.times.length) return;
  const days = new Set(change.times.map(dayOf));
  // A loop, not Math.min(...times): a backlog's thousands of times would overflow the stack.
  let [lo, hi] = [Infinity, -Infinity];
  for (const t of change.times) [lo, hi] = [Math.min(lo, t), Math.max(hi, t)];
  const meterKeys = (await db.meters.where('tool').equals(tool).primaryKeys()) as string[];
  let earliest = lo;
  for (const mk of meterKeys) {
    // Readings inside the span are the next reading of an earlier touched time.
    await db.readings
      .where('[meterKey+at]')
      .between([mk, lo], [mk, hi], false, true)
      .each((r) => void days.add(dayOf(r.at)));
    const next = await db.readings
      .where('[meterKey+at]')
      .between([mk, hi], [mk, Infinity], false, true)
      .first();
    if (next) days.add(dayOf(next.at));
    const prev = await db.readings
      .where('[meterKey+at]')
      .between([mk, 0], [mk, lo], true, false)
      .last();
    if (prev && prev.at < earliest) earliest = prev.at;
  }
  // Tasks from the earliest previous reading on may have been costed by a new drop.
  if (dayOf(earliest) !== dayOf(hi))
    await db.tasks
      .where('[tool+at]')
      .between([tool, earliest], [tool, hi], false, false)
      .each((t) => void days.add(dayOf(t.at)));
  for (const day of [...days].sort()) await writeDay(db, tool, day);
};

/** Rebuilds every DayRow of a tool (or of all tools) from history: after a restore or deletion. */
export async function rebuildDays(db: CreditwatchDB, tool?: string): Promise<void> {
  const tools = tool ? [tool] : (await ledgerTools(db)).map((t) => t.id);
  if (tool) await db.days.where('[tool+day]').between([tool, ''], [tool, '\uffff']).delete();
  else await db.days.clear();
  for (const id of tools) {
    const units = await unitsOf(db, id);
    if (!units) continue;
    const [firstR, firstT, lastR, lastT] = await Promise.all([
      db.readings.where('[tool+at]').between([id, 0], [id, Infinity]).first(),
      db.tasks.where('[tool+at]').between([id, 0], [id, Infinity]).first(),
      db.readings.where('[tool+at]').between([id, 0], [id, Infinity]).last(),
      db.tasks.where('[tool+at]').between([id, 0], [id, Infinity]).last(),
    ]);
    const ats = [firstR, firstT, lastR, lastT].flatMap((x) => (x ? [x.at] : []));
    if (!ats.length) continue;
    let day = dayOf(Math.min(...ats));
    const last = dayOf(Math.max(...ats));
    const scanner = await ToolScanner.open(db, id, units, dayStart(day));
    const rows = [];
    for (; day <= last; day = dayOf(nextDayStart(day))) {
      const { lines, readings } = await scanner.page(dayStart(day), nextDayStart(day));
      const row = buildDay(id, day, lines, readings);
      if (row) rows.push(row);
      if (rows.length >= 500) await db.days.bulkPut(rows.splice(0));
    }
    await db.days.bulkPut(rows);
  }
}
