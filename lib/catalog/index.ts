import type { ToolInfo } from '../model/tool';
import { chatgpt } from '../sites/chatgpt/tool';
import { claude } from '../sites/claude/tool';
import { copilot } from '../sites/copilot/tool';
import { cursor } from '../sites/cursor/tool';
import { elevenlabs } from '../sites/elevenlabs/tool';
import { fal } from '../sites/fal/tool';
import { kling } from '../sites/kling/tool';
import { leonardo } from '../sites/leonardo/tool';
import { midjourney } from '../sites/midjourney/tool';
import { openrouter } from '../sites/openrouter/tool';
import { perplexity } from '../sites/perplexity/tool';
import { poe } from '../sites/poe/tool';
import { runway } from '../sites/runway/tool';
import { stability } from '../sites/stability/tool';
import { suno } from '../sites/suno/tool';
import { v0 } from '../sites/v0/tool';

/**
 * Every supported tool, written once: each entry is the tool's description in
 * lib/sites/<id>/tool.ts (plain data, so the popup and options pages load neither zod nor the
 * parsers). Its readers are found by folder (lib/adapters/index.ts); `npm run new-site <id>`
 * adds both and a line here.
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
