/**
 * One replayed event with the state it found and the state it left: the
 * same shape for every record kind with an event log (appeals, lawsuits).
 */
export interface HistoryEntry<E, S extends string> {
  /** The event's index in the log. */
  readonly index: number;
  /** The event. */
  readonly event: E;
  /** The state before it. */
  readonly from: S;
  /** The state after it. */
  readonly to: S;
}
