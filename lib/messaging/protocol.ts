import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Ack, WatchSpec } from '../model/wire';

/** What the background answers a command from an extension page. */
export type CommandResult = { ok: true; value?: unknown } | { ok: false; error: string };

/**
 * The one protocol between content scripts, extension pages and the background. Payloads are
 * `unknown` on purpose: the background validates them, it never trusts the type a sender claims.
 */
export interface ProtocolMap {
  /** A content script asks what to watch for on its page; null where nothing is supported. */
  watch(data: null): WatchSpec | null;
  /** A batch of envelopes; the reply comes only after they are committed. */
  deliver(batch: unknown): Ack;
  /** Options page: change settings, manual tools, delete data. Only the background writes. */
  settings(command: unknown): CommandResult;
  /** Options page: restore a JSON backup. */
  data(command: unknown): CommandResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
