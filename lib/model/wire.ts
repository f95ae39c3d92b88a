import * as z from 'zod/mini';
import { epochMs } from './bounds';

/**
 * What a content script may send to the background. Pages are hostile, so everything here
 * is bounded: the background re-validates before anything else looks at it.
 */
export const WIRE = {
  maxBatch: 50,
  maxUrl: 2048,
  maxBody: 256 * 1024,
  maxRequestBody: 16 * 1024,
  maxTexts: 20,
  maxText: 500,
} as const;

const id = () => z.string().check(z.regex(/^[\w-]{8,64}$/));
// Pages we read are https; anything else (javascript:, data:, http:) is not from them.
const url = () => z.url({ protocol: /^https$/ }).check(z.maxLength(WIRE.maxUrl));

/** A JSON response the site's own front end fetched. */
export const ResponseEnvelope = z.object({
  type: z.literal('response'),
  id: id(),
  at: epochMs(),
  url: url(),
  status: z.int().check(z.gte(100), z.lte(599)),
  body: z.string().check(z.maxLength(WIRE.maxBody)),
});

/** A request the page sent that may spend credits (a message, a generation). */
export const RequestEnvelope = z.object({
  type: z.literal('request'),
  id: id(),
  at: epochMs(),
  url: url(),
  method: z.enum(['POST', 'PUT', 'PATCH']),
  body: z.string().check(z.maxLength(WIRE.maxRequestBody)),
  status: z.optional(z.int().check(z.gte(0), z.lte(599))),
  response: z.optional(z.string().check(z.maxLength(WIRE.maxBody))),
});

/** Visible text the adapter's probes found on the page. */
export const TextEnvelope = z.object({
  type: z.literal('text'),
  id: id(),
  at: epochMs(),
  url: url(),
  texts: z
    .record(
      z.string().check(z.regex(/^[a-z0-9_]{1,40}$/)),
      z.string().check(z.maxLength(WIRE.maxText)),
    )
    .check(z.refine((r) => Object.keys(r).length <= WIRE.maxTexts, 'too many texts')),
});

export const Envelope = z.discriminatedUnion('type', [
  ResponseEnvelope,
  RequestEnvelope,
  TextEnvelope,
]);
export type Envelope = z.infer<typeof Envelope>;

export const Batch = z.array(Envelope).check(z.minLength(1), z.maxLength(WIRE.maxBatch));

export type Ack = { ok: true; acked: string[] } | { ok: false; error: string; retry: boolean };

/** What the background tells a content script to watch for on its page. */
export interface WatchSpec {
  tool: string;
  /** Regex sources matched against a response URL's path and query. */
  responses: string[];
  /** Task requests: method and regex source. */
  requests: { method: string; pattern: string }[];
  probes: { name: string; selectors: string[]; pattern?: string }[];
  /** Path regex of the page where a balance is expected; nothing found there is a failure. */
  usagePath?: string;
}
