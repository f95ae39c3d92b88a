import type { ProtocolMap } from './protocol';

/** The browser's one-shot message call, as both Chrome MV3 and Firefox provide it. */
export type RuntimeSend = (message: unknown) => Promise<unknown>;

/**
 * Sends one message in the envelope @webext-core/messaging's `onMessage` (the background)
 * expects, and unwraps its `{res}` / `{err}` reply. The content scripts use this instead of
 * the library itself: the library's listener half cannot be tree-shaken and cost ~2 kB of the
 * 15 kB a supported page may carry. `send.test.ts` checks it against the real library.
 */
export async function send<K extends keyof ProtocolMap>(
  runtimeSend: RuntimeSend,
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const message = { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
  const reply = (await runtimeSend(message)) as { res?: unknown; err?: { message?: string } };
  if (!reply || typeof reply !== 'object') throw new Error('no answer');
  if (reply.err != null) throw new Error(String(reply.err.message ?? 'failed'));
  return reply.res as ReturnType<ProtocolMap[K]>;
}
