// The findings of the note, grouped by category and in note order: the phrase, why it
// matters, the suggestions with Apply, Ignore, and a link to the tip behind it.
import type { Category } from '../../lib/analysis/types';
import type { MessageKey } from '../../lib/i18n';
import type { PanelFinding } from '../../lib/note-snapshot';
import { useT } from '../i18n';

const CATEGORY_KEY: Record<Category, MessageKey> = {
  directive: 'categoryDirective',
  judgmental: 'categoryJudgmental',
  interpretation: 'categoryInterpretation',
};

export interface FindingListProps {
  findings: PanelFinding[];
  notice?: string;
  onApply: (finding: PanelFinding, suggestion: number) => void;
  onIgnore: (finding: PanelFinding, scope: 'here' | 'rule') => void;
  onReveal: (finding: PanelFinding) => void;
  onTip: (tip: string) => void;
}

export function FindingList({ findings, notice, onApply, onIgnore, onReveal, onTip }: FindingListProps) {
  const t = useT();
  const groups = (['directive', 'judgmental', 'interpretation'] as const)
    .map((category) => ({ category, items: findings.filter((finding) => finding.category === category).sort((a, b) => a.start - b.start) }))
    .filter((group) => group.items.length > 0);
  if (groups.length === 0) return <p class="empty">{t('panelNoFindings')}</p>;
  return (
    <section class="findings" aria-label={t('panelFindingsTitle')}>
      {notice ? (
        <p class="notice" role="alert">
          {notice}
        </p>
      ) : null}
      {groups.map((group) => (
        <div key={group.category} class={`group group-${group.category}`}>
          <h2>
            {t(CATEGORY_KEY[group.category])} <span class="count">{group.items.length}</span>
          </h2>
          <ul>
            {group.items.map((finding) => (
              <li key={finding.key} class="finding" data-rule={finding.ruleId}>
                <button type="button" class="phrase" onClick={() => onReveal(finding)} title={t('panelReveal')}>
                  “{finding.phrase}”
                </button>
                <p class="message">{finding.message}</p>
                <p class="explanation">{finding.explanation}</p>
                {finding.suggestions.map((suggestion, index) => (
                  <div key={suggestion.text} class="suggestion">
                    <span class="label">{suggestion.label}</span>
                    <span class="text">{suggestion.text}</span>
                    <button type="button" class="apply" onClick={() => onApply(finding, index)}>
                      {t('cardApply')}
                    </button>
                  </div>
                ))}
                <div class="actions">
                  <button type="button" onClick={() => onIgnore(finding, 'here')}>
                    {t('cardIgnoreHere')}
                  </button>
                  <button type="button" onClick={() => onIgnore(finding, 'rule')}>
                    {t('cardIgnoreRule')}
                  </button>
                  {finding.tip ? (
                    <button type="button" class="link" onClick={() => onTip(finding.tip as string)}>
                      {t('panelTipLink')}
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
