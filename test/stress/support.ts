import type { Envelope } from '@/lib/model/wire';

export { SELF_ID as SELF, sunoSender } from '@/test/support/envelopes';
export const T0 = Date.parse('2026-11-21T12:00:00Z');

/**
 * Suno items as the relay sends them: `tasks` generations with the site's ids and `readings`
 * billing answers with a falling balance, interleaved in time, a second apart.
 */
export function sunoItems(tasks: number, readings: number): Envelope[] {
  const out: Envelope[] = [];
  const n = Math.max(tasks, readings);
  for (let i = 0; i < n; i++) {
    if (i < tasks)
      out.push({
        type: 'request',
        id: `task-${String(i).padStart(6, '0')}`,
        at: T0 + i * 2000,
        url: 'https://studio-api.prod.suno.com/api/generate/v2/',
        method: 'POST',
        status: 200,
        body: '{"mv":"chirp-v4"}',
        response: JSON.stringify({ id: `gen-${i}` }),
      });
    if (i < readings)
      out.push({
        type: 'response',
        id: `read-${String(i).padStart(6, '0')}`,
        at: T0 + i * 2000 + 1000,
        url: 'https://studio-api.prod.suno.com/api/billing/info/',
        status: 200,
        body: JSON.stringify({ total_credits_left: readings - i, monthly_limit: 5000 }),
      });
  }
  return out;
}
