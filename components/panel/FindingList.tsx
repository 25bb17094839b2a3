// The findings of the note, grouped by category and in note order: the phrase, why it
// matters, the suggestions with Apply, the ways to ignore, and a link to the tip behind it.
// After an action the panel asks for focus (PanelFocus): on the finding that took the place
// of the one acted on, or back on one whose ignore was undone. The rule's texts are marked
// with the note's language; the buttons speak the UI's (the page's `lang`). A rule's long
// explanation is shown in full once; later findings with the same text fold it away, so a
// note with five 'moet's does not read as five lectures.
import { useEffect, useRef } from 'preact/hooks';
import { CATEGORIES } from '../../lib/analysis/types';
import type { PanelFinding } from '../../lib/messaging/note-snapshot';
import type { IgnoreScope } from '../../lib/messaging/messages';
import { IgnoreButtons } from '../IgnoreButtons';
import { RuleOrigin } from '../RuleOrigin';
import { SuggestionWording } from '../SuggestionWording';
import { CATEGORY_NAME } from '../rule-names';
import { useT } from '../i18n';


/**
 * Where focus goes once the next snapshot shows the result: `gone` is the key of a finding
 * applied or ignored (focus moves to the one now at its position in the list, or to the
 * list's end when none is left); `back` is the key of a finding shown again by an undo.
 */
export type PanelFocus = { gone: string; index: number } | { back: string };

/** The findings in the order the panel lists them: by category, then by place in the note. */
export function inListOrder(findings: readonly PanelFinding[]): PanelFinding[] {
  return CATEGORIES.flatMap((category) => findings.filter((finding) => finding.category === category).sort((a, b) => a.start - b.start));
}

/** Keys of the findings that show their explanation in full: the first in list order with each text (sibling rules share texts). */
export function firstWithEachExplanation(ordered: readonly PanelFinding[]): Set<string> {
  const seen = new Map<string, string>();
  for (const finding of ordered) if (!seen.has(finding.explanation)) seen.set(finding.explanation, finding.key);
  return new Set(seen.values());
}

export interface FindingListProps {
  findings: PanelFinding[];
  notice?: string;
  focus?: PanelFocus | null;
  /** Focus went where `focus` asked. */
  onFocused?: () => void;
  onApply: (finding: PanelFinding, suggestion: number) => void;
  onIgnore: (finding: PanelFinding, scope: IgnoreScope) => void;
  onReveal: (finding: PanelFinding) => void;
  onTip: (tip: string) => void;
}

export function FindingList({ findings, notice, focus, onFocused, onApply, onIgnore, onReveal, onTip }: FindingListProps) {
  const t = useT();
  const list = useRef<HTMLElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  const ordered = inListOrder(findings);
  useEffect(() => {
    if (!focus) return;
    const keys = ordered.map((finding) => finding.key);
    let target: PanelFinding | undefined;
    if ('gone' in focus) {
      // Still listed: the snapshot that drops it has not come yet.
      if (keys.includes(focus.gone)) return;
      target = ordered[focus.index] ?? ordered[0];
    } else {
      target = ordered.find((finding) => finding.key === focus.back);
      if (!target) return;
    }
    const phrase = target ? list.current?.querySelector<HTMLButtonElement>(`li[data-key="${CSS.escape(target.key)}"] .phrase`) : empty.current;
    phrase?.focus();
    onFocused?.();
  });
  const explainedFirst = firstWithEachExplanation(ordered);
  const groups = CATEGORIES.map((category) => ({ category, items: ordered.filter((finding) => finding.category === category) })).filter((group) => group.items.length > 0);
  if (groups.length === 0) {
    return (
      <p class="empty" ref={empty} tabIndex={-1}>
        {t('panelNoFindings')}
      </p>
    );
  }
  return (
    <section class="findings" ref={list} aria-label={t('panelFindingsTitle')}>
      {notice ? (
        <p class="notice" role="alert">
          {notice}
        </p>
      ) : null}
      {groups.map((group) => (
        <div key={group.category} class={`group group-${group.category}`}>
          <h2>
            {t(CATEGORY_NAME[group.category])} <span class="count">{group.items.length}</span>
          </h2>
          <ul>
            {group.items.map((finding) => (
              <li key={finding.key} class="finding" data-rule={finding.ruleId} data-key={finding.key}>
                <button type="button" class="phrase" lang={finding.lang} onClick={() => onReveal(finding)} title={t('panelReveal')}>
                  “{finding.phrase}”
                </button>
                <p class="message" lang={finding.lang}>
                  {finding.message}
                </p>
                <RuleOrigin finding={finding} />
                {explainedFirst.has(finding.key) ? (
                  <p class="explanation" lang={finding.lang}>
                    {finding.explanation}
                  </p>
                ) : (
                  <details class="explanation-again">
                    <summary>{t('panelExplanationAgain')}</summary>
                    <p class="explanation" lang={finding.lang}>
                      {finding.explanation}
                    </p>
                  </details>
                )}
                {finding.suggestions.map((suggestion, index) => (
                  <div key={suggestion.text} class="suggestion">
                    <SuggestionWording suggestion={suggestion} lang={finding.lang} onApply={() => onApply(finding, index)} />
                  </div>
                ))}
                <div class="actions">
                  <IgnoreButtons everywhere={finding.everywhere} onIgnore={(scope) => onIgnore(finding, scope)} />
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
