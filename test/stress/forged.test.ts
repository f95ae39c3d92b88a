import fc from 'fast-check';
import { ADAPTERS } from '@/lib/adapters';
import { readCaptures } from '@/lib/content/validate';
import { CAPTURE_LIMITS } from '@/lib/content/capture';
import { deliver, type DeliverDeps } from '@/lib/ingest/deliver';
import { Reading } from '@/lib/model/reading';
import { Task } from '@/lib/model/task';
import { RateLimiter } from '@/lib/util/ratelimit';
import { freshDb } from '@/test/support/db';
import { SELF, sunoItems, sunoSender, T0 } from './support';

/**
 * Item 3 and 5 at the background's door: an attacker who has read our code sends batches in
 * our own format from pages and frames of every kind. Whatever arrives, nothing outside the
 * schema is stored, nothing is attributed to a tool other than the sender's site, no
 * exception escapes, and the per-origin rate limit holds. Figures are in the README.
 */
export const RUNS = { deliver: 2000, capture: 5000, limiter: 1000 };

const hosts = ADAPTERS.flatMap((a) => a.hosts);
const pageUrl = fc.oneof(
  fc.constantFrom(...hosts).map((h) => `https://${h}/`),
  fc.constantFrom(
    'https://evil.example/',
    'http://suno.com/',
    'https://suno.com.evil.example/',
    'https://xsuno.com/',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html',
    'javascript:alert(1)',
    'data:text/html,hi',
  ),
);
const sender = fc.record({
  id: fc.constantFrom(SELF, SELF, SELF, 'another-extension-id'),
  url: pageUrl,
  origin: fc.option(
    pageUrl.map((u) => u.replace(/\/$/, '')),
    { nil: undefined },
  ),
  frameId: fc.constantFrom(0, 0, 0, 1, 7),
  tab: fc.option(fc.record({ url: pageUrl }), { nil: undefined }),
});

const PROTO = JSON.parse(
  '{"__proto__":{"polluted":"yes","remaining":1},"constructor":{"prototype":{"polluted":"yes"}}}',
) as Record<string, unknown>;
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(PROTO, NaN, Infinity, -1, 1e308, '', 'x'.repeat(300_000), null),
);
/** Envelopes in our own format with each field sometimes right, sometimes hostile. */
const envelope = fc.record(
  {
    type: fc.constantFrom('response', 'request', 'text', 'admin', '__proto__'),
    id: fc.oneof(fc.stringMatching(/^[\w-]{8,64}$/), hostile),
    at: fc.oneof(fc.integer({ min: T0 - 1e10, max: T0 + 1e10 }), hostile),
    url: fc.oneof(
      fc.constantFrom(
        'https://studio-api.prod.suno.com/api/billing/info/',
        'https://studio-api.prod.suno.com/api/generate/v2/',
        'https://openrouter.ai/api/v1/credits',
        'https://evil.example/api/billing/info/',
      ),
      hostile,
    ),
    status: fc.oneof(fc.constantFrom(200, 204, 500), hostile),
    method: fc.oneof(fc.constantFrom('POST', 'GET'), hostile),
    body: fc.oneof(
      fc.constantFrom(
        '{"total_credits_left":70,"monthly_limit":500}',
        '{"total_credits_left":-5}',
        '{"__proto__":{"total_credits_left":1}}',
        '{"constructor":{"prototype":{"total_credits_left":1}}}',
        '{"data":{"total_credits":10,"total_usage":2}}',
      ),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      hostile,
    ),
    response: fc.oneof(fc.constant('{"id":"gen-1"}'), fc.constant('{"__proto__":{"id":"x"}}')),
    texts: fc.oneof(
      fc.dictionary(fc.constantFrom('credits', '__proto__', 'constructor', 'x y'), fc.string()),
      hostile,
    ),
  },
  { requiredKeys: ['type'] },
);
const batch = fc.oneof(
  fc.array(envelope, { minLength: 1, maxLength: 8 }),
  hostile,
  fc.array(fc.constantFrom(...sunoItems(3, 3)), { minLength: 1, maxLength: 6 }),
);

