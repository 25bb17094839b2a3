// The side panel: the site's state, the note overview and findings when a note is in focus,
// how to start otherwise, and the tips. One live region says what the last action did, with
// Undo beside it after an ignore.
import type { NoteSnapshot, PanelFinding } from '../../lib/messaging/note-snapshot';
import type { SiteStatus } from '../../lib/sites/site-status';
import type { Tip, TipId } from '../../lib/tips/types';
import { SiteSwitch, type SiteSwitchProps } from '../SiteSwitch';
import { useT } from '../i18n';
import { FindingList, type PanelFocus } from './FindingList';
import type { IgnoreScope } from '../../lib/messaging/messages';
import { NoteOverviewView } from './NoteOverviewView';
import { TipsView } from './TipsView';

export interface PanelProps {
  status: SiteStatus | null;
  snapshot: NoteSnapshot | null;
  tips: Tip[];
  openTip: string | null;
  notice?: string;
  /** What the last action did, read out by screen readers; `undo` takes an ignore back. */
  result?: { text: string; undo?: () => void };
  focus?: PanelFocus | null;
  onFocused?: () => void;
  site: Omit<SiteSwitchProps, 'status'>;
  onApply: (finding: PanelFinding, suggestion: number) => void;
  onIgnore: (finding: PanelFinding, scope: IgnoreScope) => void;
  onReveal: (finding: PanelFinding) => void;
  onTip: (tip: TipId) => void;
  /** The shortcuts as set now: `panel` is '' when the user removed the side panel's. */
  shortcuts: { next: string; panel: string };
}

export function Panel({ status, snapshot, tips, openTip, notice, result, focus, onFocused, site, onApply, onIgnore, onReveal, onTip, shortcuts }: PanelProps) {
  const t = useT();
  const on = status?.kind === 'on';
  return (
    <main class="panel">
      <h1>{t('sidepanelTitle')}</h1>
      {status && !on ? <SiteSwitch status={status} {...site} /> : null}
      {/* Always in the page: a live region added together with its text is often not read. */}
      <div class="result">
        <p role="status" class="result-text" tabIndex={-1}>
          {result?.text ?? ''}
        </p>
        {result?.undo ? (
          <button type="button" class="undo" onClick={result.undo}>
            {t('cardUndo')}
          </button>
        ) : null}
      </div>
      {on && snapshot ? (
        <>
          {snapshot.narrowed ? <p class="prompt">{t('panelNarrowed')}</p> : null}
          {snapshot.underlinesPaused ? <p class="prompt">{t('panelUnderlinesPaused', shortcuts.next)}</p> : null}
          <NoteOverviewView overview={snapshot.overview} />
          <FindingList
            findings={snapshot.findings}
            {...(notice ? { notice } : {})}
            focus={focus ?? null}
            {...(onFocused ? { onFocused } : {})}
            onApply={onApply}
            onIgnore={onIgnore}
            onReveal={onReveal}
            onTip={(tip) => onTip(tip as TipId)}
          />
        </>
      ) : null}
      {on && !snapshot ? <p class="empty">{t('panelNoNote')}</p> : null}
      <p class="shortcut">{shortcuts.panel ? t('panelShortcut', shortcuts.next, shortcuts.panel) : t('panelShortcutNext', shortcuts.next)}</p>
      <TipsView tips={tips} open={openTip} onToggle={onTip} />
    </main>
  );
}
