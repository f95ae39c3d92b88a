import type { Page } from 'playwright-core';

/** Every row of a table, read straight from the extension's IndexedDB in one of its pages. */
export function readRows<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (t) =>
      new Promise<T[]>((res, rej) => {
        const open = indexedDB.open('creditwatch');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(t).objectStore(t).getAll();
          req.onsuccess = () => {
            res(req.result as T[]);
            open.result.close();
          };
          req.onerror = () => rej(req.error);
        };
      }),
    table,
  );
}
