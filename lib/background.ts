import { browser } from 'wxt/browser';
import { alertsFollower, browserNotifier, onNotificationClicked } from './alerts/browser';
import { createBudgetFollower } from './alerts/budget';
import { refreshBadge } from './alerts/follower';
import { handleDataCommand } from './backup/command';
import { getDatabase } from './db/database';
import { adoptEvery, localArea } from './ingest/adopt';
import { forgetSpecs } from './content/pending';
import { deliver } from './ingest/deliver';
import { attribute, fromExtensionPage } from './ingest/attribute';
import {
  followerQueue,
  savedChanges,
  type Change,
  type Follower,
  type FollowerTiming,
} from './ingest/followers';
import { storageStatusRecorder } from './ingest/status';
import { refreshDays } from './ledger/days';
import { refreshPace } from './forecast/refresh';
import { watchSpec } from './ingest/watch';
import { renewSnapshot, writeSnapshot } from './view/write-snapshot';
import { onMessage } from './messaging/protocol';
import { handleSettingsCommand } from './settings/commands';
import { RateLimiter } from './util/ratelimit';

/** What follows every stored batch and every settings change, in this order. */
const FOLLOWERS: Follower[] = [
  refreshDays,
  refreshPace,
  createBudgetFollower(browserNotifier),
  alertsFollower, // last: it reads what the others derived
];

/**
 * The ledger, alerts and badge follow a page's captures once they pause for half a second (at most
 * 5 s into a long stream): done per batch, that work competed with the page for the CPU while
 * it streamed (docs/performance.md). Changes from the options page go at once.
 */
const TIMING: FollowerTiming = { settleMs: 500, maxWaitMs: 5_000 };

/** How long after the worker starts it checks that the popup's snapshot serves today. */
const RENEW_AFTER_MS = 3_000;

/** Wires the background's listeners; called synchronously at the top of its main. */
export function registerBackground(): void {
  const selfId = browser.runtime.id;
  const pageBase = browser.runtime.getURL('/');
  const limiter = new RateLimiter();
  const status = storageStatusRecorder(browser.storage.local);
  const followers = followerQueue(getDatabase, FOLLOWERS, {
    timing: TIMING,
    store: savedChanges(browser.storage.local),
    // After the ledger, pace and alerts: the popup's snapshot of what they derived. Only
    // after a pass, not at every worker start (the worker starts often, and nothing changed);
    // until the first pass after an install or update the popup reads the tables instead.
    afterPass: (db) => writeSnapshot(db),
  });
  // Start with the browser: the badge is set again, and changes saved by a worker stopped
  // before its pass are followed.
  browser.runtime.onStartup.addListener(() => {});
  // Pages use the watch spec they cached without asking while the version holds; a reload in
  // development keeps the version, so every install, update and reload starts them afresh.
  browser.runtime.onInstalled.addListener(
    () => void forgetSpecs(localArea(browser.storage.local)).catch(() => {}),
  );
  browser.notifications.onClicked.addListener(
    (id) => void onNotificationClicked(getDatabase(), id),
  );
  onMessage('watch', ({ sender }) => {
    const adapter = attribute(sender, selfId);
    return adapter ? watchSpec(adapter) : null;
  });
  const deliverDeps = {
    db: getDatabase,
    selfId,
    limiter,
    status,
    onStored: (tool: string, times: number[]) => void followers.notify({ tool, times }),
  };
  onMessage('deliver', ({ data, sender }) => deliver(data, sender, deliverDeps));
  // Items saved by tabs that closed before delivery are stored without waiting for a revisit.
  adoptEvery(localArea(browser.storage.local), deliverDeps);
  onMessage('settings', async ({ data, sender }) => {
    if (!fromExtensionPage(sender, selfId, pageBase))
      return { ok: false, error: 'not from an extension page' };
    // A manual balance or a deletion names the tool and times it touched; settings name none.
    const changes: Change[] = [];
    const result = await handleSettingsCommand(getDatabase(), data, Date.now(), (c) =>
      changes.push(c),
    );
    // Answered once the ledger, alerts, badge and popup snapshot have followed: a page that
    // saved something then shows it.
    if (result.ok)
      await Promise.all(
        (changes.length ? changes : [{ times: [] }]).map((c) => followers.notify(c, true)),
      );
    return result;
  });
  onMessage('data', async ({ data, sender }) => {
    if (!fromExtensionPage(sender, selfId, pageBase))
      return { ok: false, error: 'not from an extension page' };
    const result = await handleDataCommand(getDatabase(), data);
    if (result.ok) await followers.notify({ times: [] }, true);
    return result;
  });
  // Last, after every listener is in place. The browser forgets the badge when it restarts:
  // set it again whenever the worker starts.
  void refreshBadge(getDatabase(), browserNotifier).catch((e) =>
    console.error('creditwatch: badge refresh failed', e),
  );
  // Changes a stopped worker stored but never followed: their ledger days, alerts and badge.
  void followers.resume().catch((e) => console.error('creditwatch: resuming changes failed', e));
  // The popup turns away a snapshot older than yesterday (it carries the sums of its day and
  // the next) or of an older shape, and reads the tables, slower. The worker starts with the
  // browser and with the first supported page: write it again then, clear of that page's load.
  setTimeout(
    () =>
      void renewSnapshot(getDatabase()).catch((e) =>
        console.error('creditwatch: renewing the popup snapshot failed', e),
      ),
    RENEW_AFTER_MS,
  );
}
