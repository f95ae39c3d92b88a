/** English strings of the alerts area (notifications, toolbar badge). `{0}` marks a value. */
export const alerts = {
  alertLowTitle: '{0} is running low',
  alertLowBody: '{0}: {1}.',
  alertRunOutTitle: '{0} may run out before it resets',
  alertRunOutBody: '{0}: at the recent pace it is empty in {1}; it resets in {2}.',
  alertResetTitle: '{0} renewed',
  alertResetBody: '{0}: {1}.',
  alertBadgeLow: 'Creditwatch: {0} {1} is low ({2})',
  alertBadgeRunOut: 'Creditwatch: {0} {1} may run out before it resets ({2})',
  alertBadgeIdle: 'Creditwatch',
  alertBudgetTitle: 'Monthly AI budget passed',
  alertBudgetBody: 'This month so far: {0} of your {1} budget.',
} as const;
