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
  /**
   * Where the latest stretch of spending began (lib/forecast/pace.ts paceStart), worked out
   * by the background after changes so the popup forecasts without reading history. Valid
   * only while `of` equals `latest.at`; a newer reading leaves it stale until the next pass.
   */
  pace?: { of: number; at: number; left: number };
}
