import { invalidArgumentError } from '../core/error-factories.js';
import { assertLocale, type Locale } from '../core/labels.js';
import { received } from '../core/received.js';
import type { Finding, FindingCode } from './finding.js';
import { figureText } from './render-numbers.js';

// The words of reconciliation findings in each language: the same facts, in
// the same order (the figure, what was stated, what follows, the gap).

type Facts = Omit<Finding, 'message'>;
/** A finding's facts ready for words: its figure named, its numbers written. */
type Shown = Omit<Facts, 'stated' | 'computed' | 'difference'> & {
  readonly name: string;
  readonly stated: string;
  readonly computed: string;
  readonly difference: string;
};
type Texts = { readonly [C in FindingCode]: (f: Shown) => string };

const isSum = (base: string | undefined): boolean => base?.startsWith('sum:') === true;
const summed = (base: string | undefined): string => base?.slice(4) ?? '';
// A difference arrives written; its sign is dropped where the words say «more than».
const negated = (difference: string): string => difference.replace(/^[-−]/, '');

const EN: Texts = {
  partsBelowTotal: (f) =>
    `${f.name}: stated ${f.stated}, but its parts sum to ${f.computed}: ${f.difference} unexplained`,
  partsAboveTotal: (f) =>
    `${f.name}: stated ${f.stated}, but its parts sum to ${f.computed}, ${negated(f.difference)} more than the total`,
  percentageOtherBase: (f) =>
    `${f.name}: the stated ${f.stated}% is not a share of the base it claims (${f.computed}%) but of ${isSum(f.base) ? `the sum of the parts of ${summed(f.base)}` : f.base}`,
  percentageNoBase: (f) =>
    `${f.name}: the stated ${f.stated}% is a share of no stated figure (of ${f.base} it is ${f.computed}%)`,
  growthOtherBase: (f) =>
    f.base === 'ratio'
      ? `${f.name}: the stated ${f.stated}% is this year's figure as a percentage of last year's, not the growth (${f.computed}%)`
      : `${f.name}: the stated growth of ${f.stated}% is the change over this year's figure, not over last year's (${f.computed}%)`,
  growthMismatch: (f) =>
    f.base === 'change'
      ? `${f.name}: the stated change ${f.stated} does not follow from the figures (${f.computed})`
      : `${f.name}: the stated growth of ${f.stated}% follows from no base (over last year's figure it is ${f.computed}%)`,
  differsFromRecords: (f) =>
    `${f.name}: stated ${f.stated}, the records give ${f.computed} (a difference of ${f.difference})`,
  unreadable: (f) => `${f.name}: ${JSON.stringify(f.stated)} cannot be read as a figure`,
};

const RU: Texts = {
  partsBelowTotal: (f) =>
    `${f.name}: указано ${f.stated}, но части в сумме дают ${f.computed}: ${f.difference} не объяснено`,
  partsAboveTotal: (f) =>
    `${f.name}: указано ${f.stated}, но части в сумме дают ${f.computed} — на ${negated(f.difference)} больше итога`,
  percentageOtherBase: (f) =>
    `${f.name}: указанные ${f.stated}% — доля не от заявленной базы (${f.computed}%), а от ${isSum(f.base) ? `суммы частей ${summed(f.base)}` : f.base}`,
  percentageNoBase: (f) =>
    `${f.name}: указанные ${f.stated}% не являются долей ни одного указанного показателя (от ${f.base} это ${f.computed}%)`,
  growthOtherBase: (f) =>
    f.base === 'ratio'
      ? `${f.name}: указанные ${f.stated}% — это показатель этого года в процентах от прошлогоднего, а не рост (${f.computed}%)`
      : `${f.name}: указанный рост ${f.stated}% посчитан к показателю этого года, а не прошлого (${f.computed}%)`,
  growthMismatch: (f) =>
    f.base === 'change'
      ? `${f.name}: указанное изменение ${f.stated} не следует из показателей (${f.computed})`
      : `${f.name}: указанный рост ${f.stated}% не следует ни из одной базы (к прошлому году это ${f.computed}%)`,
  differsFromRecords: (f) =>
    `${f.name}: указано ${f.stated}, по записям — ${f.computed} (разница ${f.difference})`,
  unreadable: (f) => `${f.name}: ${JSON.stringify(f.stated)} не читается как показатель`,
};

