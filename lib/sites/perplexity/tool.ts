import type { ToolInfo } from '../../model/tool';

/**
 * Perplexity: the credit balance behind the usage page. The "_cents" fields are kept raw with
 * scale 0.01; whether they really are cents is [?], so a wrong guess is one constant to change.
 */
export const perplexity: ToolInfo = {
  id: 'perplexity',
  name: 'Perplexity',
  category: 'text',
  usageUrl: 'https://www.perplexity.ai/account/usage',
  hosts: ['www.perplexity.ai'],
  usagePath: /^\/account\/usage/,
  meters: { credits: { label: 'Credit balance', kind: 'prepaid', unit: 'usd' } },
};
