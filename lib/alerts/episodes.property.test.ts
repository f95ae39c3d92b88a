import { putReading, recorder, T0 } from '@/test/support/alerts';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, type CreditwatchDB } from '../db/database';
import { LOW_HYSTERESIS_POINTS } from './conditions';
import { createAlertsFollower } from './follower';

const DAY = 86_400_000;
const KEY = 'suno:credits';
const LOW = 20; // the default threshold

type Op =
  { t: 'read'; pct: number } | { t: 'renew'; pct: number } | { t: 'restart' } | { t: 'settings' };

// Readings cluster around the threshold, where wobbling would re-fire a careless rule.
const pct = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: LOW - 5, max: LOW + 10 }));

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('read' as const), pct }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('renew' as const), pct }) },
  { weight: 2, arbitrary: fc.constant({ t: 'restart' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'settings' as const }) },
);

let run = 0;

describe('alert episodes under any readings and worker restarts', () => {
  // Many databases in a row: a generous ceiling for a shared, busy machine (not a speed check).
  it(
    'fire a low alert when an episode starts and never twice in one episode',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 40 }), async (ops) => {
          const name = `episodes-${process.pid}-${++run}`;
          const rec = recorder(); // the browser's notification list outlives the worker
          let db: CreditwatchDB = openDatabase(name);
          let now = T0;
          let resetsAt = T0 + DAY;
          let follow = createAlertsFollower(rec, () => now);
          // For each op: did it fire a low alert, and what did it tell about the episode?
          const fires: number[] = [];
          const ends: number[] = [];
          const lows: number[] = [];
          try {
            for (const [i, o] of ops.entries()) {
              now += 60_000;
              const before = rec.notices.length;
              if (o.t === 'restart') {
                db.close();
                db = openDatabase(name);
                follow = createAlertsFollower(rec, () => now);
                continue;
              }
              if (o.t === 'renew') {
                now = resetsAt;
                resetsAt = now + DAY;
                ends.push(i);
              }
              if (o.t !== 'settings') {
                await putReading(db, KEY, now, { remaining: o.pct * 10, limit: 1000, resetsAt });
                if (o.pct < LOW) lows.push(i);
                if (o.pct >= LOW + LOW_HYSTERESIS_POINTS) ends.push(i);
              }
              await follow(db, o.t === 'settings' ? { times: [] } : { tool: 'suno', times: [now] });
              const fresh = rec.notices.slice(before).filter((n) => n.id.startsWith('cw|low|'));
              expect(fresh.length).toBeLessThanOrEqual(1);
              if (fresh.length) fires.push(i);
            }
            // Every fire happens on a low reading…
            for (const f of fires) expect(lows).toContain(f);
            // …the first low reading fires (nothing is missed)…
            expect(fires[0]).toBe(lows[0]);
            // …and between two fires the episode ended: a clear recovery or a renewal.
            for (let k = 1; k < fires.length; k++)
              expect(ends.some((e) => e > fires[k - 1]! && e <= fires[k]!)).toBe(true);
          } finally {
            db.close();
            await openDatabase(name).delete();
          }
        }),
        { numRuns: 60 },
      );
    },
  );
});
