import type { ToolInfo } from '../../model/tool';

/**
 * Leonardo.ai: one meter per token pool. GPT (prompt) and model-training pools are left out: they
 * are small side allowances. The app's header shows one total (plan, rollover and top-up tokens
 * together), which is none of the API pools, so the text reading has a meter of its own.
 */
export const leonardo: ToolInfo = {
  id: 'leonardo',
  name: 'Leonardo.ai',
  category: 'image',
  // The token counter sits above the profile on the home page (and in most tools).
  usageUrl: 'https://app.leonardo.ai/',
  hosts: ['app.leonardo.ai'],
  apiHosts: ['cloud.leonardo.ai'],
  usagePath: /^\/$/,
  meters: {
    subscription: { label: 'Plan tokens', kind: 'quota', unit: 'tokens' },
    paid: { label: 'Top-up tokens', kind: 'prepaid', unit: 'tokens' },
    api_subscription: { label: 'API plan tokens', kind: 'quota', unit: 'tokens' },
    api_paid: { label: 'API top-up tokens', kind: 'prepaid', unit: 'tokens' },
    shown: { label: 'Tokens (as the app shows them)', kind: 'prepaid', unit: 'tokens' },
  },
};
