import fc from 'fast-check';
import type { DayRow } from '../model/day';
import { COST_BASES, TASK_KINDS, UNITS } from '../model/enums';
import type { Task } from '../model/task';
import { addTasks, costsFromTotals } from './day-costs';
import { taskCosts } from './task-costs';

const CERTAINTY = [...COST_BASES];

/** Cost per task over several ledger days, as the popup's snapshot adds them up. */
const costsFromDays = (days: DayRow[]) =>
  costsFromTotals(days.reduce((into, d) => addTasks(into, d.tasks), {}));

/** What the ledger keeps per day: task totals by kind and unit, least certain basis kept. */
function toDays(tasks: Task[]): DayRow[] {
  const rows = new Map<string, DayRow>();
  for (const t of tasks) {
    const day = new Date(t.at).toISOString().slice(0, 10);
    const key = `${t.tool}|${day}`;
    const row = rows.get(key) ?? {
      key,
      tool: t.tool,
      day,
      tasks: {},
      spent: {},
      toppedUp: {},
      resets: 0,
      close: {},
    };
    const k = (row.tasks[t.kind] ??= { n: 0, cost: {} });
    k.n += 1;
    if (t.cost !== undefined && t.unit) {
      const c = (k.cost[t.unit] ??= { n: 0, sum: 0, basis: t.basis });
      c.n += 1;
      c.sum += t.cost;
      if (CERTAINTY.indexOf(t.basis) > CERTAINTY.indexOf(c.basis)) c.basis = t.basis;
    }
    rows.set(key, row);
  }
  return [...rows.values()];
}

const task = fc.record({
  kind: fc.constantFrom(...TASK_KINDS),
  cost: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: undefined }),
  unit: fc.constantFrom(...UNITS),
  basis: fc.constantFrom(...COST_BASES),
  at: fc.integer({ min: Date.UTC(2026, 9, 1), max: Date.UTC(2026, 10, 21) }),
});

describe('costsFromDays', () => {
  it('gives the same cost per task as averaging the tasks behind the day totals', () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 60 }), (drafts) => {
        const tasks: Task[] = drafts.map((d, i) => ({ ...d, id: `t${i}`, tool: 'suno' }));
        const fromDays = costsFromDays(toDays(tasks));
        const direct = taskCosts(tasks);
        const byKind = (list: typeof direct) => new Map(list.map((c) => [c.kind, c]));
        expect([...byKind(fromDays).keys()].sort()).toEqual([...byKind(direct).keys()].sort());
        for (const [kind, want] of byKind(direct)) {
          const got = byKind(fromDays).get(kind)!;
          expect({ ...got, average: undefined }).toEqual({ ...want, average: undefined });
          if (want.average === undefined) expect(got.average).toBeUndefined();
          else expect(got.average).toBeCloseTo(want.average, 6);
        }
      }),
    );
  });

  it('averages over the tasks, not over the days', () => {
    const day = (d: string, n: number, sum: number): DayRow => ({
      key: `suno|${d}`,
      tool: 'suno',
      day: d,
      spent: {},
      toppedUp: {},
      resets: 0,
      close: {},
      tasks: { song: { n, cost: { credits: { n, sum, basis: 'rate_card' } } } },
    });
    // 1 task of 10 and 3 tasks of 30: 25 each, not (10 + 30) / 2.
    expect(costsFromDays([day('2026-11-01', 1, 10), day('2026-11-02', 3, 90)])).toEqual([
      { kind: 'song', count: 4, average: 25, unit: 'credits', basis: 'rate_card' },
    ]);
  });

  it('adds days into new totals, leaving the rows as they were', () => {
    const a: DayRow['tasks'] = {
      song: { n: 2, cost: { credits: { n: 2, sum: 20, basis: 'reported' } } },
    };
    const b: DayRow['tasks'] = {
      song: { n: 3, cost: { credits: { n: 1, sum: 5, basis: 'balance_drop' } } },
      image: { n: 1, cost: {} },
    };
    const before = JSON.stringify([a, b]);
    const sum = addTasks(addTasks({}, a), b);
    expect(sum).toEqual({
      song: { n: 5, cost: { credits: { n: 3, sum: 25, basis: 'balance_drop' } } },
      image: { n: 1, cost: {} },
    });
    expect(JSON.stringify([a, b])).toBe(before);
  });
});
