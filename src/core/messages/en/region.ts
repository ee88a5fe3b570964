import type { CodeMessage, MessageCatalogue } from '../catalogue.js';
import { list, value } from './shared.js';

/** What is wrong with a region, one wording per problem. */
export const regionProblems: MessageCatalogue['regionProblems'] = {
  form: () =>
    "expected a two-digit KATO code ('79' or 79), a 9-digit KATO code ('790000000') or an ISO 3166-2 code ('KZ-79')",
  unknownCode: ({ code, allowed }) =>
    `there is no region with the code ${code}; the codes are ${list(allowed)}`,
  subregion: ({ code }) =>
    `a KATO code of a unit inside a region, not of a region itself: a region's ends in seven zeros (${code}0000000)`,
  notARegion: ({ index }) =>
    `item ${index} is not a region: expected a region from REGIONS or regionByCode`,
};

/** `INVALID_REGION`. */
export const invalidRegionMessage: CodeMessage<'INVALID_REGION'> = (d) =>
  `Invalid region ${value(d.received)}: ${regionProblems[d.problem](d)}`;
