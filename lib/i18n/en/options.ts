/** English strings of the options page's settings, manual tools and deletion. `{0}` marks a value. */
export const options = {
  optionsTitle: 'Creditwatch options',
  settingsTitle: 'Tools and alerts',
  manualTitle: 'Tools you track by hand',
  deleteTitle: 'Delete data',
} as const;
