import fc from 'fast-check';
import { collectTexts } from '@/lib/content/probes';
import { watchSpec } from '@/lib/ingest/watch';
import { LIMITS } from '@/lib/model/bounds';
import type { Envelope } from '@/lib/model/wire';
import { adapterModules, fixture } from '@/test/support/fixtures';
import { CASE_NOW } from './case-time';
import { interpret, ownsUrl, type Outcome } from './interpret';
import type { Adapter, AdapterCase } from './types';

/**
 * Whatever a page sends, `interpret` never throws, and whatever it lets through is finite, in
 * range and the same on a second look. Every adapter file is fuzzed, found by file, so sites
 * added later are covered without touching this test. Two kinds of input: fast-check's random
 * and randomly mutated envelopes, and a sweep that puts every hostile value at every place in
 * every JSON fixture (and every hostile token at every number in every text fixture).
 */

const RUNS = 200;
/** Generous: only a pattern that backtracks badly on a 500-character text gets near it. */
const SLOW_MS = 1000;
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype);

// ---- hostile values -------------------------------------------------------------------------

/** Tokens JSON.stringify cannot write (1e999 parses to Infinity): spliced in after stringify. */
const RAW = ['1e999', '-1e999', '1e-999', '-0', '123456789012345678901234567890', '1E400'];
const unmark = (json: string) => json.replace(/"@@RAW:([^@"]+)@@"/g, '$1');

const HOSTILE: unknown[] = [
  ...['NaN', 'nan', 'Infinity', '-Infinity', '1e999', '-1e999', '-1', '-0', '1e308', '0x1F'],
  ...['9'.repeat(39), '9'.repeat(41), '', ' ', '1,000,000', ',', '.', '1.2.3', '12abc', ' 42 '],
  ...['null', 'true', '__proto__', 'constructor', '<img src=x onerror=alert(1)>', '\u0000'],
  ...['2026-13-45', '9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z', '-1e11', '١٢٣', '\u202e42'],
  ...['x'.repeat(10_000), '1'.repeat(2_000)],
  ...[-1, -0.5, -0.6, -1e12, 0, 1e12, 1e12 + 1, 1e15, 1e21, 1e308, -1e308, 100.5, 100.6, 101],
  ...[Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 1e11 - 1, 1e11, 253_402_300_800_000, 0.1 + 0.2],
  ...[LIMITS.minTime - 1, LIMITS.maxTime + 1, LIMITS.maxTime / 1000 + 1],
  ...RAW.map((r) => `@@RAW:${r}@@`),
  ...[null, true, false, {}, [], [1, 2], { value: 1 }],
  JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
];
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 4 },
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'toString', 'valueOf', ''),
  fc.string({ maxLength: 12 }),
);

// ---- mutating a JSON fixture ----------------------------------------------------------------

type Op = { at: number; kind: 'set' | 'delete' | 'addKey' | 'wrap'; key: string; value: unknown };
const ops = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('set', 'set', 'delete', 'addKey', 'wrap') as fc.Arbitrary<Op['kind']>,
    key: hostileKey,
    value: hostileValue,
  }),
  { minLength: 1, maxLength: 5 },
);

type Bag = Record<string | number, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === 'object' && v !== null;
// defineProperty, so "__proto__" becomes an own key that JSON.stringify writes out.
const put = (o: Bag, k: string | number, value: unknown) =>
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

/** Every (container, key) in a parsed document, the root's wrapper included. */
function slots(root: Bag): [Bag, string | number][] {
  const out: [Bag, string | number][] = [];
  const walk = (o: Bag) => {
    for (const k of Object.keys(o)) {
      const key = Array.isArray(o) ? Number(k) : k;
      out.push([o, key]);
      const v = o[key];
      if (isBag(v)) walk(v);
    }
  };
  walk(root);
  return out;
}

function mutate(json: string, list: Op[]): string {
  const root: Bag = { v: JSON.parse(json) as unknown };
  for (const op of list) {
    const all = slots(root);
    const [parent, key] = all[op.at % all.length]!;
    const here = parent[key];
    // A copy: the generated value is fast-check's to report, and must not be edited in place.
    const value = JSON.parse(JSON.stringify(op.value) ?? 'null') as unknown;
    // addKey only on objects: a named key on an array is not JSON, and breaks Array methods.
    if (op.kind === 'set') put(parent, key, value);
    else if (op.kind === 'delete' && parent !== root) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (op.kind === 'addKey' && isBag(here) && !Array.isArray(here))
      put(here, op.key, value);
    else if (op.kind === 'wrap') put(parent, key, op.key ? put({}, op.key, here) : [here]);
  }
  return unmark(JSON.stringify(root.v) ?? 'null');
}

