import type { Category, MeterKind, TaskKind, Unit } from './enums';

/** One balance a tool exposes; declared by the adapter, never by a page. */
export interface MeterSpec {
  label: string;
  kind: MeterKind;
  unit: Unit;
  /**
   * Watches units another meter of the tool already counts (OpenRouter's key limit is a cap
   * over the account's dollars; Cursor's included usage was paid for by the subscription): the
   * ledger leaves its drops out, so nothing is spent twice.
   */
  overlaps?: boolean;
}

export interface RateCardEntry {
  cost: number;
  unit: Unit;
  /** The meter the cost is charged to, so a balance drop can confirm it. */
  meter: string;
}

/**
 * What a supported tool is and where it lives: plain data, the one description of the tool
 * (lib/sites/<id>/tool.ts). The popup and options pages load these, never the parsers.
 */
export interface ToolInfo {
  id: string;
  name: string;
  category: Category;
  /** The tool's own page where a person sees the balance. */
  usageUrl: string;
  /** Page hosts where the content scripts run. */
  hosts: string[];
  /**
   * Match-pattern paths the content scripts run on, for sites where only a few pages matter
   * (e.g. `/settings/*` on github.com). Default: every page of `hosts`.
   */
  pages?: string[];
  /** Other hosts the site's pages fetch their JSON from. */
  apiHosts?: string[];
  /** Pages that should show a balance; finding nothing there is a reader failure. */
  usagePath?: RegExp;
  meters: Record<string, MeterSpec>;
  rateCard?: Partial<Record<TaskKind, RateCardEntry>>;
  /** USD per unit where the tool publishes one; the user's own price overrides it. */
  pricePerUnit?: number;
}
