/** Closed vocabularies shared by every layer; kept as tuples so zod and TypeScript read the same list. */
export const UNITS = [
  'credits',
  'points',
  'tokens',
  'characters',
  'requests',
  'hours',
  'usd',
  'percent',
] as const;
export type Unit = (typeof UNITS)[number];

export const METER_KINDS = ['prepaid', 'quota', 'percent', 'spend_cap'] as const;
export type MeterKind = (typeof METER_KINDS)[number];

export const CATEGORIES = ['text', 'code', 'image', 'video', 'audio'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SOURCES = ['json', 'text', 'manual'] as const;
export type Source = (typeof SOURCES)[number];

export const TASK_KINDS = ['message', 'song', 'image', 'video', 'speech', 'completion'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** How a task's cost is known, from most to least certain. */
export const COST_BASES = ['reported', 'rate_card', 'balance_drop', 'unknown'] as const;
export type CostBasis = (typeof COST_BASES)[number];

/** The one meter of a manual tool (lib/model/manual.ts), stored as its readings' `meter`. */
export const MANUAL_METER = 'balance';
