import * as z from 'zod/mini';
import { ReadingDraft } from '../model/reading';
import { TaskDraft } from '../model/task';
import type { Envelope } from '../model/wire';
import type { Adapter, ReadContext, Readout } from './types';

export type Outcome =
  | { kind: 'readout'; readings: ReadingDraft[]; tasks: TaskDraft[] }
  | { kind: 'failure'; reason: string; path?: string }
  /** Not for this adapter (another endpoint, a failed request): nothing to say. */
  | { kind: 'ignored' };

const ignored: Outcome = { kind: 'ignored' };

function fail(reason: string, path?: string): Outcome {
  return { kind: 'failure', reason: reason.slice(0, 300), path: path?.slice(0, 200) };
}

function issuePath(err: z.core.$ZodError): string {
  const issue = err.issues[0];
  return issue ? issue.path.map(String).join('.') || '(root)' : '(root)';
}

function describe(err: z.core.$ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'did not fit';
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  return issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** True when the URL is on one of the adapter's page or API hosts. */
export function ownsUrl(adapter: Adapter, url: URL): boolean {
  return (
    url.protocol === 'https:' &&
    (adapter.hosts.includes(url.hostname) || !!adapter.apiHosts?.includes(url.hostname))
  );
}

/**
 * Checks an adapter's output against the model and the adapter's own meters. One bad item
 * drops the whole payload: nothing is ever stored half-way.
 */
function validate(adapter: Adapter, out: Readout): Outcome {
  const readings: ReadingDraft[] = [];
  const tasks: TaskDraft[] = [];
  for (const [i, r] of (out.readings ?? []).entries()) {
    const parsed = ReadingDraft.safeParse(r);
    if (!parsed.success)
      return fail(`reading ${i} invalid: ${describe(parsed.error)}`, issuePath(parsed.error));
    if (!adapter.meters[parsed.data.meter])
      return fail(`reading ${i} names unknown meter "${parsed.data.meter}"`);
    readings.push(parsed.data);
  }
  for (const [i, t] of (out.tasks ?? []).entries()) {
    const parsed = TaskDraft.safeParse(t);
    if (!parsed.success)
      return fail(`task ${i} invalid: ${describe(parsed.error)}`, issuePath(parsed.error));
    tasks.push(parsed.data);
  }
  return { kind: 'readout', readings, tasks };
}

function guarded(adapter: Adapter, run: () => Readout): Outcome {
  try {
    return validate(adapter, run());
  } catch (e) {
    // An adapter bug must never take the ingest down with it; it becomes a health failure.
    return fail(`adapter threw: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function fromResponse(
  adapter: Adapter,
  env: Extract<Envelope, { type: 'response' }>,
  ctx: ReadContext,
): Outcome {
  const reader = adapter.responses.find((r) => r.match.test(ctx.url.pathname + ctx.url.search));
  if (!reader || env.status < 200 || env.status > 299) return ignored;
  const json = parseJson(env.body);
  if (!json.ok) return fail(`${ctx.url.pathname} did not return JSON`);
  const parsed = reader.schema.safeParse(json.value);
  if (!parsed.success)
    return fail(
      `${ctx.url.pathname}: schema mismatch, ${describe(parsed.error)}`,
      issuePath(parsed.error),
    );
  return guarded(adapter, () => reader.read(parsed.data, ctx));
}

function fromRequest(
  adapter: Adapter,
  env: Extract<Envelope, { type: 'request' }>,
  ctx: ReadContext,
): Outcome {
  const path = ctx.url.pathname + ctx.url.search;
  const reader = adapter.requests?.find((r) => r.method === env.method && r.match.test(path));
  // A rejected request spent nothing.
  if (!reader || (env.status !== undefined && env.status >= 400)) return ignored;
  const req = parseJson(env.body);
  const res = env.response === undefined ? undefined : parseJson(env.response);
  return guarded(adapter, () => {
    const found = reader.read
      ? reader.read(req.ok ? req.value : undefined, res?.ok ? res.value : undefined, ctx)
      : {};
    if (found === null) return {};
    const card = adapter.rateCard?.[reader.kind];
    const task: TaskDraft = { kind: reader.kind, ...found };
    if (task.cost === undefined && card) {
      Object.assign(task, {
        cost: card.cost,
        unit: card.unit,
        meter: card.meter,
        basis: 'rate_card',
      });
    }
    return { tasks: [task] };
  });
}

function fromText(
  adapter: Adapter,
  env: Extract<Envelope, { type: 'text' }>,
  ctx: ReadContext,
): Outcome {
  const onUsagePage = !!adapter.usagePath?.test(ctx.url.pathname);
  const nothing = onUsagePage ? fail(`nothing found on ${ctx.url.pathname}`) : ignored;
  const readText = adapter.readText;
  if (!readText || Object.keys(env.texts).length === 0) return nothing;
  const out = guarded(adapter, () => ({ readings: readText(env.texts, ctx) }));
  return out.kind === 'readout' && out.readings.length === 0 ? nothing : out;
}

/** Turns one envelope from a page into readings, tasks, or a reason it gave none. */
export function interpret(adapter: Adapter, env: Envelope): Outcome {
  const url = new URL(env.url);
  if (!ownsUrl(adapter, url)) return ignored;
  const ctx: ReadContext = { url, at: env.at };
  if (env.type === 'response') return fromResponse(adapter, env, ctx);
  if (env.type === 'request') return fromRequest(adapter, env, ctx);
  return fromText(adapter, env, ctx);
}