function expectPrototypesClean() {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.remaining).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Array.prototype).not.toHaveProperty('polluted');
}

describe('forged batches at the background', () => {
  it(`stores only schema-valid rows of the sender's own tool (${RUNS.deliver} cases)`, async () => {
    const db = freshDb();
    const deps: DeliverDeps = { db: () => db, selfId: SELF, limiter: new RateLimiter(1e9, 1e9) };
    // Tools whose own top-frame https page has sent something: the only ones rows may name.
    const senders = new Set<string>();
    await fc.assert(
      fc.asyncProperty(sender, batch, async (s, b) => {
        const ack = await deliver(b, s, deps); // a throw here fails the property
        expect(typeof ack.ok).toBe('boolean');
        const host = /^https:\/\/([^/]+)\//.exec(s.url)?.[1];
        const honest = s.id === SELF && s.frameId === 0 && (!s.tab || s.tab.url === s.url);
        const tool = ADAPTERS.find((a) => host && a.hosts.includes(host))?.id;
        if (honest && tool && (!s.origin || s.origin === `https://${host}`)) senders.add(tool);
        const rows = [...(await db.readings.toArray()), ...(await db.tasks.toArray())];
        for (const r of rows) expect(senders).toContain(r.tool);
        expectPrototypesClean();
      }),
      // One honest Suno batch always runs among the generated cases, so the checks after the
      // property are never left to chance (an honest sender is a rare draw).
      {
        numRuns: RUNS.deliver,
        examples: [[{ ...sunoSender, id: SELF, frameId: 0 as const }, sunoItems(3, 3)]],
      },
    );
    // Not vacuous: well-formed Suno batches from suno.com did get stored along the way.
    expect(await db.readings.count()).toBeGreaterThan(0);
    expect(await db.tasks.count()).toBeGreaterThan(0);
    // Every row ever stored fits the model, and belongs to a tool whose site sent it.
    for (const r of await db.readings.toArray()) expect(Reading.safeParse(r).success).toBe(true);
    for (const t of await db.tasks.toArray()) expect(Task.safeParse(t).success).toBe(true);
  });

  it('never stores a Suno-shaped payload as Suno unless suno.com sent it', async () => {
    await fc.assert(
      fc.asyncProperty(sender, async (s) => {
        const db = freshDb();
        const deps: DeliverDeps = { db: () => db, selfId: SELF, limiter: new RateLimiter() };
        await deliver(sunoItems(2, 2), s, deps);
        const rows = [...(await db.readings.toArray()), ...(await db.tasks.toArray())];
        const fromSuno = s.id === SELF && s.frameId === 0 && s.url === 'https://suno.com/';
        if (!fromSuno) expect(rows.filter((r) => r.tool === 'suno')).toEqual([]);
        db.close();
      }),
      { numRuns: 300 },
    );
  });

  it('changes nothing with prototype-pollution payloads', async () => {
    const db = freshDb();
    const deps: DeliverDeps = { db: () => db, selfId: SELF, limiter: new RateLimiter() };
    const base = sunoItems(1, 1);
    const poisoned = [
      { ...base[1]!, id: 'proto-0001', body: '{"__proto__":{"total_credits_left":9}}' },
      {
        ...base[1]!,
        id: 'proto-0002',
        body: '{"constructor":{"prototype":{"total_credits_left":9}}}',
      },
      { ...base[0]!, id: 'proto-0003', response: '{"__proto__":{"id":"stolen"}}' },
      { type: 'text', id: 'proto-0004', at: T0, url: 'https://suno.com/', texts: PROTO },
      JSON.parse(
        `{"type":"response","id":"proto-0005","at":${T0},"url":"https://studio-api.prod.suno.com/api/billing/info/","status":200,"body":"{}","__proto__":{"body":"{\\"total_credits_left\\":9}"}}`,
      ) as unknown,
    ];
    for (const p of poisoned) await deliver([p], sunoSender, deps);
    await deliver(PROTO, sunoSender, deps);
    expectPrototypesClean();
    const readings = await db.readings.toArray();
    expect(readings.map((r) => r.remaining)).not.toContain(9);
    const tasks = await db.tasks.toArray();
    expect(tasks.map((t) => t.id)).not.toContain('suno:stolen');
    for (const row of [...readings, ...tasks])
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });
});

