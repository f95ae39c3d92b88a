import type { Envelope } from '@/lib/model/wire';
import type { AdapterCase } from '@/lib/adapters/types';
import { collectTexts } from '@/lib/content/probes';
import { watchSpec } from '@/lib/ingest/watch';
import type { Adapter } from '@/lib/adapters/types';
import { CASE_NOW } from '@/lib/adapters/case-time';
import { fixture as read } from './fixtures';

let n = 0;
/** The fake clock of unit tests' envelopes: the clock adapter cases are written at. */
export const AT = CASE_NOW;

export function envId(): string {
  return `env-${String(++n).padStart(8, '0')}`;
}

/** Builds the envelope a content script would send for one adapter case, read at `at`. */
export function envelopeFor(adapter: Adapter, c: AdapterCase, at = AT): Envelope {
  const fixture = (path: string) => read(path, at);
  if (c.kind === 'response')
    return { type: 'response', id: envId(), at, url: c.url, status: 200, body: fixture(c.fixture) };
  if (c.kind === 'request')
    return {
      type: 'request',
      id: envId(),
      at,
      url: c.url,
      method: 'POST',
      status: 200,
      body: fixture(c.fixture),
      response: c.responseFixture ? fixture(c.responseFixture) : undefined,
    };
  const doc = new DOMParser().parseFromString(fixture(c.fixture), 'text/html');
  return {
    type: 'text',
    id: envId(),
    at,
    url: c.url,
    texts: collectTexts(doc, watchSpec(adapter).probes),
  };
}

/** The extension id tests give the background as its own. */
export const SELF_ID = 'abcdefghijklmnopabcdefghijklmnop';

/** What the browser reports for our content script on suno.com's top frame. */
export const sunoSender = {
  id: SELF_ID,
  url: 'https://suno.com/create',
  origin: 'https://suno.com',
  frameId: 0,
  tab: { url: 'https://suno.com/create' },
};

/** One Suno billing answer, as the relay sends it. */
export function sunoBillingEnvelope(left: number, at = AT) {
  return {
    type: 'response',
    id: envId(),
    at,
    status: 200,
    url: 'https://studio-api.prod.suno.com/api/billing/info/',
    body: JSON.stringify({ total_credits_left: left }),
  };
}
