import { isValidBin, isValidIin, parseIin, type Sector } from '../../../src/index.js';
import published from '../../../test/fixtures/ids/valid-bins.json' with { type: 'json' };
import vectors from '../../../test/fixtures/ids/vectors.json' with { type: 'json' };
import type { Random } from './random.js';

// The taxpayer numbers of the sample. Businesses complained about carry real
// BINs published online (the python-stdnum test list and the named
// companies' requisites); consumers are never real people: the few who give
// an IIN give one of the synthetic test IINs.

/** A business appeals can name: its BIN (or an entrepreneur's IIN), its name when public, its sector. */
export interface KnownBusiness {
  readonly id: string;
  readonly name?: string;
  readonly sector: Sector;
}

/** The named companies whose consumer business fits the sample (banks, an airline), by sector. */
const NAMED: readonly KnownBusiness[] = [
  { id: '940140000385', name: 'АО «Народный Банк Казахстана»', sector: 'financialServices' },
  { id: '971240001315', name: 'АО «Kaspi Bank»', sector: 'financialServices' },
  { id: '980640000093', name: 'АО «Банк ЦентрКредит»', sector: 'financialServices' },
  { id: '990740000683', name: 'АО «ForteBank»', sector: 'financialServices' },
  { id: '030740001404', name: 'АО «Отбасы банк»', sector: 'financialServices' },
  { id: '980740000057', name: 'АО «Altyn Bank»', sector: 'financialServices' },
  { id: '010940000162', name: 'АО «Эйр Астана»', sector: 'transport' },
];

/** Branches (6th digit 1) among the named BINs: they open business accounts too. */
export const BRANCH_BINS: readonly string[] = ['950341000052', '961141000023', '070941024691'];

/**
 * Synthetic IINs of adults (born by 2006) from the test vectors: they pass
 * the check digit and belong to no one. The children among the vectors
 * (born 2012 and 2020) are left out.
 */
export const SYNTHETIC_ADULT_IINS: readonly string[] = [
  ...vectors.validIinsSyntheticFirstPass,
  ...vectors.validIinsSyntheticSecondPass,
].filter((iin) => parseIin(iin).birthDate <= '2006-05-31');

/** Individual entrepreneurs of the sample, by their (synthetic) IIN: market and corner-shop traders. */
export const ENTREPRENEUR_IINS: readonly string[] = SYNTHETIC_ADULT_IINS.slice(0, 5);

/** Consumers who give their (synthetic) IIN in an appeal. */
export const CONSUMER_IINS: readonly string[] = SYNTHETIC_ADULT_IINS.slice(5);

/** The sectors the unnamed published BINs are given, as often as consumer appeals name them. */
const BUSINESS_SECTORS: readonly (readonly [Sector, number])[] = [
  ['retailTrade', 46],
  ['eCommerce', 18],
  ['householdServices', 8],
  ['housingAndUtilities', 5],
  ['catering', 4],
  ['transport', 3],
  ['medicalServices', 4],
  ['communicationServices', 3],
  ['education', 3],
  ['tourism', 3],
  ['realEstate', 2],
  ['other', 1],
];

/** Every business appeals may name, each published BIN given a sector once. */
export function knownBusinesses(random: Random): KnownBusiness[] {
  const unnamed = published.bins
    .filter((bin) => !NAMED.some((named) => named.id === bin))
    .map((bin): KnownBusiness => ({ id: bin, sector: random.weighted(BUSINESS_SECTORS) }));
  const entrepreneurs = ENTREPRENEUR_IINS.map(
    (iin, i): KnownBusiness => ({ id: iin, sector: i < 3 ? 'retailTrade' : 'householdServices' }),
  );
  const all = [...NAMED, ...unnamed, ...entrepreneurs];
  for (const { id } of all) {
    if (!isValidBin(id) && !isValidIin(id)) throw new Error(`not a valid BIN or IIN: ${id}`);
  }
  return all;
}

/** The published BINs, valid, for business accounts. */
export const PUBLISHED_BINS: readonly string[] = published.bins;

/**
 * A BIN of a resident legal entity registered in `yymm`, with a random
 * serial and the check digit that makes it valid (a body whose check digit
 * would be 10 twice is never issued: another serial is drawn).
 */
export function syntheticBin(random: Random, yymm: string, unit: '0' | '1'): string {
  for (;;) {
    const body = `${yymm}4${unit}${random.chars('0123456789', 5)}`;
    for (let digit = 0; digit <= 9; digit += 1) {
      if (isValidBin(`${body}${digit}`)) return `${body}${digit}`;
    }
  }
}
