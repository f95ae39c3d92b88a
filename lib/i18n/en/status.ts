/** English strings of the storage status the popup shows. `{0}` marks a value. */
export const status = {
  storageQuota:
    'Your browser refused to store more data (the disk or its storage quota is full). {0} new items are waiting and will be saved as soon as there is room.',
  storageClosed:
    'The database was closed while saving. {0} new items are waiting and will be saved on the next try.',
  storageOther: 'Saving failed ({1}). {0} new items are waiting and will be saved on the next try.',
  storageSince: 'since {0}',
} as const;
