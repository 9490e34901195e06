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
