/**
 * Consumers' appeals from receipt to outcome. An appeal is stored as its
 * facts plus an event log (`register`, `forwardToBusiness`, `businessAnswer`,
 * `startReview`, `extend`, `satisfy`, `explain`, `redirect`, `withdraw`,
 * `refuse`, `return`, `referToCourt`); its state, outcome, relief and legal
 * deadlines are always derived by replaying the log through
 * {@link complaintMachine}, never stored beside it. Channels, appeal types,
 * states, outcomes and their coarse groups carry kk/ru/en labels, the
 * outcomes in the published wording of department reports.
 *
 * The zod schemas ({@link ComplaintRecordSchema}) live apart from the replay:
 * importing {@link replayComplaint} alone does not pull zod into a bundle.
 *
 * @module complaint
 */

export {
  APPEAL_TYPE_KEYS,
  APPEAL_TYPES,
  type AppealType,
  appealTypeLabel,
  isAppealType,
} from './appeal-type.js';
export {
  BUSINESS_ANSWER_KEYS,
  BUSINESS_ANSWERS,
  type BusinessAnswer,
  businessAnswerLabel,
  isBusinessAnswer,
} from './business-answer.js';
export { CHANNEL_KEYS, CHANNELS, type Channel, channelLabel, isChannel } from './channel.js';
export type {
  ClosedComplaint,
  Complaint,
  ComplaintBase,
  ComplaintBusinessAnswer,
  ComplaintDeadlines,
  ComplaintFacts,
  ComplaintHistoryEntry,
  ComplaintRelief,
  OpenComplaint,
} from './complaint.js';
export {
  type ComplaintClockOptions,
  type ComplaintClocks,
  complaintClocks,
} from './deadlines.js';
export {
  COMPLAINT_EVENT_TYPE_KEYS,
  COMPLAINT_EVENT_TYPES,
  type ComplaintEventType,
  complaintEventTypeLabel,
  isComplaintEventType,
} from './event-type.js';
export { complaintMachine } from './machine.js';
export { complaintMachineToMermaid } from './mermaid.js';
export {
  CARRIED_OVER,
  COMPLAINT_OUTCOME_KEYS,
  COMPLAINT_OUTCOMES,
  type ComplaintOutcome,
  complaintOutcomeLabel,
  isComplaintOutcome,
} from './outcome.js';
export {
  COMPLAINT_OUTCOME_GROUP_KEYS,
  COMPLAINT_OUTCOME_GROUPS,
  type ComplaintOutcomeGroup,
  complaintOutcomeGroup,
  complaintOutcomeGroupLabel,
  GROUP_OF_OUTCOME,
} from './outcome-group.js';
export { isOverdue, type OverdueOptions, overdueBy } from './overdue.js';
export {
  parseComplaintEvent,
  parseComplaintRecord,
  safeParseComplaintEvent,
  safeParseComplaintRecord,
} from './parse.js';
export type {
  BusinessAnswerEvent,
  ComplaintBusiness,
  ComplaintConsumer,
  ComplaintEvent,
  ComplaintEventBase,
  ComplaintRecord,
  ComplaintRecordJson,
  ExplainEvent,
  ExtendEvent,
  ForwardToBusinessEvent,
  RedirectEvent,
  ReferToCourtEvent,
  RefuseEvent,
  RegisterEvent,
  ReturnEvent,
  SatisfyEvent,
  StartReviewEvent,
  WithdrawEvent,
} from './record.js';
export {
  REFUSAL_GROUND_KEYS,
  REFUSAL_GROUNDS,
  type RefusalGround,
  refusalGroundLabel,
} from './refusal-ground.js';
export {
  RELIEF_KIND_KEYS,
  RELIEF_KINDS,
  type ReliefKind,
  reliefKindLabel,
  reliefKindsOf,
} from './relief-kind.js';
export {
  type ApplyComplaintEventOptions,
  allowedComplaintEvents,
  applyComplaintEvent,
  type ReplayComplaintOptions,
  replayComplaint,
  safeReplayComplaint,
} from './replay.js';
export { ComplaintEventSchema, ComplaintRecordSchema } from './schema.js';
export {
  COMPLAINT_STATE_KEYS,
  COMPLAINT_STATES,
  type ComplaintState,
  complaintStateLabel,
  isComplaintState,
} from './state.js';
