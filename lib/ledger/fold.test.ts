import { deriveLines, ledgerUnits } from './fold';
import { reading as r, task } from './testing';

const T0 = Date.parse('2026-11-03T10:00:00Z');
const min = (n: number) => T0 + n * 60_000;
const suno = { tool: 'suno', units: { credits: 'credits' as const } };
const song = (id: string, at: number) =>
  task('suno', id, at, { cost: 10, unit: 'credits', meter: 'credits', basis: 'rate_card' });

describe('deriveLines', () => {
  it('counts a task and the drop it caused once: the task line, no consumption', () => {
    const lines = deriveLines({
      ...suno,
      prev: [r('suno', 'credits', min(0), { remaining: 100 })],
      readings: [r('suno', 'credits', min(2), { remaining: 90 })],
      tasks: [song('a', min(1))],
    });
    expect(lines).toEqual([
      expect.objectContaining({ kind: 'task', activity: 'song', quantity: 10, basis: 'rate card' }),
    ]);
  });

  it('books only the part of a drop no task explains as consumption', () => {
    const lines = deriveLines({
      ...suno,
      prev: [r('suno', 'credits', min(0), { remaining: 100 })],
      readings: [r('suno', 'credits', min(5), { remaining: 75 })],
      tasks: [song('a', min(1)), song('b', min(2))],
    });
    expect(lines.map((l) => [l.kind, l.quantity, l.basis])).toEqual([
      ['task', 10, 'rate card'],
      ['task', 10, 'rate card'],
      ['consumption', 5, 'balance drop'],
    ]);
  });

  it('a task with basis balance drop already carries the drop', () => {
    const lines = deriveLines({
      ...suno,
      prev: [r('suno', 'credits', min(0), { remaining: 100 })],
      readings: [r('suno', 'credits', min(2), { remaining: 88 })],
      tasks: [
        task('suno', 'x', min(1), {
          cost: 12,
          unit: 'credits',
          meter: 'credits',
          basis: 'balance_drop',
        }),
      ],
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'task', quantity: 12, basis: 'balance drop' });
  });

  it('a rise without a reset is a top-up, enlarged by what tasks spent meanwhile', () => {
    const lines = deriveLines({
      ...suno,
      prev: [r('suno', 'credits', min(0), { remaining: 100 })],
      readings: [r('suno', 'credits', min(3), { remaining: 590 })],
      tasks: [song('a', min(1))],
    });
    expect(lines.map((l) => [l.kind, l.activity, l.quantity])).toEqual([
      ['task', 'song', 10],
      ['topup', 'top-up', 500],
    ]);
  });

  it.each([
    ['the reset time passed', { resetsAt: min(1) }, { resetsAt: min(60 * 24) }],
    ['the reset time moved on', { resetsAt: min(600) }, { resetsAt: min(900) }],
    ['used fell back', { used: 40 }, { used: 0 }],
  ])('a rise is a reset when %s', (_, before, after) => {
    const lines = deriveLines({
      ...suno,
      prev: [r('suno', 'credits', min(0), { remaining: 60, ...before })],
      readings: [r('suno', 'credits', min(5), { remaining: 100, ...after })],
      tasks: [],
    });
    expect(lines).toEqual([expect.objectContaining({ kind: 'reset', activity: 'reset' })]);
    expect(lines[0]!.quantity).toBeUndefined();
  });

  it('a late reading splits an interval: the same spend, booked where it happened', () => {
    const prev = [r('suno', 'credits', min(0), { remaining: 100 })];
    const late = r('suno', 'credits', min(30), { remaining: 80 });
    const last = r('suno', 'credits', min(60), { remaining: 70 });
    const without = deriveLines({ ...suno, prev, readings: [last], tasks: [] });
    const withLate = deriveLines({ ...suno, prev, readings: [last, late], tasks: [] });
    expect(without.map((l) => [l.at, l.quantity])).toEqual([[min(60), 30]]);
    expect(withLate.map((l) => [l.at, l.quantity])).toEqual([
      [min(30), 20],
      [min(60), 10],
    ]);
  });

  it('tasks before the range explain its first drop but are not listed', () => {
    const lines = deriveLines({
      ...suno,
      from: min(10),
      prev: [r('suno', 'credits', min(0), { remaining: 100 })],
      readings: [r('suno', 'credits', min(20), { remaining: 90 })],
      tasks: [song('before', min(5))],
    });
    expect(lines).toEqual([]);
  });

  it('a task without a known cost is listed with no quantity, never 0', () => {
    const lines = deriveLines({
      tool: 'claude',
      units: { five_hour: 'percent' },
      prev: [r('claude', 'five_hour', min(0), { percentUsed: 10 })],
      readings: [r('claude', 'five_hour', min(5), { percentUsed: 14 })],
      tasks: [task('claude', 'm', min(1), { kind: 'message' })],
    });
    expect(lines.map((l) => [l.kind, l.quantity, l.unit])).toEqual([
      ['task', undefined, undefined],
      ['consumption', 4, 'percent'],
    ]);
  });

  it('manual readings give basis manual', () => {
    const lines = deriveLines({
      tool: 'm_foo',
      units: { balance: 'credits' },
      prev: [r('m_foo', 'balance', min(0), { remaining: 50, source: 'manual' })],
      readings: [r('m_foo', 'balance', min(5), { remaining: 20, source: 'manual' })],
      tasks: [],
    });
    expect(lines).toEqual([
      expect.objectContaining({ kind: 'consumption', quantity: 30, basis: 'manual' }),
    ]);
  });

  it('charges a reported task without a meter to the only meter in its unit', () => {
    const lines = deriveLines({
      tool: 'poe',
      units: { points: 'points' },
      prev: [r('poe', 'points', min(0), { remaining: 1000 })],
      readings: [r('poe', 'points', min(5), { remaining: 700 })],
      tasks: [
        task('poe', 'p', min(1), { kind: 'message', cost: 300, unit: 'points', basis: 'reported' }),
      ],
    });
    expect(lines.map((l) => l.kind)).toEqual(['task']);
  });
});

