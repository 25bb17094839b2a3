// The three ways to ignore a finding, the same in the card and in the side panel: this place
// only, these words everywhere (when the phrase is short enough to keep as a key), or the
// rule; and what both say once it is done.
import type { IgnoreScope } from '../lib/messaging/messages';
import { useT, type MessageKey } from './i18n';

const BUTTONS: ReadonlyArray<[IgnoreScope, MessageKey, MessageKey | null]> = [
  ['here', 'cardIgnoreHere', 'cardIgnoreHereHint'],
  ['everywhere', 'cardIgnoreEverywhere', 'cardIgnoreEverywhereHint'],
  ['rule', 'cardIgnoreRule', null],
];

/** What the card and the side panel say once a finding is ignored, by scope. */
export const IGNORED_NOTICE: Readonly<Record<IgnoreScope, MessageKey>> = {
  here: 'ignoredHere',
  everywhere: 'ignoredEverywhere',
  rule: 'ignoredRule',
};

export interface IgnoreButtonsProps {
  /** Offer "Ignore everywhere" (see canIgnoreEverywhere). */
  everywhere: boolean;
  disabled?: boolean;
  /** The click comes along, so the card can refuse one a page script made. */
  onIgnore: (scope: IgnoreScope, event: MouseEvent) => void;
}

export function IgnoreButtons({ everywhere, disabled = false, onIgnore }: IgnoreButtonsProps) {
  const t = useT();
  return (
    <>
      {BUTTONS.filter(([scope]) => everywhere || scope !== 'everywhere').map(([scope, label, hint]) => (
        <button key={scope} type="button" disabled={disabled} {...(hint ? { title: t(hint) } : {})} onClick={(event) => onIgnore(scope, event)}>
          {t(label)}
        </button>
      ))}
    </>
  );
}
