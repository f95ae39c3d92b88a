import type { Envelope } from '../model/wire';
import { CAPTURE_LIMITS } from './capture';

/** A capture the relay accepted: bounded, typed, from an https URL. */
export interface CheckedCapture {
  kind: 'response' | 'request';
  url: string;
  /** Path and query of `url`, what the adapter's patterns are matched against. */
  path: string;
  method: string;
  status: number;
  body: string;
  response?: string;
  /** When the observer saw it, as it says (the relay bounds it); absent if not a finite number. */
  at?: number;
}

/** An https URL's host and the rest up to any fragment; no whitespace or backslash anywhere. */
const HTTPS = /^https:\/\/[^/?#\s\\]+([^#\s\\]*)/;

/**
 * The relay's own check of what the MAIN world hands it: a JSON list of captures. No zod
 * here on purpose: it would triple the content script's size, and the background runs the
 * full zod schemas anyway. This side only bounds sizes and types so junk never enters the
 * outbox. What does not fit is skipped, item by item.
 */
export function readCaptures(detail: unknown): CheckedCapture[] {
  if (typeof detail !== 'string' || detail.length > CAPTURE_LIMITS.maxBatchChars) return [];
  let list: unknown;
  try {
    list = JSON.parse(detail);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const out: CheckedCapture[] = [];
  for (const v of list.slice(0, CAPTURE_LIMITS.maxBatch)) {
    const c = readCapture(v);
    if (c) out.push(c);
  }
  return out;
}

/** One capture of a list, checked field by field. */
export function readCapture(v: unknown): CheckedCapture | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const { kind, url, method, status, body, response, at } = v as Record<string, unknown>;
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
  // Pages we read are https. The URL is only matched here; the background parses it.
  const m = HTTPS.exec(url);
  if (!m) return undefined;
  // As the parser has it: an empty query is no query.
  const rest = m[1]!.replace(/^([^?]*)\?$/, '$1');
  const path = rest.startsWith('/') ? rest : `/${rest}`;
  return {
    kind,
    url,
    path,
    method,
    status,
    body,
    response: response as string | undefined,
    at: typeof at === 'number' && Number.isFinite(at) ? at : undefined,
  };
}

/** A fresh random id, drawn once per page: the page's envelopes are numbered after it. */
export function newId(): string {
  return crypto.randomUUID();
}

export type { Envelope };
