import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hostPermissions } from './lib/adapters/hosts';
import { inlinePopupCss } from './lib/build/inline-popup-css';
import { popupFirstChunk } from './lib/build/popup-first';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The popup's first frame waits for every module it imports statically, so those go in one
    // chunk of their own ('popup-first'). Left to itself, Rollup groups modules by the pages that
    // use them, counting lazy imports: Dexie and zod, which the options page imports at once and
    // the popup only after its first frame, landed in one chunk with Preact (163 kB, 99 of them
    // Dexie) that the popup loaded before rendering.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'popup')) return;
      config.build ??= {};
      config.build.rollupOptions ??= {};
      config.build.rollupOptions.output = {
        ...config.build.rollupOptions.output,
        manualChunks: popupFirstChunk(),
      };
      config.plugins = [...(config.plugins ?? []), inlinePopupCss()];
    },
    // Content scripts run on exactly the hosts the adapters declare, nowhere else.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints)
        if (e.type === 'content-script') e.options.matches = hostPermissions();
    },
    // The isolated relay is an unlisted script (entrypoints/relay.ts says why), listed here.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: hostPermissions(), js: ['relay.js'], run_at: 'document_start' },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Creditwatch',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['notifications', 'storage'],
    // Exactly the supported sites: content scripts read what those pages already fetch.
    host_permissions: hostPermissions(),
    action: { default_title: 'Creditwatch' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'creditwatch@creditwatch.dev',
              strict_min_version: '128.0',
              // Firefox's built-in consent: Creditwatch collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
