import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';
import type { MeterCondition } from './conditions';

const cond = (over: Partial<MeterCondition>): MeterCondition => ({
  key: 'suno:credits',
  tool: 'suno',
  toolName: 'Suno',
  label: 'Credits',
  summary: '150 credits left of 1,000 credits',
  percentLeft: 15,
  left: 150,
  low: false,
  lowCleared: true,
  runOut: false,
  runOutCleared: true,
  at: 0,
  ...over,
});

describe('the toolbar badge', () => {
  it.each([
    ['nothing low: cleared', [cond({ percentLeft: 60 })], '', undefined],
    ['low with a share: amber percent', [cond({ low: true })], '15%', 'amber'],
    ['at most 5% left: red', [cond({ low: true, percentLeft: 5 })], '5%', 'red'],
    ['low without a share: amber "!"', [cond({ low: true, percentLeft: undefined })], '!', 'amber'],
    [
      'empty without a share: red "!"',
      [cond({ low: true, percentLeft: undefined, left: 0 })],
      '!',
      'red',
    ],
    ['runs out before reset: red "!"', [cond({ percentLeft: 70, runOut: true })], '!', 'red'],
    ['low and runs out: red percent', [cond({ low: true, runOut: true })], '15%', 'red'],
    ['unknown low (no threshold applies): cleared', [cond({ low: undefined })], '', undefined],
  ])('%s', (_name, conds, text, severity) => {
    const b = badgeFor(conds);
    expect(b.text).toBe(text);
    expect(b.severity).toBe(severity);
    if (text) expect(b.title).toContain('Suno Credits');
    else expect(b.title).toBe('Creditwatch');
  });

  it('shows the most binding meter: red before amber, then the least share left', () => {
    const b = badgeFor([
      cond({ key: 'a:x', low: true, percentLeft: 12, toolName: 'A' }),
      cond({ key: 'b:x', low: true, percentLeft: 8, toolName: 'B' }),
      cond({ key: 'c:x', percentLeft: 90, runOut: true, toolName: 'C' }),
      cond({ key: 'd:x', percentLeft: 50, toolName: 'D' }),
    ]);
    expect(b).toMatchObject({ text: '!', severity: 'red' });
    expect(b.title).toContain('C Credits may run out before it resets');
    const amber = badgeFor([
      cond({ key: 'a:x', low: true, percentLeft: 12, toolName: 'A' }),
      cond({ key: 'b:x', low: true, percentLeft: 8, toolName: 'B' }),
    ]);
    expect(amber).toMatchObject({ text: '8%', severity: 'amber' });
    expect(amber.title).toBe('Creditwatch: B Credits is low (150 credits left of 1,000 credits)');
  });
});
