// The popup's body: what Samenspraak does on this site, and the buttons to change it.
import type { SiteStatus } from '../lib/sites/site-status';
import { useT } from './i18n';

export interface SiteSwitchProps {
  status: SiteStatus;
  busy: boolean;
  /** A sentence in plain words when the last action failed. */
  problem?: string;
  onSwitchOn: () => void;
  onPause: () => void;
  onRemove: () => void;
  onOpenPanel: () => void;
  /** Findings in the note that has focus in the tab, when known. */
  findings?: number;
  onOpenSettings?: () => void;
}

export function SiteSwitch({ status, busy, problem, onSwitchOn, onPause, onRemove, onOpenPanel, findings, onOpenSettings }: SiteSwitchProps) {
  const t = useT();
  const openPanel = (
    <>
      <button type="button" class="secondary" onClick={onOpenPanel}>
        {t('popupOpenPanel')}
      </button>
      {onOpenSettings ? (
        <button type="button" class="secondary" onClick={onOpenSettings}>
          {t('popupOpenSettings')}
        </button>
      ) : null}
    </>
  );
  const problemLine = problem ? (
    <p class="problem" role="alert">
      {problem}
    </p>
  ) : null;

  if (status.kind === 'unsupported') {
    return (
      <section class="site-switch">
        <p>{t('popupUnsupported')}</p>
        {openPanel}
      </section>
    );
  }
  if (status.kind === 'off' || status.kind === 'needs-access') {
    return (
      <section class="site-switch" data-state={status.kind}>
        <p>{t(status.kind === 'off' ? 'popupOffFor' : 'popupNeedsAccess', status.label)}</p>
        {problemLine}
        <button type="button" class="primary" disabled={busy} onClick={onSwitchOn}>
          {t('popupSwitchOn', status.label)}
        </button>
        {openPanel}
      </section>
    );
  }
  const on = status.kind === 'on';
  return (
    <section class="site-switch" data-state={status.kind}>
      <p class="state">
        <span class={on ? 'dot on' : 'dot'} aria-hidden="true" />
        {t(on ? 'popupOnFor' : 'popupPausedFor', status.label)}
      </p>
      {status.source === 'development' ? <p class="source">{t('popupSourceDevelopment')}</p> : null}
      {status.source === 'organisation' ? <p class="source">{t('setByOrganisation')}</p> : null}
      {on && findings !== undefined ? <p class="findings-count">{t('popupFindings', String(findings))}</p> : null}
      {problemLine}
      {on ? (
        <button type="button" class="primary" disabled={busy} onClick={onPause}>
          {t('popupPause')}
        </button>
      ) : (
        <button type="button" class="primary" disabled={busy} onClick={onSwitchOn}>
          {t('popupResume')}
        </button>
      )}
      {openPanel}
      <button type="button" class="link" disabled={busy} onClick={onRemove}>
        {t('popupRemove')}
      </button>
    </section>
  );
}
