import type { AlertKind, AlertState } from '../model/alert';
import type { GlobalSettings } from '../model/settings';
import type { MeterCondition } from './conditions';

/** Reset times that move by less than this are the same window (sites round and recompute them). */
export const RESET_TOLERANCE_MS = 10 * 60_000;

export type Episodic = Extract<AlertKind, 'low' | 'runOut'>;

/** What `step` needs of a meter's condition; a subset so the rule reads on its own. */
export type StepInput = Pick<
  MeterCondition,
  'low' | 'lowCleared' | 'runOut' | 'runOutCleared' | 'resetsAt' | 'at'
>;

export interface Step {
  next: AlertState;
  /** Alerts that start now and should be shown, at most one of each kind. */
  fire: AlertKind[];
}

/**
 * The window renewed: the reset time moved on by more than jitter, and the old reset time
 * had been reached by the reading that says so.
 */
export function renewed(prevResetsAt: number | undefined, c: StepInput): boolean {
  return (
    prevResetsAt !== undefined &&
    c.resetsAt !== undefined &&
    c.resetsAt > prevResetsAt + RESET_TOLERANCE_MS &&
    c.at >= prevResetsAt - RESET_TOLERANCE_MS
  );
}

/**
 * One meter's next alert state. An alert fires when its condition starts (inactive → active)
 * and not again until the episode ends: the condition is clearly over (hysteresis) or the
 * window renewed. Conditions are tracked even when their notification is switched off, so
 * switching it on later does not announce an episode that is already under way.
 */
export function step(
  key: string,
  prev: AlertState | undefined,
  c: StepInput,
  notify: Pick<GlobalSettings, 'notifyLow' | 'notifyRunOut' | 'notifyReset'>,
  now: number,
): Step {
  const active = new Set<AlertKind>(prev?.active ?? []);
  const fire: AlertKind[] = [];
  if (renewed(prev?.resetsAt, c)) {
    active.delete('low');
    active.delete('runOut');
    if (notify.notifyReset) fire.push('reset');
  }
  const rules: [Episodic, boolean | undefined, boolean, boolean][] = [
    ['low', c.low, c.lowCleared, notify.notifyLow],
    ['runOut', c.runOut, c.runOutCleared, notify.notifyRunOut],
  ];
  for (const [kind, on, cleared, wanted] of rules) {
    if (active.has(kind)) {
      if (cleared) active.delete(kind);
    } else if (on) {
      active.add(kind);
      if (wanted) fire.push(kind);
    }
  }
  const fired = { ...prev?.fired };
  for (const k of fire) fired[k] = now;
  const next: AlertState = {
    key,
    active: [...active].sort(),
    fired,
    resetsAt: c.resetsAt ?? prev?.resetsAt,
  };
  return { next, fire };
}

/** True when storing `next` over `prev` would change nothing. */
export function sameState(prev: AlertState | undefined, next: AlertState): boolean {
  return !!prev && JSON.stringify(prev) === JSON.stringify(next);
}
