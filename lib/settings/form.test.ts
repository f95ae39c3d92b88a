import { parseAmountText } from './form';

describe('parseAmountText', () => {
  it.each([
    ['12', 12],
    [' 0.01 ', 0.01],
    ['.5', 0.5],
    ['$20', 20],
    ['1,250.5', 1250.5],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmountText(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['abc', 'errNotNumber'],
    ['1e3', 'errNotNumber'],
    ['0,01', 'errNotNumber'],
    ['NaN', 'errNotNumber'],
    ['Infinity', 'errNotNumber'],
    ['12abc', 'errNotNumber'],
    ['-5', 'errNegative'],
    ['9'.repeat(14), 'errTooLarge'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseAmountText(text)).toEqual({ ok: false, error });
  });

  it('blank is unset, or an error when required', () => {
    expect(parseAmountText('  ')).toEqual({ ok: true, value: undefined });
    expect(parseAmountText('', { required: true })).toEqual({ ok: false, error: 'errRequired' });
  });

  it('holds percentages to 0–100', () => {
    expect(parseAmountText('100', { percent: true })).toEqual({ ok: true, value: 100 });
    expect(parseAmountText('100.5', { percent: true })).toEqual({ ok: false, error: 'errPercent' });
  });
});