/** Every hostile value at every place in the document, one at a time. */
function sweepJson(json: string): string[] {
  const places = slots({ v: JSON.parse(json) as unknown }).length;
  const out: string[] = [];
  for (let at = 0; at < places; at++)
    for (const value of HOSTILE) out.push(mutate(json, [{ at, kind: 'set', key: '', value }]));
  return out;
}

// ---- mutating visible text ------------------------------------------------------------------

const TEXT_TOKENS = [
  ...['NaN', '1e999', '-1', 'Infinity', '-0', '9'.repeat(30), '1,2,3,4', '..', '/', '%', '('],
  ...[')', '100.00001%', '101%', '-5%', '0/0', '1/0', '١٢٣', '\u200b', '$', '€', ',', '$-3.50'],
  ...['1.2.3', '-1/-1 hours', '(-5%)', '0', '0.0001', '1e3', '12,345,678.9', '99999999999999'],
  // Long runs, to catch a pattern that backtracks badly.
  ...['1'.repeat(200), ' '.repeat(200), '1,'.repeat(100), '.'.repeat(200), '1 '.repeat(100)],
];
const textToken = fc.oneof(
  { arbitrary: fc.constantFrom(...TEXT_TOKENS), weight: 3 },
  fc.double().map(String),
  fc.integer().map(String),
  fc.nat({ max: 100_000 }).map((n) => n.toLocaleString('en-US')),
);

type TextOp = { at: number; kind: 'number' | 'insert' | 'cut'; token: string };
const textOps = fc.array(
  fc.record({
    at: fc.nat(),
    // Mostly swap a number, so the anchor phrase usually survives and the reader is reached.
    kind: fc.constantFrom('number', 'number', 'number', 'insert', 'cut') as fc.Arbitrary<
      TextOp['kind']
    >,
    token: textToken,
  }),
  { minLength: 1, maxLength: 3 },
);

const numbersIn = (s: string) => [...s.matchAll(/\d[\d.,]*/g)];

function mutateText(text: string, list: TextOp[]): string {
  let s = text;
  for (const op of list) {
    const nums = numbersIn(s);
    const n = nums[op.at % Math.max(1, nums.length)];
    if (op.kind === 'number' && n?.index !== undefined)
      s = s.slice(0, n.index) + op.token + s.slice(n.index + n[0].length);
    else if (op.kind === 'cut') s = s.slice(0, op.at % (s.length + 1));
    else {
      const at = op.at % (s.length + 1);
      s = s.slice(0, at) + op.token + s.slice(at);
    }
  }
  return s.slice(0, 500);
}

/** Every hostile token in place of every number of every text, one at a time. */
function sweepTexts(texts: Record<string, string>): Record<string, string>[] {
  return Object.entries(texts).flatMap(([name, text]) =>
    numbersIn(text).flatMap((_, at) =>
      TEXT_TOKENS.map((token) => ({
        ...texts,
        [name]: mutateText(text, [{ at, kind: 'number', token }]),
      })),
    ),
  );
}

// ---- what every outcome must satisfy --------------------------------------------------------

function allFinite(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (isBag(v)) return Object.values(v).every(allFinite);
  return true;
}

function check(adapter: Adapter, env: Envelope): void {
  const started = performance.now();
  const out: Outcome = interpret(adapter, env);
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
  // Clean up before failing, so one polluting input does not fail every test after it.
  const leaked = Object.getOwnPropertyNames(Object.prototype).filter(
    (k) => !PROTO_KEYS.includes(k),
  );
  for (const k of leaked) delete (Object.prototype as Record<string, unknown>)[k];
  expect(leaked).toEqual([]);
  // A second look at the same envelope must say the same thing (no state kept between calls).
  expect(interpret(adapter, env)).toEqual(out);
  if (out.kind === 'failure') expect(out.reason.length).toBeLessThanOrEqual(300);
  if (out.kind !== 'readout') return;
  for (const r of out.readings) {
    expect(allFinite(r)).toBe(true);
    expect(adapter.meters[r.meter]).toBeDefined();
    for (const v of [r.remaining, r.used, r.limit])
      if (v !== undefined) expect(v).toBeGreaterThanOrEqual(0);
    if (r.percentUsed !== undefined) {
      expect(r.percentUsed).toBeGreaterThanOrEqual(0);
      expect(r.percentUsed).toBeLessThanOrEqual(100);
    }
    if (r.resetsAt !== undefined) expect(Number.isSafeInteger(r.resetsAt)).toBe(true);
    if (r.scale !== undefined) expect(r.scale).toBeGreaterThan(0);
  }
  for (const t of out.tasks) {
    expect(allFinite(t)).toBe(true);
    if (t.cost !== undefined) expect(t.cost).toBeGreaterThanOrEqual(0);
  }
}

