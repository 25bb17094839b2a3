// One suggested wording with its Apply button, the same in the card and the side panel. The
// wording speaks the note's language; the button, named after the wording it puts in, the UI's.
import type { Lang, Suggestion } from '../lib/analysis/types';
import { useT } from './i18n';

export interface SuggestionWordingProps {
  suggestion: Suggestion;
  lang: Lang;
  busy?: boolean;
  /** The click comes along, so the card can refuse one a page script made. */
  onApply: (event: MouseEvent) => void;
}

export function SuggestionWording({ suggestion, lang, busy = false, onApply }: SuggestionWordingProps) {
  const t = useT();
  return (
    <>
      <span class="label" lang={lang}>
        {suggestion.label}
      </span>
      <span class="text" lang={lang}>
        {suggestion.text}
      </span>
      {suggestion.alsoChanges && suggestion.alsoChanges.length > 0 ? (
        // Text from the note, rendered as text: the wording also changes another finding's words, and says which.
        <span class="also">{t('suggestionAlsoChanges', suggestion.alsoChanges.map((words) => `“${words}”`).join(', '))}</span>
      ) : null}
      <button type="button" class="apply" disabled={busy} aria-label={t('cardApplyNamed', suggestion.text)} onClick={onApply}>
        {busy ? t('cardApplying') : t('cardApply')}
      </button>
    </>
  );
}
