// Checked by tsc (`npm run typecheck`), not at run time: a check of `code`
// narrows `details` to that code's shape, so programs read the facts of an
// error without casts.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AmountProblem,
  AnyTutynushyError,
  Received,
  TaxpayerIdPart,
} from '../../src/core/index.js';
import { safeParseTenge } from '../../src/money/index.js';

describe('error details narrow by code', () => {
  it('INVALID_AMOUNT has a problem token and its parameters', () => {
    const result = safeParseTenge('4 млн 671');
    if (!result.ok && result.error.code === 'INVALID_AMOUNT') {
      expectTypeOf(result.error.details.problem).toEqualTypeOf<AmountProblem>();
      expectTypeOf(result.error.details.received).toEqualTypeOf<Received>();
      expectTypeOf(result.error.details.readings).toEqualTypeOf<
        readonly [string, string] | undefined
      >();
      // @ts-expect-error: a region's codes are not in an amount's details
      result.error.details.allowed;
    }
  });

  it('INVALID_BIN and INVALID_IIN have the expected check digit and the part', () => {
    const check = (error: AnyTutynushyError) => {
      if (error.code === 'INVALID_BIN') {
        expectTypeOf(error.details.expectedCheckDigit).toEqualTypeOf<number | null | undefined>();
        expectTypeOf(error.details.part).toEqualTypeOf<TaxpayerIdPart | undefined>();
      }
      if (error.code === 'INVALID_IIN')
        expectTypeOf(error.details.digit).toEqualTypeOf<number | undefined>();
      // @ts-expect-error: without a check of the code, the details are any code's
      error.details.expectedCheckDigit;
    };
    expectTypeOf(check).parameter(0).toEqualTypeOf<AnyTutynushyError>();
  });
});
