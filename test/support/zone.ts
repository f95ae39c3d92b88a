/**
 * Runs `fn` with the process in another time zone (Node applies a change of `process.env.TZ`
 * at once), then puts the zone back: for daylight-saving edges, which only exist in some zones.
 */
export async function inZone<T>(zone: string, fn: () => T | Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
