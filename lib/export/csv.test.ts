import fc from 'fast-check';
import Papa from 'papaparse';
import { freshDb } from '@/test/support/db';
import { BOM, HEADER, csvLines, neutralise } from './csv';
import { collect } from './collect';
import { monthCsv } from './month-csv';
import { refreshDays } from '../ledger/days';
import { reading } from '../ledger/testing';

const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true });

describe('the CSV', () => {
  it('starts with a BOM and exactly the header, CRLF-terminated', async () => {
    const csv = await collect(monthCsv(freshDb(), '2026-11', Date.parse('2026-12-15T00:00:00Z')));
    expect(csv).toBe(`${BOM}date,tool,activity,model,quantity,unit,cost_usd,basis\r\n`);
    expect(HEADER.join(',')).toBe('date,tool,activity,model,quantity,unit,cost_usd,basis');
  });

  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("x")\nmore'])(
    'neutralises a text cell starting like a formula: %j',
    (text) => {
      const [row] = parse(csvLines([[text]])).data;
      expect(row![0]).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text and numbers alone, numbers never quoted', () => {
    const line = csvLines([['Suno', 'chirp v4, "fast"', 10, 0.25, -3, undefined]]);
    expect(line).toBe('Suno,"chirp v4, ""fast""",10,0.25,-3,\r\n');
    expect(neutralise('a=b')).toBe('a=b');
  });

  it("writes exactly what papaparse's own writer would, for any cells", () => {
    const cellArb = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom(' lead', 'trail ', '\uFEFFx', 'a"b', 'a\r\nb', '=1', ''),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 1, maxLength: 6 }), { minLength: 1 }),
        (rows) => {
          const theirs = Papa.unparse(
            rows.map((r) => r.map((c) => (typeof c === 'string' ? neutralise(c) : c))),
            { newline: '\r\n', quotes: false },
          );
          expect(csvLines(rows)).toBe(`${theirs}\r\n`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round-trips any text through papaparse: commas, quotes, newlines, emoji, formulas', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('=cmd|" /C calc"!A0', '+1', '-2', '@x', '\t=1', '\r=1', 'a,b', 'say "hi"'),
      fc
        .array(fc.constantFrom('a', ',', '"', '\n', '\r\n', '🎵', 'é', '=', '-', ' '), {
          maxLength: 20,
        })
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, fc.double({ min: 0, max: 1e9, noNaN: true })), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const csv = csvLines(rows.map(([tool, model, q]) => [tool, model, q]));
          const parsed = parse(csv);
          expect(parsed.errors).toEqual([]);
          expect(parsed.data).toEqual(
            rows.map(([tool, model, q]) => [neutralise(tool), neutralise(model), String(q)]),
          );
          for (const row of parsed.data) for (const c of row) expect(c).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips a manual tool name through the whole export', async () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .map((s) => `${['=', '-', '@', ''][s.length % 4]}${s}, "🎵"\n`.slice(0, 80));
    await fc.assert(
      fc.asyncProperty(name, async (toolName) => {
        const db = freshDb();
        const at = new Date(2026, 10, 5, 12).getTime();
        await db.manualTools.add({ id: 'm_x', name: toolName, unit: 'credits' });
        const a = reading('m_x', 'balance', at, { remaining: 50, source: 'manual' });
        const b = reading('m_x', 'balance', at + 1000, { remaining: 20, source: 'manual' });
        await db.readings.bulkAdd([a, b]);
        await refreshDays(db, { tool: 'm_x', times: [a.at, b.at] });
        const rows = parse(await collect(monthCsv(db, '2026-11', at))).data;
        expect(rows.slice(1).map((r) => [r[1], r[2], r[4], r[7]])).toEqual([
          [neutralise(toolName), 'consumption', '30', 'manual'],
        ]);
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
