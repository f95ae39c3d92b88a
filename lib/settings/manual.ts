import type { CreditwatchDB } from '../db/database';
import { sameValues } from '../ingest/delta';
import { MANUAL_METER } from '../model/enums';
import type { ManualTool } from '../model/manual';
import type { Reading } from '../model/reading';
import { deleteToolRows } from './delete';

/**
 * A manual tool's id from its name: `m_` + a slug, made unique with a counter. Names in other
 * scripts slug to nothing, so they fall back to `m_tool`.
 */
export async function manualIdFor(db: CreditwatchDB, name: string): Promise<string> {
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 30) || 'tool';
  const taken = new Set((await db.manualTools.toArray()).map((m) => m.id));
  let id = `m_${slug}`;
  for (let n = 2; taken.has(id); n++) id = `m_${slug}_${n}`;
  return id;
}

/**
 * Records a balance typed in by hand as an ordinary reading, so history, forecasts and the
 * ledger treat it like a site's. As in ingest/store.ts, an unchanged value only moves the
 * meter's lastSeen. Call inside a transaction over readings and meters. Returns whether a
 * reading was written.
 */
export async function writeManualBalance(
  db: CreditwatchDB,
  tool: ManualTool,
  balance: number,
  at: number,
): Promise<boolean> {
  const meterKey = `${tool.id}:${MANUAL_METER}`;
  const r: Reading = {
    id: `${meterKey}@${at}`,
    tool: tool.id,
    meter: MANUAL_METER,
    meterKey,
    remaining: balance,
    scale: 1,
    exact: true,
    at,
    source: 'manual',
  };
  const state = await db.meters.get(meterKey);
  if (state && sameValues(state.latest, r)) {
    if (at > state.lastSeen) await db.meters.update(meterKey, { lastSeen: at });
    return false;
  }
  await db.readings.put(r);
  if (!state || at >= state.latest.at)
    await db.meters.put({
      key: meterKey,
      tool: tool.id,
      meter: MANUAL_METER,
      latest: r,
      lastSeen: at,
    });
  return true;
}

/** Removes a manual tool together with everything recorded for it. */
export async function removeManualTool(db: CreditwatchDB, id: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await deleteToolRows(db, id);
    await db.manualTools.delete(id);
  });
}
