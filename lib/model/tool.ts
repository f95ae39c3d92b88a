import type { Category, MeterKind, TaskKind, Unit } from './enums';

/** One balance a tool exposes; declared by the adapter, never by a page. */
export interface MeterSpec {
  label: string;
  kind: MeterKind;
  unit: Unit;
}

export interface RateCardEntry {
  cost: number;
  unit: Unit;
  /** The meter the cost is charged to, so a balance drop can confirm it. */
  meter: string;
}

export interface ToolInfo {
  id: string;
  name: string;
  category: Category;
  /** The tool's own page where a person sees the balance. */
  usageUrl: string;
  meters: Record<string, MeterSpec>;
  rateCard?: Partial<Record<TaskKind, RateCardEntry>>;
  /** USD per unit where the tool publishes one; the user's own price overrides it. */
  pricePerUnit?: number;
}
