import type { AdapterCase } from '../../adapters/types';

const API = 'https://api.dev.runwayml.com';

export const cases: AdapterCase[] = [
  {
    name: 'organization',
    kind: 'response',
    url: `${API}/v1/organization`,
    fixture: 'runway/organization.json',
    expect: { readings: [{ meter: 'api_credits', remaining: 4820 }] },
  },
  {
    name: 'organization, balance as a string and a null tier',
    kind: 'response',
    url: `${API}/v1/organization`,
    fixture: 'runway/organization-strings.json',
    expect: { readings: [{ meter: 'api_credits', remaining: 1250.5 }] },
  },
  {
    name: 'hostile organization',
    kind: 'response',
    url: `${API}/v1/organization`,
    fixture: 'runway/organization-hostile.json',
    expect: { failure: /creditBalance$/ },
  },
  {
    name: 'billing page text',
    kind: 'text',
    url: 'https://app.runwayml.com/settings/billing',
    fixture: 'runway/billing.html',
    expect: { readings: [{ meter: 'credits', remaining: 1840 }] },
  },
];
