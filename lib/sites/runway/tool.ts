import type { ToolInfo } from '../../model/tool';

/**
 * Runway: the web app's credits (from visible text; its JSON is unknown [?]) and the developer
 * API organisation's credits. Runway keeps the two pools apart (credits do not move between web
 * app and API accounts), so they are two meters. 1 credit = $0.01.
 *
 * Not read, on purpose:
 * - `tier.maxMonthlyCreditSpend`: a cap needs a "used this month" figure, and /v1/organization
 *   gives none; a reading of a limit alone is not allowed.
 * - POST /v1/organization/usage: per-day, per-model totals over a range the page chose. They are
 *   not tasks (one row is many generations), and the range is not in the response, so summing
 *   them could understate a month's spend. Balance drops already show the same spending.
 * - Generation requests (/v1/image_to_video etc.): SITES.md gives neither the paths nor a rate
 *   card, and API calls come from a server holding a key, not from a page.
 */
export const runway: ToolInfo = {
  id: 'runway',
  name: 'Runway',
  category: 'video',
  usageUrl: 'https://app.runwayml.com/settings/billing',
  hosts: ['app.runwayml.com'],
  apiHosts: ['api.dev.runwayml.com'],
  // Runway's help pages send people to /settings/billing ("Plans & Billing") for the balance.
  usagePath: /^\/settings\/billing/,
  // 1 credit = $0.01 (SITES.md).
  pricePerUnit: 0.01,
  meters: {
    credits: { label: 'Credits (web app)', kind: 'prepaid', unit: 'credits' },
    api_credits: { label: 'API credits', kind: 'prepaid', unit: 'credits' },
  },
};
