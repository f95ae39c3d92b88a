import { sendMessage, type CommandResult } from '@/lib/messaging/protocol';
import type { SettingsCommand } from '@/lib/settings/commands';

/**
 * Sends one command to the background, the only writer. A worker that cannot be reached is
 * an answer like any other refusal, so the page always has a message to show.
 */
export async function sendSettings(cmd: SettingsCommand): Promise<CommandResult> {
  try {
    return await sendMessage('settings', cmd);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
