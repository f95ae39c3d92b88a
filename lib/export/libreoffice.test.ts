import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { freshDb } from '@/test/support/db';
import { refreshDays } from '../ledger/days';
import { reading as r, task } from '../ledger/testing';
import { collect } from './collect';
import { monthCsv } from './month-csv';

const SOFFICE = process.env.SOFFICE_PATH || '/usr/bin/soffice';

interface Cell {
  type: string;
  value?: string;
  text: string;
  formula: boolean;
}

const unescape = (s: string) =>
  s
    .replace(/<text:s\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Rows of cells from a flat ODF spreadsheet, as LibreOffice typed them. */
function readFods(xml: string): Cell[][] {
  const table = xml.slice(xml.indexOf('<table:table '), xml.indexOf('</table:table>'));
  return [...table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(
    ([, row]) =>
      [
        ...row!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g),
      ].flatMap(([, attrs, body]) => {
        const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs!)?.[1] ?? 1);
        const cell: Cell = {
          type: /office:value-type="(\w+)"/.exec(attrs!)?.[1] ?? 'empty',
          value: /office:value="([^"]*)"/.exec(attrs!)?.[1],
          text: [...(body ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
            .map((m) => unescape(m[1]!))
            .join('\n'),
          formula: /table:formula=/.test(attrs!),
        };
        return Array.from({ length: Math.min(repeat, 20) }, () => cell);
      }),
  );
}

it('LibreOffice opens the export: numbers are numbers, text is text, nothing is a formula', async () => {
  if (!existsSync(SOFFICE))
    throw new Error(
      `LibreOffice is missing (${SOFFICE}): install the Debian package libreoffice-calc.`,
    );
  const db = freshDb();
  const at = (d: number, h = 12) => new Date(2026, 10, d, h).getTime();
  await db.settings.add({
    key: 'tool:suno',
    value: { enabled: true, lowPercent: 20, pricePerUnit: 0.004 },
  });
  await db.manualTools.add({
    id: 'm_evil',
    name: '=HYPERLINK("http://x","Café, 🎵")',
    unit: 'credits',
  });
  await db.readings.bulkAdd([
    r('suno', 'credits', at(2), { remaining: 1000 }),
    r('suno', 'credits', at(3), { remaining: 980 }),
    r('m_evil', 'balance', at(2), { remaining: 50, source: 'manual' }),
    r('m_evil', 'balance', at(4), { remaining: 20.5, source: 'manual' }),
  ]);
  await db.tasks.bulkAdd(
    ['-1+1', '@SUM(A1:A9)'].map((model, i) =>
      task('suno', `s${i}`, at(2, 13 + i), {
        cost: 10,
        unit: 'credits',
        meter: 'credits',
        basis: 'rate_card',
        model,
      }),
    ),
  );
  await refreshDays(db, { tool: 'suno', times: [at(2), at(3)] });
  await refreshDays(db, { tool: 'm_evil', times: [at(2), at(4)] });
  const csv = await collect(monthCsv(db, '2026-11', at(20)));

  const dir = mkdtempSync(join(tmpdir(), 'cw-lo-'));
  try {
    writeFileSync(join(dir, 'creditwatch-2026-11.csv'), csv, 'utf8');
    // Comma-separated, double quotes, UTF-8 (76), from line 1; quoted fields as text; detect
    // special numbers: the settings a person gets when they open the file.
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'fods',
        '--infilter=CSV:44,34,76,1,,0,false,true',
        '--outdir',
        dir,
        join(dir, 'creditwatch-2026-11.csv'),
      ],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const rows = readFods(readFileSync(join(dir, 'creditwatch-2026-11.fods'), 'utf8'));
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true });
    expect(rows.map((row) => row.slice(0, 8).map((c) => c.text))).toEqual(
      parsed.data.map((row) => row.map((c) => c)),
    );
    expect(rows.flat().some((c) => c.formula)).toBe(false);
    const body = rows.slice(1);
    expect(body).toHaveLength(3);
    for (const row of body) {
      expect(row[4]).toMatchObject({ type: 'float' });
      expect(row[1]!.type).toBe('string');
      expect(row[3]!.type === 'string' || row[3]!.type === 'empty').toBe(true);
    }
    const quantities = body.map((row) => Number(row[4]!.value));
    expect(quantities).toEqual([10, 10, 29.5]);
    expect(
      body.filter((row) => row[6]!.type === 'float').map((row) => Number(row[6]!.value)),
    ).toEqual([0.04, 0.04]);
    expect(body.map((row) => row[3]!.text)).toEqual(["'-1+1", "'@SUM(A1:A9)", '']);
    expect(body[2]![1]!.text).toBe('\'=HYPERLINK("http://x","Café, 🎵")');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
