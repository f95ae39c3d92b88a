import type { Task } from '../model/task';
import { taskCosts } from './task-costs';

const task = (over: Partial<Task>): Task => ({
  id: `t${Math.random()}`,
  tool: 'suno',
  kind: 'song',
  at: 1e12,
  basis: 'rate_card',
  ...over,
});

describe('taskCosts', () => {
  it('averages known costs per kind and keeps the least certain basis', () => {
    const out = taskCosts([
      task({ cost: 10, unit: 'credits' }),
      task({ cost: 20, unit: 'credits', basis: 'balance_drop' }),
      task({ kind: 'image' }),
    ]);
    expect(out).toEqual([
      { kind: 'song', count: 2, average: 15, unit: 'credits', basis: 'balance_drop' },
      { kind: 'image', count: 1 },
    ]);
  });

  it('never averages different units together', () => {
    const out = taskCosts([
      task({ kind: 'message', cost: 3, unit: 'percent', basis: 'balance_drop' }),
      task({ kind: 'message', cost: 5, unit: 'percent', basis: 'balance_drop' }),
      task({ kind: 'message', cost: 0.02, unit: 'usd', basis: 'reported' }),
    ]);
    expect(out).toEqual([
      { kind: 'message', count: 3, average: 4, unit: 'percent', basis: 'balance_drop' },
    ]);
  });
});
