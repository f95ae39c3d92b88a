import type { ToolInfo } from '../../model/tool';

/** Kling AI: one credit balance made of pools that expire; video and image generations. */
export const kling: ToolInfo = {
  id: 'kling',
  name: 'Kling AI',
  category: 'video',
  usageUrl: 'https://klingai.com/membership/membership-plan',
  hosts: ['klingai.com', 'klingai.kuaishou.com'],
  // [?] the page that lists the point pools; the header shows the total on every page.
  usagePath: /^\/(global\/)?membership/,
  meters: { credits: { label: 'Credits', kind: 'prepaid', unit: 'credits' } },
  rateCard: {
    // A 5-second standard video, the app's default, and one image.
    video: { cost: 10, unit: 'credits', meter: 'credits' },
    image: { cost: 1, unit: 'credits', meter: 'credits' },
  },
};
