import { formatAmount } from './format';
import { forecastText, weekday } from './forecast-text';

const DAY = 86_400_000;
// Saturday 21 Nov 2026 at noon, local time: the weekdays below hold in every time zone.
const NOW = new Date(2026, 10, 21, 12).getTime();
const fc = (days: number, beforeReset = false) => ({
  perDay: 1,
  emptyAt: NOW + days * DAY,
  beforeReset,
});

describe('forecastText', () => {
  it.each([
    [fc(9), undefined, 'lasts ~9 days'],
    [fc(1.2), undefined, 'lasts ~1 day'],
    [fc(0.25), undefined, 'lasts ~6 h'],
    [fc(0.001), undefined, 'lasts ~1 h'],
    [fc(75), undefined, 'lasts ~2 months'],
    [fc(400), undefined, 'lasts ~13 months'],
    [fc(2, true), NOW + 3 * DAY, 'runs out before the reset on Tue'],
    [fc(5), NOW + 3 * DAY, 'lasts past the reset'],
    [undefined, NOW + 3 * DAY, undefined],
  ])('%o with reset %s says %s', (f, resetsAt, want) => {
    expect(forecastText(f, resetsAt, NOW, 'en-US')).toBe(want);
  });

  it('names the weekday in the user locale, with the date when more than six days off', () => {
    expect(weekday(NOW + 3 * DAY, NOW, 'de-DE')).toBe('Di');
    expect(weekday(NOW + 10 * DAY, NOW, 'en-US')).toBe('Tue, Dec 1');
  });
});

describe('formatAmount in dollars', () => {
  it.each([
    [7.66, '$7.66'],
    [0.012, '$0.012'],
    [0.00004, '$0.00'],
    [0, '$0.00'],
    [1234.5, '$1,234.50'],
  ])('%s → %s', (v, want) => expect(formatAmount(v, 'usd')).toBe(want));
});
