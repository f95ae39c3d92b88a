import * as z from 'zod/mini';
import { num, opt, time } from '../../adapters/fields';
import { endpoint, type Readers } from '../../adapters/types';

// `character_count` is what was USED this period, not what is left; the limit is the quota.
const subscription = z.object({
  character_count: num(),
  character_limit: opt(num()),
  next_character_count_reset_unix: opt(time()),
});

const reading = (s: z.output<typeof subscription>) => ({
  readings: [
    {
      meter: 'characters',
      used: s.character_count,
      limit: s.character_limit,
      resetsAt: s.next_character_count_reset_unix,
    },
  ],
});

const ttsBody = z.object({
  text: opt(z.string()),
  model_id: opt(z.string().check(z.maxLength(80))),
});

/** ElevenLabs: a monthly character quota (the app calls them credits); each speech request is a task. */
export const readers: Readers = {
  responses: [
    endpoint({
      match: /^\/v1\/user\/subscription\/?(\?|$)/,
      schema: subscription,
      read: reading,
    }),
    // The user record carries the same subscription object nested.
    endpoint({
      match: /^\/v1\/user\/?(\?|$)/,
      schema: z.object({ subscription }),
      read: (d) => reading(d.subscription),
    }),
  ],
  requests: [
    {
      kind: 'speech',
      method: 'POST',
      match: /^\/v1\/text-to-speech\/[\w-]{1,64}(\/stream)?\/?(\?|$)/,
      read: (req) => {
        const body = ttsBody.safeParse(req);
        if (!body.success) return {};
        const { text, model_id } = body.data;
        if (text === undefined) return { model: model_id };
        // 1 credit per character on most models. Some fast models (Flash/Turbo) bill less on
        // some plans, but SITES.md gives no figure, so those are counted at 1/char too; a
        // balance drop that disagrees simply leaves the task unconfirmed.
        return {
          model: model_id,
          cost: [...text].length,
          unit: 'characters',
          meter: 'characters',
          basis: 'rate_card',
        };
      },
    },
  ],
};
