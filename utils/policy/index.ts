/**
 * The policy engine (pure): dated rules, deadlines with reasons, SAFE-T outlook; contact routing and
 * guidance live beside it (classify*, guidance*, replies*). Public contract: architecture.md.
 */
export { PolicyInputError } from './errors';
export { RULES, EVENT_LABELS, ruleFor, ruleById, type ClockKind, type ClockId, type Rule, type RuleProblem } from './rules';
export {
  CLOCK_IDS,
  PAGE_DATED_CLOCKS,
  computeDeadline,
  type Deadline,
  type DeadlineContext,
} from './deadlines';
export {
  safetOutlook,
  evidenceChecklist,
  RETURN_PROBLEMS,
  SAFET_CRITERIA,
  criterionById,
  type RefundFacts,
  type SafetOutlook,
  type SafetReason,
  type EvidenceItem,
  type ReturnProblem,
  type SafetCriterion,
} from './safet';
export {
  classifyContact,
  UNCLEAR_BELOW,
  BODY_SCAN_CHARS,
  MAX_MESSAGE_CHARS,
  type ContactIntent,
  type ContactInput,
  type ContactClassification,
  type ContactLanguage,
  type OtherTopic,
  type UnclearReason,
} from './classify';
export {
  guidanceFor,
  STANDARD_RULES_TEXT,
  SEED_SOURCE,
  type Guidance,
  type GuidanceAction,
  type GuidanceDeadline,
  type GuidanceInput,
  type GuidanceReason,
  type GuidanceReply,
  type ContactSummary,
  type OrderFacts,
  type ReturnStatus,
} from './guidance';
export { replyText, REPLY_KINDS, REPLY_LANGUAGES, type ReplyKind, type ReplyLanguage } from './replies';
