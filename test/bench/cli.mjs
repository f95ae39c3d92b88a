// `npm run bench [-- --quick] [--write-docs] [--no-build]`: builds what is measured, then runs
// every part in real Chromium (vitest.bench.config.ts) and prints one table.
// See docs/performance.md.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
const writeDocs = args.includes('--write-docs');
const build = !args.includes('--no-build');

function run(cmd, cmdArgs, env = {}) {
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('node', ['test/e2e/require-chromium.mjs']);
// The production build and store zips (`npm run build`), then the bench build with lifted
// rate limits in .output/chrome-mv3-bench, used only by the ingest part.
if (build) {
  run('npx', ['wxt', 'zip']);
  run('npx', ['wxt', 'zip', '-b', 'firefox']);
  run('npx', ['wxt', 'build', '--mode', 'bench']);
}
run('npx', ['vitest', 'run', '--config', 'vitest.bench.config.ts'], {
  BENCH_QUICK: quick ? '1' : '0',
  BENCH_WRITE_DOCS: writeDocs && !quick ? '1' : '0',
});
