/**
 * The 20 top-level units of Kazakhstan (17 regions and the cities of
 * republican significance Astana, Almaty and Shymkent, since June 2022) with
 * their KATO and ISO 3166-2 codes, kind, official kk/ru/en names and
 * administrative centres; lookup by any code form and sorting by name in each
 * language (Kazakh by the Kazakh alphabet). Never loads zod: the zod schema
 * `RegionCodeSchema` is in `tutynushy/schemas`.
 *
 * @module regions
 */

export { compareRegionsByName, sortRegionsByName } from './compare.js';
export { isRegionCode, regionByCode, regionName, safeRegionByCode } from './lookup.js';
export {
  REGION_CODES,
  REGION_KINDS,
  REGIONS,
  type Region,
  type RegionCode,
  type RegionKind,
  regionKindLabel,
} from './regions.js';
