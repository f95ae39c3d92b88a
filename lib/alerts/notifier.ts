import type { Notice } from './notice';

/** Where notifications and the badge go; the browser in production, a recorder in tests. */
export interface Notifier {
  notify(id: string, notice: Notice): Promise<void>;
  badge(view: BadgeView): Promise<void>;
}

export type Severity = 'red' | 'amber';

export interface BadgeView {
  /** "12%", "!" or "" (cleared). */
  text: string;
  severity?: Severity;
  title: string;
}
