/** The extension's one IndexedDB database (kept apart so that reading it needs no Dexie). */
export const DB_NAME = 'creditwatch';
