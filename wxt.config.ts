import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hostPermissions } from './lib/adapters/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // Content scripts run on exactly the hosts the adapters declare, nowhere else.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      for (const e of entrypoints)
        if (e.type === 'content-script') e.options.matches = hostPermissions();
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
