import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run test:stress`: two projects run one after the other by the script. `stress-unit`
 * drives the background's code with thousands of generated inputs in fake-indexeddb;
 * `stress-browser` drives the built extension in real Chromium, one browser at a time.
 */
export default defineConfig({
  root,
  test: {
    projects: [
      {
        root,
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'stress-unit',
          globals: true,
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto'],
          include: ['test/stress/**/*.test.ts'],
          testTimeout: 180_000,
        },
      },
      {
        root,
        resolve: { alias: { '@': root } },
        test: {
          name: 'stress-browser',
          globals: true,
          include: ['test/stress/**/*.stress.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