it('does not count a meter that watches dollars another meter already counts', () => {
  const at = Date.parse('2026-11-03T10:00:00Z');
  const lines = deriveLines({
    tool: 'openrouter',
    units: ledgerUnits({
      balance: { label: 'Balance', kind: 'prepaid', unit: 'usd' },
      key_limit: { label: 'Key limit', kind: 'spend_cap', unit: 'usd', overlaps: true },
    }),
    prev: [
      r('openrouter', 'balance', at, { remaining: 10 }),
      r('openrouter', 'key_limit', at, { used: 1, limit: 25 }),
    ],
    readings: [
      r('openrouter', 'balance', at + 5000, { remaining: 8 }),
      r('openrouter', 'key_limit', at + 5000, { used: 3, limit: 25 }),
    ],
    tasks: [],
  });
  expect(lines.map((l) => [l.meter, l.quantity])).toEqual([['balance', 2]]);
});

it("counts Cursor's on-demand dollars but not the included usage the plan already paid for", () => {
  const at = Date.parse('2026-11-03T10:00:00Z');
  const lines = deriveLines({
    tool: 'cursor',
    units: ledgerUnits({
      plan: { label: 'Included', kind: 'quota', unit: 'usd', overlaps: true },
      on_demand: { label: 'On-demand', kind: 'spend_cap', unit: 'usd' },
    }),
    prev: [
      r('cursor', 'plan', at, { used: 10, limit: 20 }),
      r('cursor', 'on_demand', at, { used: 0, limit: 50 }),
    ],
    readings: [
      r('cursor', 'plan', at + 5000, { used: 20, limit: 20 }),
      r('cursor', 'on_demand', at + 5000, { used: 4, limit: 50 }),
    ],
    tasks: [],
  });
  expect(lines.map((l) => [l.meter, l.quantity])).toEqual([['on_demand', 4]]);
});
