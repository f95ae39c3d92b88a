import fc from 'fast-check';
import { plainUrl } from './plain-url';

const ORIGIN = 'https://claude.ai';
const PAGE = `${ORIGIN}/chat/7c9e6679`;

/** Strings made of what URLs are made of, including what the parser rewrites. */
const urlish = fc
  .array(
    fc.constantFrom(
      ...'/?#.%:@!$&\'()*+,;=-_~ \\"<>`{}|^[]aZ09é'.split(''),
      '/',
      '//',
      './',
      '../',
      '%2e',
      '%7E',
      'api',
      'v1.2',
      'https://',
      'http://',
      'HTTPS://',
      'claude.ai',
      'Claude.AI',
      'api.example:443',
      'user@',
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

describe('plainUrl', () => {
  it('agrees with the URL parser whenever it answers (20,000 cases)', () => {
    fc.assert(
      fc.property(urlish, (raw) => {
        const got = plainUrl(raw, ORIGIN);
        if (!got) return;
        const url = new URL(raw, PAGE);
        expect(got).toEqual([url.href, url.pathname + url.search]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('answers for the plain paths and URLs front ends use', () => {
    expect(plainUrl('/api/organizations/4f1d/usage', ORIGIN)).toEqual([
      'https://claude.ai/api/organizations/4f1d/usage',
      '/api/organizations/4f1d/usage',
    ]);
    expect(plainUrl('/api/conversations?limit=30&offset=0', ORIGIN)?.[1]).toBe(
      '/api/conversations?limit=30&offset=0',
    );
    expect(plainUrl('https://studio-api.prod.suno.com/api/billing/info/', ORIGIN)).toEqual([
      'https://studio-api.prod.suno.com/api/billing/info/',
      '/api/billing/info/',
    ]);
  });

  it('leaves to the parser what it would change or resolve elsewhere', () => {
    for (const raw of [
      '//evil.example/api',
      '/a/../usage',
      '/a/./usage',
      '/usage#x',
      '/a b',
      'usage',
      'https://claude.ai',
      'https://Claude.ai/x',
      'https://claude.ai:443/x',
      'https://u@claude.ai/x',
      'http://claude.ai/x',
      "/q?it's",
    ])
      expect(plainUrl(raw, ORIGIN)).toBeUndefined();
  });
});
