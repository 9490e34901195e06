/**
 * The source link every rule shown must carry, with "≈ verify" on rules Amazon does not state itself
 * (architecture.md "Rules as data": status third-party or inferred).
 */
import { t, translator } from '@/utils/i18n/active';
import type { MessageKey } from '@/utils/i18n/translate';

/** The rule fields the UI shows (a subset of utils/policy rules). */
export interface RuleRef {
  id: string;
  title: string;
  source: string;
  status: 'amazon' | 'third-party' | 'inferred';
}

const STATUS_KEY: Record<RuleRef['status'], MessageKey> = {
  amazon: 'common.status.amazon',
  'third-party': 'common.status.thirdParty',
  inferred: 'common.status.inferred',
};

/** Link to a rule's source, flagged "≈ verify" unless Amazon states it. */
/** A rule, criterion or reference as the source link shows it (its title is localised when shown). */
export function ruleRefOf(rule: RuleRef): RuleRef {
  return rule;
}

/**
 * The title in the UI's language: a policy rule's or SAFE-T criterion's from the tables (by id), a title
 * that is itself a table key, else the title as given.
 */
export function ruleTitleText(rule: Pick<RuleRef, 'id' | 'title'>): string {
  const tr = translator();
  const id = rule.id.replaceAll('-', '_');
  for (const key of [`policy.rule.${id}`, `policy.criterion.${id}`, rule.title]) if (tr.has(key)) return tr(key as MessageKey);
  return rule.title;
}

export function RuleSource({ rule }: { rule: RuleRef }) {
  const safeHref = /^https:\/\//.test(rule.source) ? rule.source : undefined;
  return (
    <span className="sfp-rule" data-sfp-rule={rule.id} data-sfp-rule-status={rule.status}>
      {safeHref ? (
        <a href={safeHref} target="_blank" rel="noreferrer noopener" title={t('common.ruleTitle', { title: ruleTitleText(rule), status: t(STATUS_KEY[rule.status]) })}>
          {t('common.source')}
        </a>
      ) : (
        <span title={rule.source}>{t('common.sourceUnknown')}</span>
      )}
      {rule.status !== 'amazon' && (
        <abbr className="sfp-verify" title={t(STATUS_KEY[rule.status])}>
          {t('common.verify')}
        </abbr>
      )}
    </span>
  );
}
