// The side panel: the site's state, the note overview and findings when a note is in focus,
// how to start otherwise, and the tips.
import type { NoteSnapshot, PanelFinding } from '../../lib/note-snapshot';
import type { SiteStatus } from '../../lib/site-status';
import type { Tip, TipId } from '../../lib/tips/types';
import { SiteSwitch, type SiteSwitchProps } from '../SiteSwitch';
import { useT } from '../i18n';
import { FindingList } from './FindingList';
import { NoteOverviewView } from './NoteOverviewView';
import { TipsView } from './TipsView';

export interface PanelProps {
  status: SiteStatus | null;
  snapshot: NoteSnapshot | null;
  tips: Tip[];
  openTip: string | null;
  notice?: string;
  site: Omit<SiteSwitchProps, 'status'>;
  onApply: (finding: PanelFinding, suggestion: number) => void;
  onIgnore: (finding: PanelFinding, scope: 'here' | 'rule') => void;
  onReveal: (finding: PanelFinding) => void;
  onTip: (tip: TipId) => void;
}

export function Panel({ status, snapshot, tips, openTip, notice, site, onApply, onIgnore, onReveal, onTip }: PanelProps) {
  const t = useT();
  const on = status?.kind === 'on';
  return (
    <main class="panel">
      <h1>{t('sidepanelTitle')}</h1>
      {status && !on ? <SiteSwitch status={status} {...site} /> : null}
      {on && snapshot ? (
        <>
          {snapshot.narrowed ? <p class="prompt">{t('panelNarrowed')}</p> : null}
          {snapshot.underlinesPaused ? <p class="prompt">{t('panelUnderlinesPaused')}</p> : null}
          <NoteOverviewView overview={snapshot.overview} />
          <FindingList
            findings={snapshot.findings}
            {...(notice ? { notice } : {})}
            onApply={onApply}
            onIgnore={onIgnore}
            onReveal={onReveal}
            onTip={(tip) => onTip(tip as TipId)}
          />
        </>
      ) : null}
      {on && !snapshot ? <p class="empty">{t('panelNoNote')}</p> : null}
      <p class="shortcut">{t('panelShortcut')}</p>
      <TipsView tips={tips} open={openTip} onToggle={onTip} />
    </main>
  );
}
