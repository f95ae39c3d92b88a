import type { ToolInfo } from '../model/tool';
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

/**
 * What each supported tool is (name, meters, usage page, prices): plain data, kept apart from
 * the adapters' parsers so that the popup and options pages load neither zod nor the parsers.
 * Same order as ADAPTERS (lib/adapters/index.ts), which spread these into themselves.
 */
export const TOOLS: readonly ToolInfo[] = [
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

const byId = new Map(TOOLS.map((t) => [t.id, t]));

export function toolById(id: string): ToolInfo | undefined {
  return byId.get(id);
}
