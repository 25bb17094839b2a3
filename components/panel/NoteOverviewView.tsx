// The top of the side panel: how the note speaks. A bar compares directive and judgmental
// wording with the parent's own voice and shared agreements, plus gentle prompts.
import type { NoteOverview } from '../../lib/analysis/voice';
import { CATEGORY_COLOURS } from '../category-style';
import { useT } from '../i18n';
import { CATEGORY_NAME } from '../rule-names';

// The categories in their underline colours, then the note's other voices.
const SEGMENTS = [
  { key: 'directive', colour: CATEGORY_COLOURS.directive, label: CATEGORY_NAME.directive },
  { key: 'judgmental', colour: CATEGORY_COLOURS.judgmental, label: CATEGORY_NAME.judgmental },
  { key: 'interpretation', colour: CATEGORY_COLOURS.interpretation, label: CATEGORY_NAME.interpretation },
  { key: 'parentVoice', colour: '#009E73', label: 'overviewParentVoice' },
  { key: 'agreements', colour: '#56B4E9', label: 'overviewAgreements' },
] as const;

export function NoteOverviewView({ overview }: { overview: NoteOverview }) {
  const t = useT();
  const total = SEGMENTS.reduce((sum, segment) => sum + overview.counts[segment.key], 0);
  return (
    <section class="overview" aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overviewTitle')}</h2>
      {total > 0 ? (
        <div class="bar" role="img" aria-label={t('overviewBarLabel')}>
          {SEGMENTS.filter((segment) => overview.counts[segment.key] > 0).map((segment) => (
            <span key={segment.key} style={{ flexGrow: overview.counts[segment.key], background: segment.colour }} />
          ))}
        </div>
      ) : null}
      <dl class="counts">
        {SEGMENTS.map((segment) => (
          <div key={segment.key}>
            <dt>
              <span class="swatch" style={{ background: segment.colour }} aria-hidden="true" />
              {t(segment.label)}
            </dt>
            <dd data-count={segment.key}>{overview.counts[segment.key]}</dd>
          </div>
        ))}
      </dl>
      {overview.parentPerspectiveMissing ? <p class="prompt">{t('overviewPromptParentVoice')}</p> : null}
      {overview.factsAndInterpretationsMixed ? <p class="prompt">{t('overviewPromptFacts')}</p> : null}
    </section>
  );
}
