import { browser } from 'wxt/browser';
import type { CreditwatchDB } from '../db/database';
import { BADGE_COLORS } from './badge';
import { clickTarget } from './click';
import { createAlertsFollower } from './follower';
import type { Notifier } from './notifier';

/** Notifications and the toolbar badge through the browser's own APIs. */
export const browserNotifier: Notifier = {
  async notify(id, notice) {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
    });
  },
  async badge(view) {
    await browser.action.setBadgeText({ text: view.text });
    await browser.action.setTitle({ title: view.title });
    if (!view.severity) return;
    const colors = BADGE_COLORS[view.severity];
    await browser.action.setBadgeBackgroundColor({ color: colors.background });
    // Older browsers lack a badge text colour; their default (white) is still readable.
    await browser.action.setBadgeTextColor?.({ color: colors.text });
  },
};

/** The follower in the background's FOLLOWERS list. */
export const alertsFollower = createAlertsFollower(browserNotifier);

/** Opens what a clicked notification is about in a new tab, then dismisses it. */
export async function onNotificationClicked(db: CreditwatchDB, id: string): Promise<void> {
  const url = await clickTarget(
    db,
    id,
    browser.runtime.getURL('/'),
    browser.runtime.getURL('/options.html'),
  );
  if (!url) return;
  try {
    await browser.tabs.create({ url });
    await browser.notifications.clear(id);
  } catch (e) {
    console.error('creditwatch: could not open the page of a notification', e);
  }
}
