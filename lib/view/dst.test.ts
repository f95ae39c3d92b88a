import { inZone } from '@/test/support/zone';
import { freshDb } from '@/test/support/db';
import { dayOf } from '../ledger/calendar';
import type { DayRow } from '../model/day';
import { buildPopup } from './popup-data';
import { readPopupInputs } from './popup-inputs';
import { sumDays } from './day-sums';
import { lastDays, noonAfter } from './days';

// The popup's day sums are for "today" and "tomorrow": around a clock change a day is 23 or 25
// hours, so "tomorrow" must be the next calendar day, not the day 24 hours on.

const row = (day: string, credits: number): DayRow => ({
  key: `suno|${day}`,
  tool: 'suno',
  day,
  tasks: {},
  spent: { credits },
  toppedUp: {},
  resets: 0,
  close: {},
});

/** Each zone's spring-forward day (one hour missing) and fall-back day (one hour twice). */
const EDGES = [
  { zone: 'America/New_York', spring: [2027, 2, 14], fall: [2026, 10, 1] },
  { zone: 'Europe/Berlin', spring: [2027, 2, 28], fall: [2026, 9, 25] },
  { zone: 'Pacific/Auckland', spring: [2026, 8, 27], fall: [2027, 3, 4] },
] as const;

const iso = (y: number, m: number, d: number) => dayOf(new Date(y, m, d, 12).getTime());

describe.each(EDGES)('daylight saving in $zone', ({ zone, spring, fall }) => {
  it('in the last hour before a spring-forward day, tomorrow is that day', () =>
    inZone(zone, () => {
      const [y, m, d] = spring;
      const now = new Date(y, m, d - 1, 23, 30).getTime();
      const [today, tomorrow, after] = [iso(y, m, d - 1), iso(y, m, d), iso(y, m, d + 1)];
      expect(dayOf(noonAfter(now, 1))).toBe(tomorrow);
      // A row dated tomorrow counts (a site's clock a little ahead); the day after does not.
      const sums = sumDays([row(today, 1), row(tomorrow, 10), row(after, 100)], now);
      expect(sums.suno!.spent).toEqual({ credits: 11 });
    }));

  it('in the first hour of a fall-back day, tomorrow is the next day', () =>
    inZone(zone, () => {
      const [y, m, d] = fall;
      const now = new Date(y, m, d, 0, 30).getTime();
      const [today, tomorrow] = [iso(y, m, d), iso(y, m, d + 1)];
      expect(dayOf(noonAfter(now, 1))).toBe(tomorrow);
      const sums = sumDays([row(today, 1), row(tomorrow, 10)], now);
      // Both in the month unless the fall-back day is the month's last.
      const sameMonth = today.slice(0, 7) === tomorrow.slice(0, 7);
      expect(sums.suno!.spent).toEqual({ credits: sameMonth ? 11 : 1 });
    }));

  it('the chart has 30 distinct days, ending today, across either change', () =>
    inZone(zone, () => {
      for (const [y, m, d] of [spring, fall]) {
        const now = new Date(y, m, d + 10, 23, 30).getTime();
        const days = lastDays(now);
        expect(new Set(days).size).toBe(30);
        expect(days.at(-1)).toBe(iso(y, m, d + 10));
        expect(days).toContain(iso(y, m, d));
      }
    }));

  it("the snapshot taken before a spring-forward night serves that day's morning", () =>
    inZone(zone, async () => {
      const [y, m, d] = spring;
      const db = freshDb();
      await db.days.bulkPut([row(iso(y, m, d - 1), 5)]);
      const evening = new Date(y, m, d - 1, 23, 30).getTime();
      const inputs = await readPopupInputs(db, evening);
      expect(Object.keys(inputs.sums).sort()).toEqual([iso(y, m, d - 1), iso(y, m, d)]);
      // The morning after, the next day's sums are the ones used: same spending this month
      // unless the clock change falls on the 1st.
      const morning = new Date(y, m, d, 8).getTime();
      expect(buildPopup(inputs, morning)).toBeDefined();
      expect(Object.hasOwn(inputs.sums, dayOf(morning))).toBe(true);
    }));
});
