import { toolById } from '../catalog';
import type { CreditwatchDB } from '../db/database';
import { PACE_WINDOW_MS } from '../forecast/pace';
import { MANUAL_METER } from '../model/enums';
import type { MeterState } from '../model/meter';
import type { MeterSpec } from '../model/tool';
import type { Settings } from '../settings/load';
import type { MeterInput } from './conditions';

/** A meter changes rarely; this bounds one forecast's work however busy the history is. */
export const MAX_HISTORY = 500;

interface Described {
  spec: MeterSpec;
  toolName: string;
}

/** The meter's declared spec and its tool's name: an adapter's, or a manual tool's. */
async function describe(db: CreditwatchDB, s: MeterState): Promise<Described | undefined> {
  const info = toolById(s.tool);
  if (info) {
    const spec = info.meters[s.meter];
    return spec ? { spec, toolName: info.name } : undefined;
  }
  if (s.meter !== MANUAL_METER) return undefined;
  const manual = await db.manualTools.get(s.tool);
  return manual
    ? { spec: { label: manual.name, kind: 'prepaid', unit: manual.unit }, toolName: manual.name }
    : undefined;
}

/** One meter's readings of the last pace window, oldest first, bounded. */
export async function recentHistory(db: CreditwatchDB, key: string, now: number) {
  const rows = await db.readings
    .where('[meterKey+at]')
    .between([key, now - PACE_WINDOW_MS], [key, Infinity])
    .reverse()
    .limit(MAX_HISTORY)
    .toArray();
  return rows.reverse();
}

/**
 * Everything alerts need about the meters of enabled tools (all tools, or just `tool`).
 * Disabled tools are left out entirely: no badge, no notifications, their episodes untouched.
 */
export async function loadInputs(
  db: CreditwatchDB,
  settings: Settings,
  now: number,
  tool?: string,
): Promise<MeterInput[]> {
  const states = tool
    ? await db.meters.where('tool').equals(tool).toArray()
    : await db.meters.toArray();
  const inputs: MeterInput[] = [];
  for (const state of states) {
    const ts = settings.tool(state.tool);
    if (!ts.enabled) continue;
    const d = await describe(db, state);
    if (!d) continue;
    const history = await recentHistory(db, state.key, now);
    inputs.push({ state, ...d, settings: ts, history });
  }
  return inputs;
}
