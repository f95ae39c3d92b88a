import type { Reading } from './reading';

/**
 * The latest state of one meter, kept beside the history so the popup reads a handful of
 * rows instead of scanning readings. `lastSeen` moves on every unchanged sighting; a new
 * reading row is written only when a value changes.
 */
export interface MeterState {
  key: string;
  tool: string;
  meter: string;
  latest: Reading;
  lastSeen: number;
}
