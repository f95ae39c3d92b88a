import { resolve } from 'node:path';
import { bundleSizes } from './bundle';
import { exportBench } from './export';
import { ingest } from './ingest';
import { load, machine } from './machine';
import { pageCost } from './page-cost';
import { popupScale } from './popup-scale';
import { table, writeFigures } from './report';
import { storageGrowth } from './storage-growth';
import type { BenchPart, BenchRow } from './types';

const quick = process.env.BENCH_QUICK === '1';
/** `BENCH_ONLY=popup,export` runs only the parts whose names contain one of these words. */
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);

const PARTS: [string, BenchPart][] = [
  ['bundle sizes', bundleSizes],
  ['page cost', pageCost],
  ['popup at scale', popupScale],
  ['ingest', ingest],
  ['export', exportBench],
  ['storage growth', storageGrowth],
];

it(`npm run bench${quick ? ' (quick: breakage only)' : ''}`, async () => {
  const rows: BenchRow[] = [];
  const started = Date.now();
  const loadBefore = load();
  for (const [name, part] of PARTS) {
    if (only.length && !only.some((w) => name.includes(w))) continue;
    const t0 = Date.now();
    try {
      rows.push(...(await part({ quick })));
    } catch (e) {
      // A part that cannot run is breakage in either mode.
      rows.push({ name, measured: `error: ${(e as Error).message}`, budget: 'runs', ok: false });
    }
    console.log(`bench: ${name} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const figures = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${quick ? 'quick' : 'full'} mode, ${minutes} min.`,
    `Machine: ${machine()}; load average ${loadBefore} at the start, ${load()} at the end.`,
    '',
    table(rows),
  ].join('\n');
  console.log(`\n${figures}\n`);
  if (process.env.BENCH_WRITE_DOCS === '1' && !only.length)
    await writeFigures(resolve(__dirname, '../../docs/performance.md'), figures);
  // Quick mode (CI) fails only on breakage; timings there are too small and noisy to judge.
  const failed = rows.filter((r) => !r.ok && !(quick && r.timing));
  expect(failed.map((r) => `${r.name}: ${r.measured} (budget ${r.budget})`)).toEqual([]);
});
