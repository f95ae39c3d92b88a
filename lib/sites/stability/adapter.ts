import * as z from 'zod/mini';
import { num, opt } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

// Credits per image, by model. [?] SITES.md cites secondary pages quoting the pricing page.
const PER_IMAGE: Record<string, number> = {
  'stable-image-ultra': 8,
  'sd3.5-large': 6.5,
  'sd3.5-large-turbo': 4,
  'sd3.5-medium': 3.5,
  'stable-image-core': 3,
};

const sd3Body = z.object({ model: opt(z.string().check(z.maxLength(80))) });

/** The model behind a generate path; for sd3 the request body names it, when it is JSON. */
function modelOf(path: string, req: unknown): string | undefined {
  if (path.includes('/ultra')) return 'stable-image-ultra';
  if (path.includes('/core')) return 'stable-image-core';
  const body = sd3Body.safeParse(req);
  return body.success ? body.data.model : undefined;
}

/** Stability AI: prepaid credits (1 credit = $0.01); each generated image costs a per-model rate. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/v1\/user\/balance\/?(\?|$)/,
      schema: z.object({ credits: num() }),
      read: (d) => ({ readings: [{ meter: 'credits', remaining: d.credits }] }),
    }),
  ],
  requests: [
    {
      kind: 'image',
      method: 'POST',
      match: /^\/v2beta\/stable-image\/generate\/(ultra|core|sd3)\/?(\?|$)/,
      read: (req, _res, ctx) => {
        const model = modelOf(ctx.url.pathname, req);
        // These endpoints usually take multipart form data, which arrives here as no body at
        // all: sd3 then defaults to its own default model, SD3.5 Large. The model is left unnamed
        // because it is assumed; a balance drop that disagrees leaves the task unconfirmed.
        const cost = PER_IMAGE[model ?? 'sd3.5-large'];
        // A model missing from the rate card gets no guessed cost: the balance drop will tell.
        if (cost === undefined) return { model };
        return { model, cost, unit: 'credits', meter: 'credits', basis: 'rate_card' };
      },
    },
  ],
};
