import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Ack, WatchSpec } from '../model/wire';

/**
 * The one protocol between content scripts and the background. Payloads are `unknown` on
 * purpose: the background validates them, it never trusts the type a sender claims.
 */
interface ProtocolMap {
  /** A content script asks what to watch for on its page; null where nothing is supported. */
  watch(data: null): WatchSpec | null;
  /** A batch of envelopes; the reply comes only after they are committed. */
  deliver(batch: unknown): Ack;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