describe("the relay's check of what the page hands it", () => {
  const capture = fc.oneof(
    fc.record({
      kind: fc.oneof(fc.constantFrom('response', 'request'), fc.string()),
      url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'http://suno.com/x')),
      method: fc.oneof(fc.constantFrom('GET', 'POST'), fc.string()),
      status: fc.oneof(fc.integer({ min: -5, max: 700 }), fc.double()),
      body: fc.oneof(fc.string(), fc.constant('x'.repeat(CAPTURE_LIMITS.maxBody + 1))),
      response: fc.option(fc.string(), { nil: undefined }),
    }),
    fc.jsonValue(),
    fc.constant(PROTO),
  );

  it(`keeps only bounded https captures and never throws (${RUNS.capture} cases)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(capture, { maxLength: 60 }).map((list) => JSON.stringify(list)),
          capture.map((c) => JSON.stringify(c)),
          fc.anything(),
        ),
        (detail) => {
          const kept = readCaptures(detail);
          expect(kept.length).toBeLessThanOrEqual(CAPTURE_LIMITS.maxBatch);
          // A single capture, not in a list, is not our format.
          if (typeof detail !== 'string' || !detail.startsWith('[')) expect(kept).toEqual([]);
          for (const c of kept) {
            expect(c.url.startsWith('https://')).toBe(true);
            expect(c.path.startsWith('/')).toBe(true);
            expect(c.url).toContain(c.path === '/' ? '' : c.path);
            expect(c.body.length).toBeLessThanOrEqual(CAPTURE_LIMITS.maxBody);
            expect(['response', 'request']).toContain(c.kind);
            expect(Number.isInteger(c.status)).toBe(true);
          }
          expectPrototypesClean();
        },
      ),
      { numRuns: RUNS.capture },
    );
  });

  it("reads the parser's path and query from the URLs the observer sends (2000 cases)", () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
        (raw) => {
          // The observer sends what the page's URL parser made of the request's URL.
          const url = new URL(raw);
          const [c] = readCaptures(
            JSON.stringify([
              { kind: 'response', url: url.href, method: 'GET', status: 200, body: '{}' },
            ]),
          );
          expect(c?.path).toBe(url.pathname + url.search);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the per-origin rate limit', () => {
  it(`never lets an origin past burst + rate × time (${RUNS.limiter} cases)`, () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            origin: fc.constantFrom('https://suno.com', 'https://openrouter.ai', '__proto__'),
            n: fc.integer({ min: 1, max: 60 }),
            dt: fc.integer({ min: 0, max: 500 }),
          }),
          { maxLength: 300 },
        ),
        (calls) => {
          const limiter = new RateLimiter(20, 200);
          let now = T0;
          const taken: Record<string, number> = {};
          const first: Record<string, number> = {};
          for (const c of calls) {
            now += c.dt;
            first[c.origin] ??= now;
            if (limiter.take(c.origin, c.n, now)) taken[c.origin] = (taken[c.origin] ?? 0) + c.n;
          }
          for (const [o, n] of Object.entries(taken))
            expect(n).toBeLessThanOrEqual(200 + ((now - first[o]!) / 1000) * 20 + 1e-6);
        },
      ),
      { numRuns: RUNS.limiter },
    );
  });
});
