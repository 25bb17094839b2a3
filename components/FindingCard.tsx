// The card for one finding: what kind, why it matters, the collaborative wordings with an
// Apply button each, and ways to ignore it; once ignored, what was ignored and Undo.
// Buttons act on trusted clicks and keys only, so a page script cannot press them. The
// rule's texts are marked with the note's language, the buttons with the UI's.
import { useEffect, useRef } from 'preact/hooks';
import type { Finding, Suggestion } from '../lib/analysis/types';
import type { IgnoreScope } from '../lib/messaging/messages';
import { IGNORED_NOTICE, IgnoreButtons } from './IgnoreButtons';
import { RULE_ORIGIN_CSS, RuleOrigin } from './RuleOrigin';
import { SuggestionWording } from './SuggestionWording';
import { CATEGORY_NAME } from './rule-names';
import { useT } from './i18n';

export interface FindingCardProps {
  finding: Finding;
  phrase: string;
  /** Where the card goes (card-position.ts); null while it is being measured. */
  at: { left: number; top: number; maxHeight?: number } | null;
  /** A sentence about the last apply, when it did not go as planned. */
  notice?: string;
  /** Move keyboard focus into the card (opened with the shortcut). A card opened by hovering never takes focus. */
  takeFocus: boolean;
  /** An Apply is on its way: the buttons wait. */
  busy?: boolean;
  /** The language the UI speaks (buttons, kinds); the rule's texts speak `finding.lang`. */
  uiLang: string;
  /** False when the phrase is too long to keep as a key: then only "here" and the rule are offered. */
  canIgnoreEverywhere: boolean;
  /** Set once the user ignored the finding: the card says so and offers Undo. */
  ignored?: IgnoreScope;
  onPointerEnter?: () => void;
  onApply: (suggestion: Suggestion) => void;
  onIgnore: (scope: IgnoreScope) => void;
  onUndo: () => void;
  onOpenPanel: () => void;
  onClose: () => void;
}


/** Tab and Shift+Tab go round these while the card is open. */
const FOCUSABLE = 'button:not([disabled]), summary';

function trusted(action: () => void) {
  return (event: Event) => {
    if (!event.isTrusted) return;
    action();
  };
}

