/** English strings. Every user-visible string goes through `t()`; `{0}` marks a value. */
export const en = {
  appName: 'Creditwatch',
  emptyTitle: 'No balances yet',
  emptyBody: 'Visit one of these sites while signed in and its balance appears here:',
  left: '{0} left',
  leftOf: '{0} left of {1}',
  usedOf: '{0} used of {1}',
  used: '{0} used',
  percentLeft: '{0}% left',
  resetsIn: 'resets in {0}',
  resetDue: 'reset due',
  updated: 'updated {0}',
  justNow: 'just now',
  ago: '{0} ago',
  estimated: 'estimated',
  exact: 'exact',
  failing: "Couldn't read {0} since {1}: {2}. The site may have changed.",
  openUsage: 'Open {0} usage page',
  meterBar: '{0}: {1}',
} as const;

export type MessageKey = keyof typeof en;
