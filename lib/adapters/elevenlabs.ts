import * as z from 'zod/mini';
import { num, opt, time } from './fields';
import { endpoint, type Adapter, type AdapterCase } from './types';
import { elevenlabs as info } from '../catalog/elevenlabs';
import { at } from './case-time';

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
export const elevenlabs: Adapter = {
  ...info,
  hosts: ['elevenlabs.io'],
  apiHosts: ['api.elevenlabs.io'],
  usagePath: /^\/app\/subscription/,
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

const API = 'https://api.elevenlabs.io';
const VOICE = '21m00Tcm4TlvDq8ikWAM';

export const cases: AdapterCase[] = [
  {
    name: 'subscription',
    kind: 'response',
    url: `${API}/v1/user/subscription`,
    fixture: 'elevenlabs/subscription.json',
    expect: {
      readings: [
        {
          meter: 'characters',
          used: 12345,
          limit: 100000,
          resetsAt: at('+13d12h'),
        },
      ],
    },
  },
  {
    name: 'user with nested subscription, strings and a null reset',
    kind: 'response',
    url: `${API}/v1/user`,
    fixture: 'elevenlabs/user.json',
    expect: { readings: [{ meter: 'characters', used: 820, limit: 10000 }] },
  },
  {
    name: 'hostile subscription',
    kind: 'response',
    url: `${API}/v1/user/subscription`,
    fixture: 'elevenlabs/subscription-hostile.json',
    expect: { failure: /character_count$/ },
  },
  {
    name: 'text to speech',
    kind: 'request',
    url: `${API}/v1/text-to-speech/${VOICE}?output_format=mp3_44100_128`,
    fixture: 'elevenlabs/tts-request.json',
    expect: {
      tasks: [
        {
          kind: 'speech',
          model: 'eleven_multilingual_v2',
          cost: 63,
          unit: 'characters',
          meter: 'characters',
          basis: 'rate_card',
        },
      ],
    },
  },
  {
    name: 'streamed speech without a model',
    kind: 'request',
    url: `${API}/v1/text-to-speech/${VOICE}/stream`,
    fixture: 'elevenlabs/tts-stream-request.json',
    expect: {
      tasks: [
        { kind: 'speech', cost: 12, unit: 'characters', meter: 'characters', basis: 'rate_card' },
      ],
    },
  },
];
