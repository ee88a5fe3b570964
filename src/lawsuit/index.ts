/**
 * Lawsuits the department takes part in — as a third party in a consumer's
 * case, or as plaintiff in consumers' interest — stored as facts plus an
 * event log (`file`, `hearing`, `decide`, `appeal`, `settle`, `withdraw`,
 * `dismiss`, `recover`) and replayed into a state with the figures the
 * lawsuit KPI counts: hearings, decisions for consumers, money awarded and
 * money actually collected. Replays go through the same core machinery as
 * appeals and fail with the same typed errors.
 *
 * @module lawsuit
 */

export {
  DECIDED_FOR_CONSUMERS,
  isDecisionForConsumers,
  isLawsuitDecision,
  LAWSUIT_DECISION_KEYS,
  LAWSUIT_DECISIONS,
  type LawsuitDecision,
  lawsuitDecisionLabel,
} from './decision.js';
export {
  isLawsuitEventType,
  LAWSUIT_EVENT_TYPE_KEYS,
  LAWSUIT_EVENT_TYPES,
  type LawsuitEventType,
  lawsuitEventTypeLabel,
} from './event-type.js';
export type {
  DecidedLawsuit,
  FiledLawsuit,
  Lawsuit,
  LawsuitBase,
  LawsuitDecisionEntry,
  LawsuitFacts,
  LawsuitHistoryEntry,
  LawsuitRecovery,
  NotFiledLawsuit,
  SettledLawsuit,
} from './lawsuit.js';
export { lawsuitMachine } from './machine.js';
export { lawsuitMachineToMermaid } from './mermaid.js';
export {
  parseLawsuitEvent,
  parseLawsuitRecord,
  safeParseLawsuitEvent,
  safeParseLawsuitRecord,
} from './parse.js';
export type {
  LawsuitAppealEvent,
  LawsuitDecideEvent,
  LawsuitDismissEvent,
  LawsuitEvent,
  LawsuitEventBase,
  LawsuitFileEvent,
  LawsuitHearingEvent,
  LawsuitRecord,
  LawsuitRecordJson,
  LawsuitRecoverEvent,
  LawsuitSettleEvent,
  LawsuitWithdrawEvent,
} from './record.js';
export {
  allowedLawsuitEvents,
  applyLawsuitEvent,
  type ReplayLawsuitOptions,
  replayLawsuit,
  safeReplayLawsuit,
} from './replay.js';
export {
  isLawsuitRole,
  LAWSUIT_ROLE_KEYS,
  LAWSUIT_ROLES,
  type LawsuitRole,
  lawsuitRoleLabel,
} from './role.js';
export { LawsuitEventSchema, LawsuitRecordSchema } from './schema.js';
export {
  isLawsuitState,
  LAWSUIT_STATE_KEYS,
  LAWSUIT_STATES,
  type LawsuitState,
  lawsuitStateLabel,
} from './state.js';
