import type { PublishedReport } from '../../../src/index.js';

// The figures as the Department of Trade and Consumer Rights Protection of
// Shymkent published them for the first five months of 2024, in the shape
// reconcilePublished reads: the outreach total as printed (2165, though its
// parts add up to 2156) and the amounts as the text printed them.

export const PUBLISHED: PublishedReport = {
  schemaVersion: 1,
  period: '2024-01/2024-05',
  region: '79',
  source:
    'Шымкент қаласының сауда және тұтынушылардың құқықтарын қорғау департаменті: 2024 жылдың 5 айындағы жұмыс қорытындысы',
  appeals: {
    reviewed: 1902,
    outcomes: {
      satisfied: 1664,
      explained: 135,
      redirected: 58,
      withdrawn: 21,
      referredToCourt: 9,
    },
    carriedOver: 15,
    returnedToConsumers: { text: '72 млн.теңге' },
  },
  lawsuits: {
    participated: 9,
    asThirdParty: 9,
    decidedForConsumers: 4,
    recovered: { text: '1 424 750 теңге' },
  },
  outreach: {
    total: 2165,
    byKind: { mediaSpeech: 69, mediaPublication: 114, socialPost: 1960, briefing: 13 },
    socialByPlatform: { instagram: 980, facebook: 980 },
  },
  unifiedSystem: { consumerAccounts: 1558, businessAccounts: 412, appeals: 112 },
};
