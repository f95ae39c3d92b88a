import type { Envelope } from '../model/wire';
import { CAPTURE_LIMITS } from './capture';

/**
 * The relay's own check of what the MAIN world hands it. No zod here on purpose: it would
 * triple the content script's size, and the background runs the full zod schemas anyway.
 * This side only bounds sizes and types so junk never enters the outbox.
 */
export function readCapture(detail: unknown):
  | {
      kind: 'response' | 'request';
      url: URL;
      method: string;
      status: number;
      body: string;
      response?: string;
    }
  | undefined {
  if (typeof detail !== 'string' || detail.length > CAPTURE_LIMITS.maxBody * 2 + 8192)
    return undefined;
  let c: Record<string, unknown>;
  try {
    const v: unknown = JSON.parse(detail);
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    c = v as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const { kind, url, method, status, body, response } = c;
  if (kind !== 'response' && kind !== 'request') return undefined;
  if (typeof url !== 'string' || url.length > CAPTURE_LIMITS.maxUrl) return undefined;
  if (typeof method !== 'string' || !/^[A-Z]{3,7}$/.test(method)) return undefined;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 599)
    return undefined;
  const bodyMax = kind === 'request' ? CAPTURE_LIMITS.maxRequestBody : CAPTURE_LIMITS.maxBody;
  if (typeof body !== 'string' || body.length > bodyMax) return undefined;
  if (
    response !== undefined &&
    (typeof response !== 'string' || response.length > CAPTURE_LIMITS.maxBody)
  )
    return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:') return undefined;
  return { kind, url: parsed, method, status, body, response: response as string | undefined };
}

/** A fresh envelope id: random, and kept with the item through every retry. */
export function newId(): string {
  return crypto.randomUUID();
}

export type { Envelope };
