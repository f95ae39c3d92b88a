import type { CreditwatchDB } from '../db/database';
import type { Change, Follower } from '../ingest/followers';
import type { MeterState } from '../model/meter';
import { paceStart, PACE_WINDOW_MS } from './pace';

/** Readings a pace may look at per meter, newest first: the stretch since the last rise. */
export const PACE_LIMIT = 50;

/** A meter's readings of the week before its latest, oldest first, at most PACE_LIMIT. */
export async function recentReadings(db: CreditwatchDB, state: MeterState) {
  const rows = await db.readings
    .where('[meterKey+at]')
    .between(
      [state.key, state.latest.at - PACE_WINDOW_MS],
      [state.key, state.latest.at],
      true,
      true,
    )
    .reverse()
    .limit(PACE_LIMIT)
    .toArray();
  return rows.reverse();
}

/**
 * Follower: keeps each changed meter's pace start with its state, so that opening the popup
 * costs no history reads. Read and written in one transaction: a reading stored meanwhile
 * either comes before (and is counted) or replaces the state (and the pace with it).
 * A change without a tool (settings, a restore) refreshes every meter.
 */
export const refreshPace: Follower = async (db: CreditwatchDB, change: Change) => {
  await db.transaction('rw', [db.meters, db.readings], async () => {
    const states = change.tool
      ? await db.meters.where('tool').equals(change.tool).toArray()
      : await db.meters.toArray();
    // Recomputed even when `of` matches: a late reading may have landed inside the stretch.
    for (const state of states) {
      const start = paceStart(await recentReadings(db, state));
      await db.meters.update(state.key, {
        pace: start ? { of: state.latest.at, ...start } : undefined,
      });
    }
  });
};
