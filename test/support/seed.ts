import type { Reading } from '@/lib/model/reading';
import type { Task } from '@/lib/model/task';

export const SEED_START = Date.parse('2026-01-01T00:00:00Z');

/** Plausible history: `n` readings spread over tools and meters, and as many tasks. */
export function seedRows(n: number): { readings: Reading[]; tasks: Task[] } {
  const readings: Reading[] = [];
  const tasks: Task[] = [];
  for (let i = 0; i < n; i++) {
    const tool = ['suno', 'openrouter', 'claude'][i % 3]!;
    const meter = tool === 'suno' ? 'credits' : tool === 'openrouter' ? 'balance' : 'five_hour';
    const at = SEED_START + i * 60_000;
    readings.push({
      id: `${tool}:${meter}@${at}`,
      tool,
      meter,
      meterKey: `${tool}:${meter}`,
      at,
      remaining: 1000 - (i % 1000),
      scale: 1,
      exact: true,
      source: 'json',
    });
    tasks.push({
      id: `${tool}:seed-${i}`,
      tool,
      kind: 'message',
      at,
      cost: 1,
      unit: 'credits',
      basis: 'rate_card',
    });
  }
  return { readings, tasks };
}
