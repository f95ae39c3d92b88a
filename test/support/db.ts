import { openDatabase, type CreditwatchDB } from '@/lib/db/database';

let n = 0;

/** A fresh, uniquely named database in fake-indexeddb for one test. */
export function freshDb(): CreditwatchDB {
  return openDatabase(`test-${process.pid}-${++n}`);
}
