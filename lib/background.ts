import { browser } from 'wxt/browser';
import { alertsFollower, browserNotifier, onNotificationClicked } from './alerts/browser';
import { refreshBadge } from './alerts/follower';
import { getDatabase } from './db/database';
import { deliver } from './ingest/deliver';
import { attribute, fromExtensionPage } from './ingest/attribute';
import { followerQueue, type Follower } from './ingest/followers';
import { watchSpec } from './ingest/watch';
import { onMessage } from './messaging/protocol';
import { handleSettingsCommand } from './settings/commands';
import { RateLimiter } from './util/ratelimit';

/** What follows every stored batch and every settings change, in this order. */
const FOLLOWERS: Follower[] = [
  alertsFollower, // last: it reads what the others derived
];

/** Wires the background's listeners; called synchronously at the top of its main. */
export function registerBackground(): void {
  const selfId = browser.runtime.id;
  const pageBase = browser.runtime.getURL('/');
  const limiter = new RateLimiter();
  const followers = followerQueue(getDatabase, FOLLOWERS);
  browser.notifications.onClicked.addListener(
    (id) => void onNotificationClicked(getDatabase(), id),
  );
  onMessage('watch', ({ sender }) => {
    const adapter = attribute(sender, selfId);
    return adapter ? watchSpec(adapter) : null;
  });
  onMessage('deliver', ({ data, sender }) =>
    deliver(data, sender, {
      db: getDatabase,
      selfId,
      limiter,
      onStored: (tool, times) => void followers.notify({ tool, times }),
    }),
  );
  onMessage('settings', async ({ data, sender }) => {
    if (!fromExtensionPage(sender, selfId, pageBase))
      return { ok: false, error: 'not from an extension page' };
    const result = await handleSettingsCommand(getDatabase(), data);
    if (result.ok) void followers.notify({ times: [] });
    return result;
  });
  // Last, after every listener is in place. The browser forgets the badge when it restarts:
  // set it again whenever the worker starts.
  void refreshBadge(getDatabase(), browserNotifier).catch((e) =>
    console.error('creditwatch: badge refresh failed', e),
  );
}
