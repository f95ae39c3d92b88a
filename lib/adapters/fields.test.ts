import * as z from 'zod/mini';
import { num, textNumber, time, toEpochMs } from './fields';

describe('num()', () => {
  it.each([
    [12, 12],
    ['12.50', 12.5],
    ['1,234', 1234],
    [' 7 ', 7],
    ['1e3', 1000],
  ])('reads %j as %d', (input, want) => {
    expect(num().parse(input)).toBe(want);
  });

  it.each([
    '',
    ' ',
    '-',
    'NaN',
    'Infinity',
    '1e999',
    '0x1F',
    '0b1',
    '12abc',
    '1,23',
    Number.NaN,
    Infinity,
  ])('refuses %j', (input) => {
    expect(num().safeParse(input).success).toBe(false);
  });
});

describe('time()', () => {
  const at = Date.parse('2026-11-21T12:00:00Z');
  it.each([
    ['ISO string', '2026-11-21T12:00:00Z'],
    ['ISO with offset', '2026-11-21T13:00:00+01:00'],
    ['unix seconds', at / 1000],
    ['unix milliseconds', at],
    ['seconds as a string', String(at / 1000)],
  ])('normalises %s to epoch ms', (_name, input) => {
    expect(z.parse(time(), input)).toBe(at);
  });

  it('fails soft on nonsense and on times outside 2000–2100', () => {
    expect(toEpochMs('tomorrow')).toBeUndefined();
    expect(toEpochMs(-1)).toBeUndefined();
    expect(toEpochMs(1e20)).toBeUndefined();
  });
});

describe('textNumber()', () => {
  it.each([
    ['1,230', 1230],
    [' 29.57 ', 29.57],
    ['300', 300],
  ])('reads %j as %d', (input, want) => {
    expect(textNumber(input)).toBe(want);
  });

  it.each([undefined, '', 'NaN', '1e999', '0x1F', '1,23', 'twelve', '.'])('refuses %j', (input) => {
    expect(textNumber(input)).toBeUndefined();
  });
});