let runs = 0;

function property<T>(adapter: Adapter, arb: fc.Arbitrary<T>, envelope: (v: T) => Envelope) {
  runs += RUNS;
  fc.assert(
    fc.property(arb, (v) => check(adapter, envelope(v))),
    { numRuns: RUNS },
  );
}

/** A sweep: plain loop, with the failing envelope named so it can be replayed. */
function sweep(adapter: Adapter, envelopes: Envelope[]) {
  runs += envelopes.length;
  for (const env of envelopes) {
    try {
      check(adapter, env);
    } catch (e) {
      throw new Error(
        `${e instanceof Error ? e.message : String(e)}\nenvelope: ${JSON.stringify(env)}`,
      );
    }
  }
}

// ---- inputs ---------------------------------------------------------------------------------

const at = fc.integer({ min: LIMITS.minTime, max: LIMITS.maxTime });
const AT = CASE_NOW;
const randomBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('', 'null', '{', '[]', '{"data":null}', '{"__proto__":{"polluted":1}}'),
);
// fc.anything() holds values JSON cannot write (undefined, -0, Map…): stringify when it can.
const anythingBody = fc.anything({ maxDepth: 3 }).map((v) => {
  try {
    return JSON.stringify(v) ?? 'undefined';
  } catch {
    return String(typeof v);
  }
});

function jsonFixture(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const text = fixture(path, AT);
  try {
    JSON.parse(text);
    return text;
  } catch {
    return undefined;
  }
}

function baseTexts(adapter: Adapter, c: AdapterCase): Record<string, string> {
  const doc = new DOMParser().parseFromString(fixture(c.fixture, AT), 'text/html');
  return collectTexts(doc, watchSpec(adapter).probes);
}

/** Words a text reader may anchor on: from its probe patterns and meter labels. */
const words = (a: Adapter) => [
  ...new Set(
    [
      ...(a.probes ?? []).map((p) => p.pattern?.source ?? ''),
      ...Object.values(a.meters).map((m) => m.label),
    ]
      .flatMap((s) => s.match(/[A-Za-z]{3,}/g) ?? [])
      .concat(['remaining', 'credits', 'left', 'used', 'of', 'hours']),
  ),
];

const response = (url: string, body: string, status = 200, when = AT): Envelope => ({
  type: 'response',
  id: 'env-fuzz-0001',
  at: when,
  url,
  status,
  body,
});
const request = (url: string, body: string, response?: string, when = AT): Envelope => ({
  type: 'request',
  id: 'env-fuzz-0002',
  at: when,
  url,
  method: 'POST',
  status: 200,
  body,
  response,
});
const text = (url: string, texts: Record<string, string>, when = AT): Envelope => ({
  type: 'text',
  id: 'env-fuzz-0003',
  at: when,
  url,
  texts,
});

// ---- per adapter ----------------------------------------------------------------------------

const modules = adapterModules();
/** Registers a test only when the adapter has that kind of input, rather than skipping it. */
const itIf = (cond: boolean) => (cond ? it : () => undefined);

