import type { CreditwatchDB } from '../db/database';
import { keptPace, paceStart, PACE_WINDOW_MS, type PaceStart } from '../forecast/pace';
import { recentReadings } from '../forecast/refresh';
import { dayOf } from '../ledger/calendar';
import type { Health } from '../model/health';
import type { ManualTool } from '../model/manual';
import type { MeterState } from '../model/meter';
import { loadSettingsData } from '../settings/load';
import type { SettingsData } from '../settings/of';
import { sumDays, type ToolDays } from './day-sums';
import { lastDays, monthStart, noonAfter } from './days';
import { POPUP_INPUTS_VERSION } from './snapshot';

/**
 * Everything the popup is built from: a handful of small tables and the recent ledger days,
 * added up per tool for the local day of `at` and the next one.
 */
export interface PopupInputs {
  version: number;
  /** When these were read, epoch ms. */
  at: number;
  states: MeterState[];
  health: Health[];
  manual: ManualTool[];
  settings: SettingsData;
  /**
   * By local day (YYYY-MM-DD: the day read on and the next), by tool: the month's spending,
   * the 30 days' tasks and closing balances. The next day's lets a snapshot taken before
   * midnight serve the morning after: until a pass writes a new one, nothing it adds changed.
   */
  sums: Record<string, Record<string, ToolDays>>;
  /** Pace starts read from history for meters whose kept pace is stale (rare). */
  paces: Record<string, PaceStart>;
}

/** The tables the popup's inputs come from. */
export const popupTables = (db: CreditwatchDB) => [
  db.meters,
  db.health,
  db.manualTools,
  db.settings,
  db.days,
  db.readings,
];

/**
 * Reads the popup's inputs in a fixed number of indexed queries whatever the history size:
 * the meters' latest states, health, settings, manual tools, the ledger's day rows of the
 * month and the last 30 days (added up per tool); readings only for a meter whose pace the
 * background has not worked out yet.
 */
export async function readPopupInputs(db: CreditwatchDB, now: number): Promise<PopupInputs> {
  const chartStart = lastDays(now)[0]!;
  const month = monthStart(now);
  const from = month < chartStart ? month : chartStart;
  const next = noonAfter(now, 1);
  return db.transaction('r', popupTables(db), async () => {
    const [states, health, manual, settings, rows] = await Promise.all([
      db.meters.toArray(),
      db.health.toArray(),
      db.manualTools.toArray(),
      loadSettingsData(db),
      // The next day's windows start no earlier than today's, and end a day later.
      db.days
        .where('day')
        .between(from, dayOf(noonAfter(now, 2)), true, true)
        .toArray(),
    ]);
    const paces: Record<string, PaceStart> = {};
    for (const st of states) {
      // A meter not seen for a week has no pace to show.
      if (keptPace(st) || now - st.latest.at > PACE_WINDOW_MS) continue;
      const start = paceStart(await recentReadings(db, st));
      if (start) paces[st.key] = start;
    }
    return {
      version: POPUP_INPUTS_VERSION,
      at: now,
      states,
      health,
      manual,
      settings,
      sums: { [dayOf(now)]: sumDays(rows, now), [dayOf(next)]: sumDays(rows, next) },
      paces,
    };
  });
}
