import { startRelay } from '@/lib/content/relay';
import { send } from '@/lib/messaging/send';

// The isolated-world content script. An unlisted script that wxt.config.ts lists in the
// manifest's content_scripts itself: as a WXT content script it would carry WXT's script
// context (2.5 kB, and an event and a window message to every page at start) that it has no use
// for, since Chrome never injects a second copy into a page this extension already runs in.
export default defineUnlistedScript(() => {
  const runtimeSend = (m: unknown) => browser.runtime.sendMessage(m);
  void startRelay({
    doc: document,
    getSpec: () => send(runtimeSend, 'watch', null),
    version: browser.runtime.getManifest().version,
    send: (batch) => send(runtimeSend, 'deliver', batch),
    storage: {
      get: (key) => browser.storage.local.get(key),
      getAll: () => browser.storage.local.get(null),
      set: (items) => browser.storage.local.set(items),
      remove: (keys) => browser.storage.local.remove(keys),
    },
  });
});
