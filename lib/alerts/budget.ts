import type { Follower } from '../ingest/followers';
import { t } from '../i18n';
import { currentMonth, monthFigures } from '../ledger/month';
import { loadSettings } from '../settings/load';
import { formatAmount } from '../view/format';
import type { Notifier } from './notifier';
import { fireOnce } from './record';

/**
 * The monthly budget across all tools: one notification the first time this month's spending
 * passes it, keyed by month so next month starts a new episode. Reads the ledger's day totals
 * only, so it runs after `refreshDays` has brought them up to date.
 */
export function createBudgetFollower(notifier: Notifier, clock = () => Date.now()): Follower {
  return async (db) => {
    const { global } = await loadSettings(db);
    const now = clock();
    const month = currentMonth(now);
    const budget = global.budgetUsd;
    const spent = budget === undefined ? 0 : (await monthFigures(db, month, now)).usd;
    const over = budget !== undefined && budget > 0 && spent > budget;
    const key = `budget:${month}`;
    // Nothing to record while under budget with no episode open: "delete everything" stays empty.
    if (!over && !(await db.alerts.get(key))) return;
    await fireOnce(
      db,
      key,
      'budget',
      over,
      {
        title: t('alertBudgetTitle'),
        message: t('alertBudgetBody', formatAmount(spent, 'usd'), formatAmount(budget ?? 0, 'usd')),
      },
      notifier,
      now,
    );
  };
}
