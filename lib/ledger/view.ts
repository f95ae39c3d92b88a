import type { Unit } from '../model/enums';
import { formatAmount } from '../view/format';

/** "27 credits, 25%": units by unit, in a fixed order; empty when there are none. */
export function formatUnits(units: Partial<Record<Unit, number>>): string {
  return (Object.entries(units) as [Unit, number][])
    .filter(([, q]) => q)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([u, q]) => formatAmount(q, u))
    .join(', ');
}

/** "November 2026" for a YYYY-MM month. */
export function monthName(month: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(y, m - 1, 1).toLocaleDateString('en-US', {
    month: style,
    year: style === 'long' ? 'numeric' : '2-digit',
  });
}
