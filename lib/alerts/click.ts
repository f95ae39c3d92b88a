import { toolById } from '../catalog';
import type { CreditwatchDB } from '../db/database';
import { parseNoticeId } from './notice';

/** The page a click on an alert about `key` opens: the tool's usage page when it has one. */
export async function usagePageFor(db: CreditwatchDB, key: string): Promise<string | undefined> {
  const tool = key.split(':')[0] ?? '';
  const info = toolById(tool);
  if (info) return info.usageUrl;
  if (!tool.startsWith('m_')) return undefined;
  return (await db.manualTools.get(tool))?.usageUrl;
}

/**
 * Where a click on notification `id` leads: the URL it carries when that is https or one of
 * this extension's pages, else the tool's usage page, else `fallback` (the options page).
 * Undefined for notifications that are not ours.
 */
export async function clickTarget(
  db: CreditwatchDB,
  id: string,
  extensionBase: string,
  fallback: string,
): Promise<string | undefined> {
  const parsed = parseNoticeId(id);
  if (!parsed) return undefined;
  const { url } = parsed;
  if (url && (url.startsWith('https://') || url.startsWith(extensionBase))) return url;
  return (await usagePageFor(db, parsed.key)) ?? fallback;
}
