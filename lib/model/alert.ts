/** Why an alert fires. */
export type AlertKind = 'low' | 'runOut' | 'reset' | 'budget';

/**
 * One meter's (or the budget's) alert episode, stored so a worker restart never repeats a
 * notification: an alert fires when its condition starts and not again until it has ended.
 */
export interface AlertState {
  /** A meter key (`suno:credits`) or `budget:YYYY-MM`. */
  key: string;
  /** Conditions true at the last check. */
  active: AlertKind[];
  /** When each kind last fired. */
  fired: Partial<Record<AlertKind, number>>;
  /** The reset time of the episode, so a renewed window starts a new one. */
  resetsAt?: number;
}
