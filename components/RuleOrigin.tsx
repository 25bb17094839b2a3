// Which rule flagged a finding and, on request, the reason ids behind it: how the rule
// matched ("pattern-2" of the rule as the rules reference lists it, "clause-condition") and
// the tagger's decisions about its words ("subject-opens-clause"). Ids, never the note's
// words, so a user can quote them to whoever maintains the rules. Shared by card and panel.
import type { Finding } from '../lib/analysis/types';
import { useT } from './i18n';

export function RuleOrigin({ finding }: { finding: Finding }) {
  const t = useT();
  const reasons = finding.reasons ?? [];
  return (
    <div class="rule-origin">
      <p>{t('ruleOrigin', finding.ruleId)}</p>
      {reasons.length > 0 ? (
        <details class="reasons">
          <summary>{t('ruleReasons')}</summary>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>
                <code>{reason}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** The card renders in a shadow root and brings its own styles; the panel's stylesheet has the same rules (summaries 24 px high: a target the pointer can hit, WCAG 2.5.8). */
export const RULE_ORIGIN_CSS = `
.rule-origin { color: #4a5466; margin: 4px 0 0; font-size: 0.85em; }
.rule-origin p { margin: 0; }
.rule-origin summary { cursor: pointer; color: #1f5f8b; min-height: 24px; line-height: 24px; }
.rule-origin summary:focus-visible { outline: 3px solid #1f6f5c; outline-offset: 2px; }
.rule-origin ul { margin: 2px 0 0; padding-left: 1.2em; }
`;
