import { TOOLS, toolById } from '../catalog';
import type { CreditwatchDB } from '../db/database';
import { MANUAL_METER } from '../model/enums';
import type { Reading } from '../model/reading';
import { LedgerFold, inOrder, isReading, ledgerUnits, type MeterUnits } from './fold';
import type { LedgerLine } from './line';

/** A tool's meters and their units: the catalog's declaration, or a manual tool's one unit. */
export async function unitsOf(db: CreditwatchDB, tool: string): Promise<MeterUnits | undefined> {
  const info = toolById(tool);
  if (info) return ledgerUnits(info.meters);
  const manual = await db.manualTools.get(tool);
  return manual ? { [MANUAL_METER]: manual.unit } : undefined;
}

/** Every tool the ledger covers: the supported tools and the user's manual tools. */
export async function ledgerTools(db: CreditwatchDB): Promise<{ id: string; name: string }[]> {
  const manual = await db.manualTools.toArray();
  return [...TOOLS, ...manual].map(({ id, name }) => ({ id, name }));
}

export interface Page {
  lines: LedgerLine[];
  readings: Reading[];
}

/**
 * Streams one tool's ledger through consecutive windows [start, end) with indexed range
 * queries, keeping only the fold's per-meter state between windows, so a year of lines is
 * never in memory at once. Windows must be asked for in order and without gaps.
 */
export class ToolScanner {
  private constructor(
    private db: CreditwatchDB,
    readonly tool: string,
    private fold: LedgerFold,
  ) {}

  /** Seeds each meter with its reading before `from` and the tasks charged since. */
  static async open(
    db: CreditwatchDB,
    tool: string,
    units: MeterUnits,
    from: number,
  ): Promise<ToolScanner> {
    const fold = new LedgerFold(tool, units, from);
    let earliest = from;
    for (const m of Object.keys(units)) {
      const mk = `${tool}:${m}`;
      const prev = await db.readings
        .where('[meterKey+at]')
        .between([mk, 0], [mk, from], true, false)
        .last();
      if (!prev) continue;
      fold.seed(prev);
      earliest = Math.min(earliest, prev.at);
    }
    if (earliest < from)
      await db.tasks
        .where('[tool+at]')
        .between([tool, earliest], [tool, from], false, false)
        .each((t) => void fold.task(t));
    return new ToolScanner(db, tool, fold);
  }

  async page(start: number, end: number): Promise<Page> {
    const range = [[this.tool, start], [this.tool, end], true, false] as const;
    const [tasks, readings] = await Promise.all([
      this.db.tasks
        .where('[tool+at]')
        .between(...range)
        .toArray(),
      this.db.readings
        .where('[tool+at]')
        .between(...range)
        .toArray(),
    ]);
    const lines: LedgerLine[] = [];
    for (const x of inOrder(tasks, readings))
      lines.push(...(isReading(x) ? this.fold.reading(x) : this.fold.task(x)));
    return { lines, readings };
  }
}
