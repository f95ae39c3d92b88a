import { installObserver } from '@/lib/content/observer';

export default defineContentScript({
  // Filled in by wxt.config.ts from the adapter list: exactly the supported hosts.
  matches: [],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installObserver(window);
  },
});
