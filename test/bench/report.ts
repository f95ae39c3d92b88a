import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { BenchRow } from './types';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The one table `npm run bench` prints, in markdown so it can go into the docs as is. */
export function table(rows: BenchRow[]): string {
  return [
    '| name | measured | budget | ok |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.name)} | ${cell(r.measured)} | ${cell(r.budget)} | ${r.ok ? 'yes' : 'NO'} |`,
    ),
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/**
 * Replaces the figures between the markers of docs/performance.md with a fresh run's,
 * formatted as the format check wants it.
 */
export async function writeFigures(docPath: string, figures: string): Promise<void> {
  const doc = readFileSync(docPath, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${docPath} has no ${START} … ${END} section`);
  const next = `${doc.slice(0, a + START.length)}\n\n${figures}\n\n${doc.slice(b)}`;
  const options = (await resolveConfig(docPath)) ?? {};
  writeFileSync(docPath, await format(next, { ...options, filepath: docPath }));
}