describe.each(modules.map((m) => [m.adapter.id, m] as const))('fuzz: %s', (_id, m) => {
  const { adapter, cases } = m;
  const prop = <T>(arb: fc.Arbitrary<T>, envelope: (v: T) => Envelope) =>
    property(adapter, arb, envelope);
  const pick = (kind: AdapterCase['kind']) => cases.filter((c) => c.kind === kind);
  const hosts = [...adapter.hosts, ...(adapter.apiHosts ?? [])];
  // Case URLs, and any path on the adapter's hosts (its `match` patterns see odd URLs too).
  const url = fc.oneof(
    fc.constantFrom(...new Set([...cases.map((c) => c.url), adapter.usageUrl])),
    fc
      .tuple(fc.constantFrom(...hosts), fc.webPath(), fc.webQueryParameters())
      .map(([h, p, q]) => `https://${h}${p}${q ? `?${q}` : ''}`),
  );
  const jsonCases = pick('response').flatMap((c) => {
    const body = jsonFixture(c.fixture);
    return body ? [{ url: c.url, body }] : [];
  });
  const requests = pick('request').map((c) => ({
    url: c.url,
    body: jsonFixture(c.fixture) ?? '{}',
    response: jsonFixture(c.responseFixture),
  }));
  const textPages = [
    ...new Set([...pick('text').map((c) => c.url), adapter.usageUrl, `https://${hosts[0]}/`]),
  ].filter((u) => ownsUrl(adapter, new URL(u)));
  const texts = pick('text').map((c) => ({ url: c.url, texts: baseTexts(adapter, c) }));
  const names = (adapter.probes ?? []).map((p) => p.name);
  const vocabulary = words(adapter);
  const status = fc.constantFrom(200, 200, 200, 201, 204, 404, 500);

  it('random JSON at its endpoints', () => {
    prop(fc.tuple(url, randomBody, status, at), ([u, b, s, w]) => response(u, b, s, w));
  });

  it('fc.anything(), serialised', () => {
    prop(fc.tuple(url, anythingBody, at), ([u, b, w]) => response(u, b, 200, w));
  });

  itIf(jsonCases.length > 0)('randomly mutated JSON fixtures', () => {
    prop(fc.tuple(fc.constantFrom(...jsonCases), ops, at), ([c, list, w]) =>
      response(c.url, mutate(c.body, list), 200, w),
    );
  });

  itIf(jsonCases.length > 0)('every hostile value at every place of its JSON fixtures', () => {
    sweep(
      adapter,
      jsonCases.flatMap((c) => sweepJson(c.body).map((b) => response(c.url, b))),
    );
  });

  itIf(requests.length > 0)('random and mutated task requests', () => {
    const body = (base: string) =>
      fc.oneof(
        randomBody,
        ops.map((l) => mutate(base, l)),
      );
    const env = fc.constantFrom(...requests).chain((r) =>
      fc.record({
        url: fc.constant(r.url),
        method: fc.constantFrom(
          'POST',
          'POST',
          'POST',
          'POST',
          'PUT',
          'PATCH',
        ) as fc.Arbitrary<'POST'>,
        body: body(r.body),
        response: fc.option(body(r.response ?? '{}'), { nil: undefined }),
        status: fc.constantFrom(undefined, 200, 200, 202, 400, 500),
        at,
      }),
    );
    prop(env, (e): Envelope => ({ type: 'request', id: 'env-fuzz-0002', ...e }));
  });

  itIf(requests.length > 0)('every hostile value at every place of its requests', () => {
    sweep(
      adapter,
      requests.flatMap((r) => [
        ...sweepJson(r.body).map((b) => request(r.url, b, r.response)),
        ...(r.response ? sweepJson(r.response).map((b) => request(r.url, r.body, b)) : []),
      ]),
    );
  });

  it('random visible text with its anchor words', () => {
    const sentence = fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...vocabulary), textToken),
          fc.constantFrom(' ', '', ': ', '/', ' ('),
        ),
        { maxLength: 25 },
      )
      .map((parts) => parts.flat().join('').slice(0, 500));
    const value = fc.oneof(
      sentence,
      fc.string({ maxLength: 500 }),
      fc.string({ unit: 'grapheme', maxLength: 100 }),
    );
    const texts = fc.dictionary(fc.constantFrom(...names, 'text', 'balance', 'credits'), value, {
      maxKeys: 4,
    });
    prop(fc.tuple(fc.constantFrom(...textPages), texts, at), ([u, t, w]) => text(u, t, w));
  });

  itIf(texts.length > 0)('randomly mutated visible text from its fixtures', () => {
    const mutated = fc
      .tuple(fc.constantFrom(...texts), textOps)
      .map(([c, list]) =>
        Object.fromEntries(Object.entries(c.texts).map(([k, v]) => [k, mutateText(v, list)])),
      );
    prop(fc.tuple(fc.constantFrom(...textPages), mutated, at), ([u, t, w]) => text(u, t, w));
  });

  itIf(texts.length > 0)('every hostile token at every number of its texts', () => {
    sweep(
      adapter,
      texts.flatMap((c) => sweepTexts(c.texts).map((t) => text(c.url, t))),
    );
  });
});

describe('fuzz: afterwards', () => {
  it('left the built-in prototypes alone and ran every generator', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTO_KEYS);
    expect(runs).toBeGreaterThanOrEqual(modules.length * RUNS * 3);
  });
});
