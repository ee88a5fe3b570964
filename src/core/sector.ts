import { deepFreeze } from './freeze.js';
import type { Labels } from './labels.js';

/**
 * The sectors of the economy that published consumer-protection statistics
 * break appeals down by (department reports and the Committee's statistics).
 * Shared by appeals and businesses, so it
 * lives here rather than in either.
 *
 * @example
 * ```ts
 * SECTORS.housingAndUtilities.ru; // 'жилищно-коммунальные услуги'
 * ```
 */
export const SECTORS = /* @__PURE__ */ deepFreeze({
  retailTrade: { kk: 'бөлшек сауда', ru: 'розничная торговля', en: 'retail trade' },
  eCommerce: { kk: 'электрондық сауда', ru: 'электронная торговля', en: 'e-commerce' },
  householdServices: { kk: 'тұрмыстық қызметтер', ru: 'бытовые услуги', en: 'household services' },
  housingAndUtilities: {
    kk: 'тұрғын үй-коммуналдық қызметтер',
    ru: 'жилищно-коммунальные услуги',
    en: 'housing and communal services',
  },
  catering: { kk: 'қоғамдық тамақтану', ru: 'общественное питание', en: 'catering' },
  transport: { kk: 'көлік қызметтері', ru: 'транспортные услуги', en: 'transport' },
  medicalServices: {
    kk: 'медициналық қызметтер',
    ru: 'медицинские услуги',
    en: 'medical services',
  },
  communicationServices: {
    kk: 'байланыс қызметтері',
    ru: 'услуги связи',
    en: 'communication services',
  },
  education: { kk: 'білім беру қызметтері', ru: 'образовательные услуги', en: 'education' },
  tourism: { kk: 'туристік қызметтер', ru: 'туристские услуги', en: 'tourism' },
  financialServices: {
    kk: 'қаржылық қызметтер',
    ru: 'финансовые услуги',
    en: 'financial services',
  },
  realEstate: { kk: 'жылжымайтын мүлік', ru: 'недвижимость', en: 'real estate' },
  other: { kk: 'басқа', ru: 'прочее', en: 'other' },
} as const satisfies Record<string, Labels>);

/** A sector key: `retailTrade`, `eCommerce`, … . */
export type Sector = keyof typeof SECTORS;

/**
 * Every {@link Sector}, in the order published statistics list them.
 *
 * @example
 * ```ts
 * SECTOR_KEYS.length; // 13
 * SECTOR_KEYS[0];     // 'retailTrade'
 * ```
 */
export const SECTOR_KEYS = /* @__PURE__ */ Object.freeze(Object.keys(SECTORS)) as readonly Sector[];

/**
 * Tells whether `value` is a {@link Sector} key.
 *
 * @example
 * ```ts
 * isSector('eCommerce'); // true
 * isSector('toString');  // false
 * ```
 */
export function isSector(value: unknown): value is Sector {
  return typeof value === 'string' && Object.hasOwn(SECTORS, value);
}
