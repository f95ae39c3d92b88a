import { registerBackground } from '@/lib/background';

export default defineBackground(() => {
  // Listeners must be registered synchronously on every start of the service worker.
  registerBackground();
});
