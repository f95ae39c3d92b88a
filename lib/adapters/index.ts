import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { cursor } from './cursor';
import { elevenlabs } from './elevenlabs';
import { fal } from './fal';
import { kling } from './kling';
import { leonardo } from './leonardo';
import { midjourney } from './midjourney';
import { openrouter } from './openrouter';
import { perplexity } from './perplexity';
import { poe } from './poe';
import { runway } from './runway';
import { stability } from './stability';
import { suno } from './suno';
import { v0 } from './v0';
import type { Adapter } from './types';

/** Every supported site, explicitly, in the catalog's order (README: Adding a site). */
export const ADAPTERS: readonly Adapter[] = [
  chatgpt,
  claude,
  copilot,
  cursor,
  elevenlabs,
  fal,
  kling,
  leonardo,
  midjourney,
  openrouter,
  perplexity,
  poe,
  runway,
  stability,
  suno,
  v0,
];

const byId = new Map(ADAPTERS.map((a) => [a.id, a]));
const byHost = new Map(ADAPTERS.flatMap((a) => a.hosts.map((h) => [h, a] as const)));

export function adapterById(id: string): Adapter | undefined {
  return byId.get(id);
}

/** The adapter whose pages live on this exact host, if any. */
export function adapterForHost(host: string): Adapter | undefined {
  return byHost.get(host);
}
