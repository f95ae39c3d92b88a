/** English strings of the spending views, the CSV export and backups. `{0}` marks a value. */
export const spending = {
  spendingTitle: 'Spending',
  backupTitle: 'Backup and restore',
} as const;
