import type { ToolInfo } from '../../model/tool';

/**
 * GitHub Copilot: premium requests used of the monthly allowance, read from the settings pages'
 * text. The JSON that has it (api.github.com/copilot_internal) needs an OAuth token, not a page
 * call. No tasks: content scripts run only on /settings/*, never where chat requests are sent,
 * and a request's cost depends on the model's multiplier (0 for some, more than 1 for others).
 */
export const copilot: ToolInfo = {
  id: 'copilot',
  name: 'GitHub Copilot',
  category: 'code',
  usageUrl: 'https://github.com/settings/copilot/features',
  hosts: ['github.com'],
  // Only the settings pages: running on every GitHub page would cost for nothing.
  pages: ['/settings/*'],
  // [?] The Copilot settings page is where the allowance is shown; billing pages are read too.
  usagePath: /^\/settings\/copilot(\/features)?\/?$/,
  meters: { premium: { label: 'Premium requests', kind: 'quota', unit: 'requests' } },
};
