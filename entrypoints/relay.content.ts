import { startRelay } from '@/lib/content/relay';
import { send } from '@/lib/messaging/send';

export default defineContentScript({
  // Filled in by wxt.config.ts from the adapter list: exactly the supported hosts.
  matches: [],
  runAt: 'document_start',
  main() {
    const runtimeSend = (m: unknown) => browser.runtime.sendMessage(m);
    void startRelay({
      doc: document,
      getSpec: () => send(runtimeSend, 'watch', null),
      send: (batch) => send(runtimeSend, 'deliver', batch),
      storage: {
        get: (key) => browser.storage.local.get(key),
        getAll: () => browser.storage.local.get(null),
        set: (items) => browser.storage.local.set(items),
        remove: (keys) => browser.storage.local.remove(keys),
      },
    });
  },
});
