import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM } from '../support/chromium';

/** The 1-minute load average: on a shared machine it says more about timings than the CPU. */
export const load = () => loadavg()[0]!.toFixed(1);

/** Where the figures were measured, for the record in docs/performance.md. */
export function machine(): string {
  const cpu = cpus();
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    /* the parts will fail loudly on their own */
  }
  return [
    `${cpu.length} cores, ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`,
    `Node ${process.versions.node}`,
    chromium,
  ].join('; ');
}
