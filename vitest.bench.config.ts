import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run bench` (test/bench/cli.mjs): real Chromium, one part at a time, the table printed as is.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    globals: true,
    include: ['test/bench/**/*.bench-run.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    disableConsoleIntercept: true,
  },
});
