/**
 * Every field of a record type, required, with its type: what the facts a
 * replay carries must have. A replay's facts helper writes its field list
 * out (an object spread is tens of times slower on the hot path of a report)
 * and checks it with `satisfies EveryField<TheRecord>`, so that a field added
 * to the record type is a compile error there until the helper carries it.
 *
 * @internal
 */
export type EveryField<R> = { readonly [K in keyof R]-?: R[K] };
