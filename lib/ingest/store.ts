import { interpret } from '../adapters/interpret';
import type { Adapter } from '../adapters/types';
import type { CreditwatchDB } from '../db/database';
import type { Failure, Health } from '../model/health';
import type { MeterState } from '../model/meter';
import type { Reading, ReadingDraft } from '../model/reading';
import type { Task, TaskDraft } from '../model/task';
import type { Envelope } from '../model/wire';
import { reconcile } from './confirm';
import { sameValues } from './delta';

export interface StoreResult {
  readingsAdded: number;
  tasksAdded: number;
  failures: number;
  /** When each added reading or task happened, so the ledger refreshes just those days. */
  times: number[];
}

function toReading(adapter: Adapter, d: ReadingDraft, env: Envelope): Reading {
  const meterKey = `${adapter.id}:${d.meter}`;
  return {
    ...d,
    id: `${meterKey}@${env.at}`,
    tool: adapter.id,
    meterKey,
    at: env.at,
    source: env.type === 'text' ? 'text' : 'json',
    scale: d.scale ?? 1,
    exact: d.exact ?? true,
  };
}

function toTask(adapter: Adapter, d: TaskDraft, env: Envelope, i: number): Task {
  // The site's id when it gives one, else the envelope's: both survive redelivery.
  const id = `${adapter.id}:${d.siteId ?? `${env.id}.${i}`}`;
  return { ...d, id, tool: adapter.id, at: d.at ?? env.at, basis: d.basis ?? 'unknown' };
}

/**
 * Interprets a batch from one tool's page and writes it in a single transaction: readings
 * only when a value changed (else the meter's lastSeen moves), tasks by deterministic id,
 * adapter health. Resolves only after the commit, so an ack means stored.
 */
export async function storeBatch(
  db: CreditwatchDB,
  adapter: Adapter,
  batch: Envelope[],
): Promise<StoreResult> {
  const readings: Reading[] = [];
  const tasks: Task[] = [];
  const failures: Failure[] = [];
  for (const env of batch) {
    const out = interpret(adapter, env);
    if (out.kind === 'failure')
      failures.push({
        at: env.at,
        reason: out.reason,
        path: out.path,
        where: new URL(env.url).pathname.slice(0, 200),
      });
    if (out.kind !== 'readout') continue;
    out.readings.forEach((d) => readings.push(toReading(adapter, d, env)));
    out.tasks.forEach((d, i) => tasks.push(toTask(adapter, d, env, i)));
  }
  const result: StoreResult = {
    readingsAdded: 0,
    tasksAdded: 0,
    failures: failures.length,
    times: [],
  };
  if (!readings.length && !tasks.length && !failures.length) return result;

  await db.transaction('rw', [db.readings, db.meters, db.tasks, db.health], async () => {
    for (const t of tasks) {
      if (await db.tasks.get(t.id)) continue;
      await db.tasks.add(t);
      result.tasksAdded++;
      result.times.push(t.at);
    }
    readings.sort((a, b) => a.at - b.at);
    for (const r of readings)
      if (await addReading(db, adapter, r)) {
        result.readingsAdded++;
        result.times.push(r.at);
      }
    await updateHealth(db, adapter.id, readings, failures);
  });
  return result;
}

async function addReading(db: CreditwatchDB, adapter: Adapter, r: Reading): Promise<boolean> {
  const state: MeterState | undefined = await db.meters.get(r.meterKey);
  if (state && sameValues(state.latest, r)) {
    if (r.at > state.lastSeen) await db.meters.update(r.meterKey, { lastSeen: r.at });
    return false;
  }
  if (await db.readings.get(r.id)) return false;
  await db.readings.add(r);
  if (state && r.at < state.latest.at) return true; // a late redelivery: history only
  await db.meters.put({ key: r.meterKey, tool: r.tool, meter: r.meter, latest: r, lastSeen: r.at });
  if (state) {
    const between = await db.tasks
      .where('[tool+at]')
      .between([r.tool, state.latest.at], [r.tool, r.at], false, true)
      .toArray();
    const spec = adapter.meters[r.meter]!;
    for (const t of reconcile(state.latest, r, between, spec)) await db.tasks.put(t);
  }
  return true;
}

async function updateHealth(
  db: CreditwatchDB,
  tool: string,
  readings: Reading[],
  failures: Failure[],
) {
  const prev: Health = (await db.health.get(tool)) ?? { tool, failures: 0 };
  const next: Health = { ...prev };
  const okAt = readings.reduce((m, r) => Math.max(m, r.at), 0);
  if (okAt && okAt > (next.lastOkAt ?? 0)) next.lastOkAt = okAt;
  const last = failures.reduce<Failure | undefined>(
    (m, f) => (!m || f.at >= m.at ? f : m),
    undefined,
  );
  if (last && last.at >= (next.lastFailure?.at ?? 0)) next.lastFailure = last;
  next.failures += failures.length;
  await db.health.put(next);
}
