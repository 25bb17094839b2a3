// The tips library: a few sentences, reflection questions and a before/after example per
// tip. The tip a finding links to opens and scrolls into view.
import { useEffect, useRef } from 'preact/hooks';
import type { Tip, TipId } from '../../lib/tips/types';
import { useT } from '../i18n';

export function TipsView({ tips, open, onToggle }: { tips: Tip[]; open: string | null; onToggle: (id: TipId) => void }) {
  const t = useT();
  const list = useRef<HTMLElement>(null);
  useEffect(() => {
    if (open) list.current?.querySelector(`#tip-${open}`)?.scrollIntoView({ block: 'start' });
  }, [open]);
  return (
    <section class="tips" ref={list} aria-labelledby="tips-title">
      <h2 id="tips-title">{t('panelTipsTitle')}</h2>
      {tips.map((tip) => (
        <details key={tip.id} id={`tip-${tip.id}`} open={open === tip.id} onToggle={(event) => (event.currentTarget as HTMLDetailsElement).open && onToggle(tip.id)}>
          <summary>{tip.title}</summary>
          {tip.body.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <h3>{t('tipReflection')}</h3>
          <ul>
            {tip.reflection.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
          <h3>{t('tipExample')}</h3>
          <p class="before">
            <span>{t('tipBefore')}</span> {tip.example.before}
          </p>
          <p class="after">
            <span>{t('tipAfter')}</span> {tip.example.after}
          </p>
          <p class="source">{tip.source}</p>
        </details>
      ))}
    </section>
  );
}
