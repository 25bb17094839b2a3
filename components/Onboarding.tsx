// The page that opens once at install: how to switch a site on, what the underlines mean,
// the card, the side panel, Apply and the three ways to ignore, with pictures of the card
// and the panel taken from the real build (npm run screenshots).
import type { Category } from '../lib/analysis/types';
import { CATEGORY_COLOURS, CATEGORY_LINE } from './category-style';
import { CATEGORY_NAME } from './rule-names';
import { useT, type MessageKey } from './i18n';

export interface OnboardingProps {
  /** The shortcuts as set now; `panel` is '' when the side panel has none. */
  shortcuts: { next: string; panel: string };
  cardImage: string;
  panelImage: string;
  onOpenSettings: () => void;
}

const UNDERLINES: Array<[Category, MessageKey]> = [
  ['directive', 'onboardingUnderlineDirective'],
  ['judgmental', 'onboardingUnderlineJudgmental'],
  ['interpretation', 'onboardingUnderlineInterpretation'],
];
const IGNORES: MessageKey[] = ['onboardingIgnoreHere', 'onboardingIgnoreEverywhere', 'onboardingIgnoreRule'];

export function Onboarding({ shortcuts, cardImage, panelImage, onOpenSettings }: OnboardingProps) {
  const t = useT();
  return (
    <div class="onboarding">
      <h1>{t('onboardingTitle')}</h1>
      <p>{t('onboardingIntro')}</p>

      <h2>{t('onboardingSwitchOnTitle')}</h2>
      <p>{t('onboardingBody1')}</p>

      <h2>{t('onboardingUnderlinesTitle')}</h2>
      <ul class="underlines">
        {UNDERLINES.map(([category, text]) => (
          <li key={category}>
            {/* The same line the note shows: colour and wavy/dotted, so it is not colour alone. */}
            <span class="sample" style={{ textDecoration: `underline ${CATEGORY_LINE[category]} ${CATEGORY_COLOURS[category]}` }}>
              {t(CATEGORY_NAME[category])}
            </span>
            : {t(text)}
          </li>
        ))}
      </ul>

      <h2>{t('onboardingCardTitle')}</h2>
      <p>{t('onboardingCard', shortcuts.next)}</p>
      <img class="shot" src={cardImage} alt={t('onboardingCardImage')} />

      <h2>{t('onboardingPanelTitle')}</h2>
      <p>{t('onboardingPanel')}</p>
      <p class="panel-shortcut">{shortcuts.panel ? t('settingsShortcutPanel', shortcuts.panel) : t('settingsShortcutPanelNone')}</p>
      <img class="shot shot-panel" src={panelImage} alt={t('onboardingPanelImage')} />

      <h2>{t('onboardingApplyTitle')}</h2>
      <p>{t('onboardingApply')}</p>

      <h2>{t('onboardingIgnoreTitle')}</h2>
      <ul>
        {IGNORES.map((text) => (
          <li key={text}>{t(text)}</li>
        ))}
      </ul>
      <p>{t('onboardingIgnoreUndo')}</p>

      <p>{t('onboardingBody2')}</p>
      <button type="button" onClick={onOpenSettings}>
        {t('onboardingSettingsLink')}
      </button>
    </div>
  );
}
