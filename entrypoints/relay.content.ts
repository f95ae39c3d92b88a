import { startRelay } from '@/lib/content/relay';
import { sendMessage } from '@/lib/messaging/protocol';

export default defineContentScript({
  // Filled in by wxt.config.ts from the adapter list: exactly the supported hosts.
  matches: [],
  runAt: 'document_start',
  main() {
    void startRelay({
      doc: document,
      getSpec: () => sendMessage('watch', null),
      send: (batch) => sendMessage('deliver', batch),
      storage: {
        get: (key) => browser.storage.local.get(key),
        getAll: () => browser.storage.local.get(null),
        set: (items) => browser.storage.local.set(items),
        remove: (keys) => browser.storage.local.remove(keys),
      },
    });
  },
});
