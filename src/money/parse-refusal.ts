import type { AmountRefusal } from './amount.js';

/**
 * @internal Why a step of {@link parseTenge} refused the text: the problem
 * and its parameters, made into an `INVALID_AMOUNT` error only once the
 * reader has decided (a bare number is read two ways, and one refusal may
 * not be the last word).
 */
export class Refusal {
  constructor(readonly refusal: AmountRefusal) {}
}
