import type { Page } from 'playwright-core';
import { ADAPTERS } from '@/lib/adapters';

export interface YearSize {
  tools: number;
  tasks: number;
  readings: number;
}

/** What the page-side generator needs to know about each tool: its meters, task kind, unit. */
interface ToolPlan {
  id: string;
  manual: boolean;
  meters: { name: string; kind: string; unit: string }[];
  kind: string;
}

function plan(tools: number): ToolPlan[] {
  const sites: ToolPlan[] = ADAPTERS.slice(0, tools).map((a) => ({
    id: a.id,
    manual: false,
    meters: Object.entries(a.meters)
      .slice(0, 3)
      .map(([name, m]) => ({ name, kind: m.kind, unit: m.unit })),
    kind: (a.requests?.[0]?.kind as string | undefined) ?? 'message',
  }));
  const manual: ToolPlan[] = Array.from({ length: tools - sites.length }, (_, i) => ({
    id: `m_tool_${i + 1}`,
    manual: true,
    meters: [{ name: 'balance', kind: 'prepaid', unit: 'usd' }],
    kind: 'message',
  }));
  return [...sites, ...manual];
}

/**
 * Fills the extension's IndexedDB with a year of heavy use, generated inside the extension page
 * (nothing big crosses CDP) in batched raw IndexedDB transactions. Rows have the shapes of
 * lib/model (Task, Reading, MeterState, DayRow, Health, ManualTool) under schema v2.
 * Returns how long seeding took, ms.
 */
export async function seedYear(page: Page, size: YearSize, now: number): Promise<number> {
  const t0 = Date.now();
  await page.evaluate(
    async ({ tools, size, now }) => {
      const DAY = 86_400_000;
      const start = now - 365 * DAY;
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const open = indexedDB.open('creditwatch');
        open.onsuccess = () => res(open.result);
        open.onerror = () => rej(open.error);
      });
      const put = (store: string, rows: unknown[]) =>
        new Promise<void>((res, rej) => {
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const r of rows) os.put(r);
          tx.oncomplete = () => res();
          tx.onerror = () => rej(tx.error);
        });
      const inBatches = async (store: string, n: number, make: (i: number) => unknown) => {
        for (let i = 0; i < n;) {
          const rows: unknown[] = [];
          for (const end = Math.min(n, i + 20_000); i < end; i++) rows.push(make(i));
          await put(store, rows);
        }
      };
      const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
      const sites = tools.filter((t) => !t.manual);
      // Readings: spread evenly over every meter of every tool, oldest first.
      const meters = tools.flatMap((t) => t.meters.map((m) => ({ tool: t, m })));
      const perMeter = Math.ceil(size.readings / meters.length);
      const reading = (i: number) => {
        const { tool, m } = meters[i % meters.length]!;
        const k = Math.floor(i / meters.length);
        const at = Math.round(start + ((k + 0.5) / perMeter) * 365 * DAY);
        const meterKey = `${tool.id}:${m.name}`;
        const value =
          m.kind === 'percent'
            ? { percentUsed: (k * 7) % 100 }
            : { remaining: 10_000 - ((k * 13) % 10_000) };
        return {
          id: `${meterKey}@${at}`,
          tool: tool.id,
          meter: m.name,
          meterKey,
          ...value,
          scale: 1,
          exact: true,
          at,
          source: tool.manual ? 'manual' : 'json',
        };
      };
      await inBatches('readings', size.readings, reading);
      // Latest state per meter: the newest reading generated for it.
      const latest = meters.map((_, j) => {
        let i = j;
        while (i + meters.length < size.readings) i += meters.length;
        return reading(i);
      });
      await put(
        'meters',
        latest.map((r) => ({
          key: r.meterKey,
          tool: r.tool,
          meter: r.meter,
          latest: r,
          lastSeen: now,
        })),
      );
      const task = (i: number) => {
        const tool = sites[i % sites.length]!;
        const m = tool.meters[0]!;
        const at = Math.round(start + (i / size.tasks) * 365 * DAY);
        return {
          id: `${tool.id}:bench${i}`,
          tool: tool.id,
          kind: tool.kind,
          model: 'bench-model',
          cost: 1 + (i % 5),
          unit: m.unit,
          meter: m.name,
          basis: 'rate_card',
          at,
        };
      };
      await inBatches('tasks', size.tasks, task);
      // The ledger's precomputed days: one row per tool and day of the year.
      const perDay = size.tasks / sites.length / 365;
      await inBatches('days', tools.length * 365, (i) => {
        const tool = tools[i % tools.length]!;
        const m = tool.meters[0]!;
        const at = start + Math.floor(i / tools.length) * DAY + DAY / 2;
        const n = tool.manual ? 0 : Math.round(perDay);
        return {
          key: `${tool.id}|${dayOf(at)}`,
          tool: tool.id,
          day: dayOf(at),
          tasks: n
            ? { [tool.kind]: { n, cost: { [m.unit]: { n, sum: n * 3, basis: 'rate_card' } } } }
            : {},
          spent: { [m.unit]: n * 3 },
          toppedUp: {},
          resets: 0,
          close: { [m.name]: { at, remaining: 5000 } },
        };
      });
      await put(
        'health',
        sites.map((t) => ({ tool: t.id, lastOkAt: now, failures: 0 })),
      );
      await put(
        'manualTools',
        tools
          .filter((t) => t.manual)
          .map((t, i) => ({ id: t.id, name: `Manual tool ${i + 1}`, unit: 'usd' })),
      );
      db.close();
    },
    { tools: plan(size.tools), size, now },
  );
  return Date.now() - t0;
}
