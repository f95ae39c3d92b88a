import type { Reading } from '../model/reading';
import type { Task } from '../model/task';

/** Builders for ledger tests: a reading of `tool:meter` and a task, with only what matters. */
export function reading(
  tool: string,
  meter: string,
  at: number,
  values: Partial<Reading> = {},
): Reading {
  return {
    id: `${tool}:${meter}@${at}`,
    tool,
    meter,
    meterKey: `${tool}:${meter}`,
    at,
    scale: 1,
    exact: true,
    source: 'json',
    ...values,
  };
}

export function task(tool: string, id: string, at: number, values: Partial<Task> = {}): Task {
  return { id: `${tool}:${id}`, tool, kind: 'song', at, basis: 'unknown', ...values };
}
