/**
 * Where the background keeps the last storage failure; the popup shows it until a commit
 * works. Apart from ./status.ts so that the popup reads it without loading zod first.
 */
export const STORAGE_STATUS_KEY = 'status:storage';
