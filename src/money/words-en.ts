// English cardinal numerals in the American style used for amounts in
// words: no «and», a hyphen inside 21–99 («twenty-four»).
const ONES = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

function triad(n: number, words: string[]): void {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(ONES[hundreds] ?? '', 'hundred');
  if (rest === 0) return;
  if (rest < 20) {
    words.push(ONES[rest] ?? '');
    return;
  }
  const ones = rest % 10;
  const tens = TENS[Math.floor(rest / 10)] ?? '';
  words.push(ones === 0 ? tens : `${tens}-${ONES[ones]}`);
}

/** @internal English words of 0 ≤ n < 10^18, given as base-1000 digits, highest first. */
export function englishWords(triads: readonly number[]): string {
  const words: string[] = [];
  triads.forEach((value, i) => {
    if (value === 0) return;
    triad(value, words);
    const scale = SCALES[triads.length - 1 - i];
    if (scale) words.push(scale);
  });
  return words.length === 0 ? 'zero' : words.join(' ');
}
