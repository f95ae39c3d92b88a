import { ADAPTERS } from '../adapters';
import type { CreditwatchDB } from '../db/database';
import { isFailing, type Health } from '../model/health';
import type { MeterState } from '../model/meter';
import type { Task } from '../model/task';
import type { ToolInfo } from '../model/tool';
import { meterView, type MeterView } from './meter-view';
import { taskCosts, type TaskCost } from './task-costs';

const TASK_WINDOW_MS = 30 * 86_400_000;

export interface ToolView {
  tool: ToolInfo;
  meters: MeterView[];
  failing?: Health['lastFailure'];
  /** Cost per task by kind over the last 30 days. */
  costs: TaskCost[];
  /** The lowest share left among its meters; drives the order of cards. */
  urgency: number;
}

/** Everything the popup shows, from the small per-meter table; no history scans. */
export async function loadPopup(db: CreditwatchDB, now: number): Promise<ToolView[]> {
  const [meters, health] = await Promise.all([db.meters.toArray(), db.health.toArray()]);
  const byTool = new Map<string, MeterState[]>();
  for (const m of meters) byTool.set(m.tool, [...(byTool.get(m.tool) ?? []), m]);
  const healthOf = new Map(health.map((h) => [h.tool, h]));
  const recent = new Map<string, Task[]>();
  for (const t of await db.tasks
    .where('at')
    .aboveOrEqual(now - TASK_WINDOW_MS)
    .toArray())
    recent.set(t.tool, [...(recent.get(t.tool) ?? []), t]);
  const views: ToolView[] = [];
  for (const tool of ADAPTERS) {
    const states = byTool.get(tool.id) ?? [];
    const h = healthOf.get(tool.id);
    const tasks = recent.get(tool.id) ?? [];
    // A tool shows once it has a balance, a task, or a reader failure worth telling.
    if (!states.length && !tasks.length && !isFailing(h)) continue;
    const mv = states
      .filter((s) => tool.meters[s.meter])
      .map((s) => meterView(tool.meters[s.meter]!, s.latest, s.lastSeen, now))
      .sort((a, b) => (a.percentLeft ?? 101) - (b.percentLeft ?? 101));
    views.push({
      tool,
      meters: mv,
      failing: isFailing(h) ? h.lastFailure : undefined,
      costs: taskCosts(tasks),
      urgency: Math.min(101, ...mv.map((m) => m.percentLeft ?? 101)),
    });
  }
  return views.sort((a, b) => a.urgency - b.urgency || a.tool.name.localeCompare(b.tool.name));
}