const KK: Texts = {
  partsBelowTotal: (f) =>
    `${f.name}: ${f.stated} көрсетілген, бірақ бөліктерінің қосындысы ${f.computed}: ${f.difference} түсіндірілмеген`,
  partsAboveTotal: (f) =>
    `${f.name}: ${f.stated} көрсетілген, бірақ бөліктерінің қосындысы ${f.computed}, бұл жалпы саннан ${negated(f.difference)} артық`,
  percentageOtherBase: (f) =>
    `${f.name}: көрсетілген ${f.stated}% мәлімделген базадан есептелмеген (${f.computed}%), ол мына базадан есептелген: ${isSum(f.base) ? `${summed(f.base)} бөліктерінің қосындысы` : f.base}`,
  percentageNoBase: (f) =>
    `${f.name}: көрсетілген ${f.stated}% ешбір көрсетілген көрсеткіштен есептелмеген (${f.base} бойынша ${f.computed}%)`,
  growthOtherBase: (f) =>
    f.base === 'ratio'
      ? `${f.name}: көрсетілген ${f.stated}% — өсім емес, биылғы көрсеткіштің өткен жылғыға пайыздық қатынасы (өсім ${f.computed}%)`
      : `${f.name}: көрсетілген ${f.stated}% өсім өткен жылғы емес, биылғы көрсеткішке қатысты есептелген (өткен жылға қатысты ${f.computed}%)`,
  growthMismatch: (f) =>
    f.base === 'change'
      ? `${f.name}: көрсетілген ${f.stated} өзгеріс көрсеткіштерден шықпайды (${f.computed})`
      : `${f.name}: көрсетілген ${f.stated}% өсім ешбір базадан шықпайды (өткен жылға қатысты ${f.computed}%)`,
  differsFromRecords: (f) =>
    `${f.name}: ${f.stated} көрсетілген, жазбалар бойынша ${f.computed} (айырмасы ${f.difference})`,
  unreadable: (f) => `${f.name}: ${JSON.stringify(f.stated)} көрсеткіш ретінде оқылмайды`,
};

const TEXTS: Readonly<Record<Locale, Texts>> = { kk: KK, ru: RU, en: EN };

/**
 * A finding's facts in words; `name` gives each figure's name (its path by
 * default, as `message` has it; a rendered report names it in the language),
 * `figure` writes its numbers (plain by default, as `message` has them; a
 * rendered report writes them as its other numbers: `2,165` in English).
 *
 * @internal
 */
export function findingText(
  facts: Facts,
  locale: Locale,
  name: (path: string) => string = (path) => path,
  figure: (value: number | string) => string = String,
): string {
  const named = {
    ...facts,
    name: name(facts.path),
    stated: figure(facts.stated),
    computed: figure(facts.computed),
    difference: facts.difference === undefined ? '' : figure(facts.difference),
  };
  const base = facts.base;
  const shownBase =
    base === undefined || base === 'current' || base === 'ratio' || base === 'change'
      ? base
      : base.startsWith('sum:')
        ? `sum:${name(base.slice(4))}`
        : name(base);
  return TEXTS[locale][facts.code]({ ...named, base: shownBase });
}

// A figure a finding states: a finite number, or a text (an amount as written).
const isFigure = (value: unknown): boolean =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/**
 * A reconciliation finding in the user's language (its `message` is English),
 * with its numbers written as the language writes them: `2,165` in English,
 * `69,06%` in Kazakh and Russian (`message` keeps them plain: `2165`, `69.06%`).
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` for an unknown locale;
 * `INVALID_ARGUMENT` for a finding that `reconcilePublished` did not make.
 * @example
 * ```ts
 * const [finding] = reconcilePublished({
 *   period: '2024-01/2024-05',
 *   outreach: { total: 2165, byKind: { mediaSpeech: 69, mediaPublication: 114, socialPost: 1960, briefing: 13 } },
 * }).findings;
 * formatFinding(finding, 'ru'); // 'outreach.total: указано 2165, но части в сумме дают 2156: 9 не объяснено'
 * ```
 */
export function formatFinding(finding: Finding, locale: Locale): string {
  const language = assertLocale(locale);
  const code = (finding as Partial<Finding> | null)?.code;
  if (
    typeof code !== 'string' ||
    !Object.hasOwn(TEXTS[language], code) ||
    typeof finding.path !== 'string' ||
    !isFigure(finding.stated) ||
    !isFigure(finding.computed) ||
    !(finding.difference === undefined || isFigure(finding.difference))
  ) {
    throw invalidArgumentError({
      fn: 'formatFinding',
      field: 'finding',
      received: received(finding),
      expected: 'object',
    });
  }
  return findingText(finding, language, undefined, (value) => figureText(value, language));
}

/** The finding codes every language words: for a parity test. @internal */
export const FINDING_TEXTS: Readonly<Record<Locale, Texts>> = TEXTS;
