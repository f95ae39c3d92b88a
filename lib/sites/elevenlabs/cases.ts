import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

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
