import type { Reading } from '../model/reading';

/** A reading's values in the meter's own unit (raw × scale). */
export function scaled(r: Reading, field: 'remaining' | 'used' | 'limit'): number | undefined {
  const v = r[field];
  return v === undefined ? undefined : v * r.scale;
}

/**
 * What was spent between two readings of one meter, in the meter's unit: positive for
 * consumption, negative when the balance went up (a top-up or a reset), undefined when the
 * two readings share no comparable field. Rounded to a millionth so float noise is not spend.
 */
export function consumed(prev: Reading, next: Reading): number | undefined {
  let d: number | undefined;
  const [pr, nr] = [scaled(prev, 'remaining'), scaled(next, 'remaining')];
  const [pu, nu] = [scaled(prev, 'used'), scaled(next, 'used')];
  if (pr !== undefined && nr !== undefined) d = pr - nr;
  else if (pu !== undefined && nu !== undefined) d = nu - pu;
  else if (prev.percentUsed !== undefined && next.percentUsed !== undefined)
    d = next.percentUsed - prev.percentUsed;
  return d === undefined ? undefined : Math.round(d * 1e6) / 1e6;
}

/** True when two readings say the same thing, whenever they were seen. */
export function sameValues(a: Reading, b: Reading): boolean {
  return (
    a.remaining === b.remaining &&
    a.used === b.used &&
    a.limit === b.limit &&
    a.percentUsed === b.percentUsed &&
    a.scale === b.scale &&
    a.resetsAt === b.resetsAt &&
    a.exact === b.exact
  );
}
