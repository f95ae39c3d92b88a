import type { ToolInfo } from '../../model/tool';

/** Stability AI: prepaid credits (1 credit = $0.01); each generated image costs a per-model rate. */
export const stability: ToolInfo = {
  id: 'stability',
  name: 'Stability AI',
  category: 'image',
  usageUrl: 'https://platform.stability.ai/account/credits',
  hosts: ['platform.stability.ai'],
  apiHosts: ['api.stability.ai'],
  usagePath: /^\/account\/credits/,
  // 1 credit = $0.01 (SITES.md).
  pricePerUnit: 0.01,
  meters: { credits: { label: 'Credits', kind: 'prepaid', unit: 'credits' } },
};
