import type { ToolInfo } from '../../model/tool';

/** ElevenLabs: a monthly character quota (the app calls them credits); each speech request is a task. */
export const elevenlabs: ToolInfo = {
  id: 'elevenlabs',
  name: 'ElevenLabs',
  category: 'audio',
  usageUrl: 'https://elevenlabs.io/app/subscription',
  hosts: ['elevenlabs.io'],
  apiHosts: ['api.elevenlabs.io'],
  usagePath: /^\/app\/subscription/,
  meters: { characters: { label: 'Character credits', kind: 'quota', unit: 'characters' } },
};
