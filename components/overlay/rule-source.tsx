/**
 * The source link every rule shown must carry, with "≈ verify" on rules Amazon does not state itself
 * (architecture.md "Rules as data": status third-party or inferred).
 */

/** The rule fields the UI shows (a subset of utils/policy rules). */
export interface RuleRef {
  id: string;
  title: string;
  source: string;
  status: 'amazon' | 'third-party' | 'inferred';
}

const STATUS_TEXT: Record<RuleRef['status'], string> = {
  amazon: 'stated by Amazon',
  'third-party': 'reported by third parties, not stated by Amazon',
  inferred: 'our inference, not stated by Amazon',
};

/** Link to a rule's source, flagged "≈ verify" unless Amazon states it. */
export function RuleSource({ rule }: { rule: RuleRef }) {
  const safeHref = /^https:\/\//.test(rule.source) ? rule.source : undefined;
  return (
    <span className="sfp-rule" data-sfp-rule={rule.id} data-sfp-rule-status={rule.status}>
      {safeHref ? (
        <a href={safeHref} target="_blank" rel="noreferrer noopener" title={`${rule.title} — ${STATUS_TEXT[rule.status]}`}>
          source
        </a>
      ) : (
        <span title={rule.source}>source unknown</span>
      )}
      {rule.status !== 'amazon' && (
        <abbr className="sfp-verify" title={STATUS_TEXT[rule.status]}>
          ≈ verify
        </abbr>
      )}
    </span>
  );
}
