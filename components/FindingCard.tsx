// The card for one finding: what kind, why it matters, the collaborative wordings with an
// Apply button each, and ways to ignore it. Buttons act on trusted clicks and keys only,
// so a page script cannot press them.
import { useEffect, useRef } from 'preact/hooks';
import type { Finding, Suggestion } from '../lib/analysis/types';
import type { MessageKey } from '../lib/i18n';
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
  onPointerEnter?: () => void;
  onApply: (suggestion: Suggestion) => void;
  onIgnoreHere: () => void;
  onIgnoreRule: () => void;
  onOpenPanel: () => void;
  onClose: () => void;
}

const CATEGORY_KEY: Record<Finding['category'], MessageKey> = {
  directive: 'categoryDirective',
  judgmental: 'categoryJudgmental',
  interpretation: 'categoryInterpretation',
};

function trusted(action: () => void) {
  return (event: Event) => {
    if (!event.isTrusted) return;
    action();
  };
}

export function FindingCard({ finding, phrase, at, notice, takeFocus, busy = false, onApply, onIgnoreHere, onIgnoreRule, onOpenPanel, onClose, onPointerEnter }: FindingCardProps) {
  const t = useT();
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Hover must never take focus from the note: the next keystroke would press a button.
    if (takeFocus) card.current?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
  }, [finding, takeFocus]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    // Focus stays in the card while it is open: Tab and Shift+Tab cycle through its buttons.
    if (event.key === 'Tab' && card.current) {
      const buttons = [...card.current.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
      const root = card.current.getRootNode() as ShadowRoot;
      const index = buttons.indexOf(root.activeElement as HTMLButtonElement);
      const next = event.shiftKey ? (index <= 0 ? buttons.length - 1 : index - 1) : index === buttons.length - 1 ? 0 : index + 1;
      buttons[next]?.focus();
      event.preventDefault();
    }
  };
  return (
    <div
      ref={card}
      class={`card card-${finding.category}`}
      role="dialog"
      aria-label={t('cardLabel', t(CATEGORY_KEY[finding.category]), phrase)}
      aria-busy={busy}
      style={at ? { left: `${at.left}px`, top: `${at.top}px`, ...(at.maxHeight !== undefined ? { maxHeight: `${at.maxHeight}px` } : {}) } : { left: '0px', top: '0px', visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onPointerEnter={onPointerEnter}
    >
      <p class="category">
        <span class={`swatch swatch-${finding.category}`} aria-hidden="true" />
        {t(CATEGORY_KEY[finding.category])} · <q>{phrase}</q>
      </p>
      <p class="message">{finding.message}</p>
      {/* The first view stays short; the why is one click (or Enter) away. */}
      <details class="why">
        <summary>{t('cardWhy')}</summary>
        <p class="explanation">{finding.explanation}</p>
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
              <span class="label">{suggestion.label}</span>
              <span class="text">{suggestion.text}</span>
              <button type="button" class="apply" disabled={busy} aria-label={t('cardApplyNamed', suggestion.text)} onClick={trusted(() => onApply(suggestion))}>
                {busy ? t('cardApplying') : t('cardApply')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <button type="button" disabled={busy} onClick={trusted(onIgnoreHere)}>
          {t('cardIgnoreHere')}
        </button>
        <button type="button" disabled={busy} onClick={trusted(onIgnoreRule)}>
          {t('cardIgnoreRule')}
        </button>
        <button type="button" onClick={trusted(onOpenPanel)}>
          {t('popupOpenPanel')}
        </button>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={trusted(onClose)}>
          ×
        </button>
      </div>
    </div>
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
.suggestions { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 8px; }
.suggestions li { display: grid; gap: 4px; padding: 8px; border-radius: 6px; background: #f3f6f9; }
.label { font-size: 12px; color: #5b6475; }
.text { font-style: italic; }
button { font: inherit; border-radius: 6px; padding: 4px 10px; border: 1px solid #c9d1dc; background: #fff; color: #1d2433; cursor: pointer; }
button[disabled] { opacity: 0.6; cursor: progress; }
button.apply { justify-self: start; background: #1f6f5c; border-color: #1f6f5c; color: #fff; }
button:focus-visible { outline: 3px solid #1f6f5c; outline-offset: 2px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.close { margin-left: auto; }
`;