export function FindingCard(props: FindingCardProps) {
  const { finding, phrase, at, takeFocus, busy = false, uiLang, ignored, onClose, onPointerEnter } = props;
  const t = useT();
  const card = useRef<HTMLDivElement>(null);
  // The card is first drawn hidden, to measure it, and a hidden button cannot take focus;
  // Preact runs a pending effect before the next render, so it must wait for the placed one.
  const placed = at !== null;
  useEffect(() => {
    // Hover must never take focus from the note: the next keystroke would press a button.
    // Once ignored, focus goes to Undo, so Enter right away takes the ignore back.
    if (placed && (takeFocus || ignored)) card.current?.querySelector<HTMLButtonElement>(ignored ? 'button.undo' : 'button')?.focus({ preventScroll: true });
  }, [finding, takeFocus, ignored, placed]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    // Focus stays in the card while it is open: Tab and Shift+Tab cycle through its controls.
    if (event.key === 'Tab' && card.current) {
      const controls = [...card.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const root = card.current.getRootNode() as ShadowRoot;
      const index = controls.indexOf(root.activeElement as HTMLElement);
      const next = event.shiftKey ? (index <= 0 ? controls.length - 1 : index - 1) : index === controls.length - 1 ? 0 : index + 1;
      controls[next]?.focus();
      event.preventDefault();
    }
  };
  return (
    <div
      ref={card}
      class={`card card-${finding.category}`}
      role="dialog"
      lang={uiLang}
      aria-label={t('cardLabel', t(CATEGORY_NAME[finding.category]), phrase)}
      aria-busy={busy}
      style={at ? { left: `${at.left}px`, top: `${at.top}px`, ...(at.maxHeight !== undefined ? { maxHeight: `${at.maxHeight}px` } : {}) } : { left: '0px', top: '0px', visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onPointerEnter={onPointerEnter}
    >
      <p class="category">
        <span class={`swatch swatch-${finding.category}`} aria-hidden="true" />
        {t(CATEGORY_NAME[finding.category])} · <q lang={finding.lang}>{phrase}</q>
      </p>
      {ignored ? <IgnoredBody {...props} ignored={ignored} /> : <FindingBody {...props} />}
    </div>
  );
}

function IgnoredBody({ phrase, ignored, onUndo, onClose }: FindingCardProps & { ignored: IgnoreScope }) {
  const t = useT();
  return (
    <>
      <p class="ignored" role="status">
        {t(IGNORED_NOTICE[ignored], phrase)}
      </p>
      <div class="actions">
        <button type="button" class="undo" onClick={trusted(onUndo)}>
          {t('cardUndo')}
        </button>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={trusted(onClose)}>
          ×
        </button>
      </div>
    </>
  );
}

function FindingBody({ finding, notice, busy = false, canIgnoreEverywhere, onApply, onIgnore, onOpenPanel, onClose }: FindingCardProps) {
  const t = useT();
  return (
    <>
      <p class="message" lang={finding.lang}>
        {finding.message}
      </p>
      {/* The first view stays short; the why is one click (or Enter) away. */}
      <details class="why">
        <summary>{t('cardWhy')}</summary>
        <p class="explanation" lang={finding.lang}>
          {finding.explanation}
        </p>
        {/* Which rule flagged this (its id, as the rules reference and docs/rules.md list it), and why. */}
        <RuleOrigin finding={finding} />
      </details>
      {notice ? (
        <p class="notice" role="alert">
          {notice}
        </p>
      ) : null}
      {finding.suggestions.length > 0 ? (
        <ul class="suggestions">
          {finding.suggestions.map((suggestion) => (
            <li key={suggestion.text}>
              <SuggestionWording suggestion={suggestion} lang={finding.lang} busy={busy} onApply={trusted(() => onApply(suggestion))} />
            </li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <IgnoreButtons everywhere={canIgnoreEverywhere} disabled={busy} onIgnore={(scope, event) => trusted(() => onIgnore(scope))(event)} />
        <button type="button" onClick={trusted(onOpenPanel)}>
          {t('popupOpenPanel')}
        </button>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={trusted(onClose)}>
          ×
        </button>
      </div>
    </>
  );
}

export const FINDING_CARD_CSS = `
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  width: min(22em, calc(100vw - 16px)); overflow: auto;
  padding: 12px 14px; border-radius: 8px; background: #ffffff; color: #1d2433;
  border: 1px solid #c9d1dc; box-shadow: 0 6px 24px rgba(20, 30, 50, 0.18);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left;
}
.card p { margin: 0 0 8px; }
.category { font-weight: 600; display: flex; gap: 6px; align-items: center; }
.swatch { width: 10px; height: 10px; border-radius: 2px; display: inline-block; }
.swatch-directive { background: #0072B2; } .swatch-judgmental { background: #D55E00; } .swatch-interpretation { background: #CC79A7; }
.message { font-weight: 600; }
.why { margin: 0 0 8px; } .why summary { cursor: pointer; color: #1f5f8b; }
.why summary:focus-visible { outline: 3px solid #1f6f5c; outline-offset: 2px; }
.explanation { color: #3d4656; margin: 4px 0 0; }
.notice { color: #a3321f; }
.ignored { font-weight: 600; }
.suggestions { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 8px; }
.suggestions li { display: grid; gap: 4px; padding: 8px; border-radius: 6px; background: #f3f6f9; }
.label, .also { font-size: 12px; color: #5b6475; }
.text { font-style: italic; }
button { font: inherit; border-radius: 6px; padding: 4px 10px; border: 1px solid #c9d1dc; background: #fff; color: #1d2433; cursor: pointer; }
button[disabled] { opacity: 0.6; cursor: progress; }
button.apply { justify-self: start; background: #1f6f5c; border-color: #1f6f5c; color: #fff; }
button:focus-visible { outline: 3px solid #1f6f5c; outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.close { margin-left: auto; }
${RULE_ORIGIN_CSS}`;
