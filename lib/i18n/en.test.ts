import { describe, expect, it } from 'vitest';
import { en } from './en';
import { alerts } from './en/alerts';
import { options } from './en/options';
import { popup } from './en/popup';
import { spending } from './en/spending';
import { status } from './en/status';

describe('English strings', () => {
  it('no two areas use the same key (the later one would silently win)', () => {
    const areas: Record<string, string>[] = [popup, options, alerts, spending, status];
    const total = areas.reduce((n, a) => n + Object.keys(a).length, 0);
    expect(Object.keys(en).length).toBe(total);
  });

  it('every string has text', () => {
    for (const [k, v] of Object.entries(en)) expect(v.trim(), k).not.toBe('');
  });
});
