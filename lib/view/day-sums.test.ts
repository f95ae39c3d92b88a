import { dayOf } from '../ledger/calendar';
import type { DayRow } from '../model/day';
import { sumDays } from './day-sums';
import { lastDays } from './days';

// Saturday 21 Nov 2026, noon local: the month began 20 days ago, the chart's days 29 ago.
const NOW = new Date(2026, 10, 21, 12).getTime();
const DAY = 86_400_000;

const row = (tool: string, day: string, extra: Partial<DayRow> = {}): DayRow => ({
  key: `${tool}|${day}`,
  tool,
  day,
  tasks: { song: { n: 1, cost: { credits: { n: 1, sum: 10, basis: 'rate_card' } } } },
  spent: { credits: 10 },
  toppedUp: {},
  resets: 0,
  close: {},
  ...extra,
});

describe('sumDays', () => {
  it('adds tasks over the 30 days and spending over the month, both up to tomorrow', () => {
    const rows = [
      row('suno', '2026-10-01'), // before both windows: ignored
      row('suno', '2026-10-25'), // in the 30 days, not in the month
      row('suno', '2026-11-01'),
      row('suno', '2026-11-21'),
      row('suno', '2026-11-22'), // tomorrow: a site's clock a little ahead
      row('suno', '2026-11-23'), // further ahead: ignored
      row('udio', '2026-11-02', { spent: { credits: 7 } }),
    ];
    const sums = sumDays(rows, NOW);
    expect(Object.keys(sums).sort()).toEqual(['suno', 'udio']);
    expect(sums.suno!.tasks.song).toEqual({
      n: 4,
      cost: { credits: { n: 4, sum: 40, basis: 'rate_card' } },
    });
    expect(sums.suno!.spent).toEqual({ credits: 30 });
    expect(sums.udio!.spent).toEqual({ credits: 7 });
  });

  it('counts the whole month on its 31st, though the 30 days begin on the 2nd', () => {
    const last = new Date(2026, 11, 31, 12).getTime();
    expect(lastDays(last)[0]).toBe('2026-12-02');
    const sums = sumDays([row('suno', '2026-12-01'), row('suno', '2026-12-31')], last);
    expect(sums.suno!.spent).toEqual({ credits: 20 });
    expect(sums.suno!.tasks.song!.n).toBe(1);
  });

  it('lines closing balances up with the chart days, plain meter keys winning', () => {
    const days = lastDays(NOW);
    const today = dayOf(NOW);
    const rows = [
      row('suno', days[0]!, { close: { credits: { at: NOW - 29 * DAY, remaining: 900 } } }),
      // Both keys, in either order: the plain one is the meter's.
      row('suno', days[1]!, {
        close: {
          credits: { at: NOW - 28 * DAY, remaining: 700 },
          'suno:credits': { at: NOW - 28 * DAY, remaining: 2 },
        },
      }),
      row('suno', today, {
        close: {
          'suno:credits': { at: NOW, remaining: 1 },
          credits: { at: NOW, remaining: 400, percentLeft: 16 },
          'suno:extra': { at: NOW, percentLeft: Number.NaN },
        },
      }),
    ];
    const { close } = sumDays(rows, NOW).suno!;
    expect(close.credits!.remaining).toHaveLength(30);
    expect(close.credits!.remaining[0]).toBe(900);
    expect(close.credits!.remaining[29]).toBe(400);
    expect(close.credits!.percentLeft[29]).toBe(16);
    expect(close.credits!.remaining[1]).toBe(700);
    expect(close.credits!.remaining.slice(2, 29).every((v) => v === null)).toBe(true);
    // Not a number is no balance: a gap, never NaN in the chart.
    expect(close.extra!.percentLeft[29]).toBeNull();
  });

  it('leaves the rows it adds as they were', () => {
    const rows = [row('suno', '2026-11-20'), row('suno', '2026-11-21')];
    const before = JSON.stringify(rows);
    sumDays(rows, NOW);
    expect(JSON.stringify(rows)).toBe(before);
  });
});
