import type { AdapterCase } from '../../adapters/types';
import { at } from '../../adapters/case-time';

const CARD = { unit: 'credits', meter: 'credits', basis: 'rate_card' } as const;

export const cases: AdapterCase[] = [
  {
    name: 'point pools',
    kind: 'response',
    url: 'https://klingai.kuaishou.com/api/account/point',
    fixture: 'kling/point.json',
    expect: {
      readings: [{ meter: 'credits', remaining: 366, resetsAt: at('+9d12h') }],
    },
  },
  {
    name: 'point total as a string, no pools',
    kind: 'response',
    url: 'https://klingai.com/api/account/point?caver=2',
    fixture: 'kling/point-strings.json',
    expect: { readings: [{ meter: 'credits', remaining: 1250 }] },
  },
  {
    name: 'signed out',
    kind: 'response',
    url: 'https://klingai.com/api/account/point',
    fixture: 'kling/point-signed-out.json',
    expect: { readings: [] },
  },
  {
    name: 'hostile point',
    kind: 'response',
    url: 'https://klingai.com/api/account/point',
    fixture: 'kling/point-hostile.json',
    expect: { failure: /data\.total/ },
  },
  {
    name: 'a 10 s professional video',
    kind: 'request',
    url: 'https://klingai.kuaishou.com/api/task/submit',
    fixture: 'kling/submit-video-pro.json',
    responseFixture: 'kling/submit-response.json',
    expect: { tasks: [{ kind: 'video', cost: 70, siteId: '281474976', ...CARD }] },
  },
  {
    name: 'four images',
    kind: 'request',
    url: 'https://klingai.com/api/task/submit',
    fixture: 'kling/submit-image.json',
    expect: { tasks: [{ kind: 'image', cost: 4, ...CARD }] },
  },
  {
    name: 'flat body, 5 s standard',
    kind: 'request',
    url: 'https://klingai.com/api/task/submit',
    fixture: 'kling/submit-flat.json',
    expect: { tasks: [{ kind: 'video', cost: 10, ...CARD }] },
  },
  {
    name: 'hostile submit body',
    kind: 'request',
    url: 'https://klingai.com/api/task/submit',
    fixture: 'kling/submit-hostile.json',
    expect: { tasks: [{ kind: 'video', cost: 35, ...CARD }] },
  },
];
