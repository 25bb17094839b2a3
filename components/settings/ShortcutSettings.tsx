// The keyboard shortcuts section of the settings: the keys as set now, and where to change
// the side panel's. Chrome and Edge change shortcuts only on their own page (opened for us
// by the wiring, a plain link to chrome:// does nothing); Firefox lets the extension set it.
import { useState } from 'preact/hooks';
import { normaliseShortcut } from '../../lib/shortcuts';
import { useT } from '../i18n';

export interface ShortcutSettingsProps {
  next: string;
  /** '' when the side panel has no shortcut. */
  panel: string;
  /** 'browser-page': Chrome/Edge's shortcut page; 'update': a form for commands.update (Firefox). */
  change: 'browser-page' | 'update';
  onOpenBrowserPage: () => void;
  /** Resolves once the browser took the new shortcut; rejects with the browser's reason. */
  onUpdate: (shortcut: string) => Promise<void>;
}

export function ShortcutSettings({ next, panel, change, onOpenBrowserPage, onUpdate }: ShortcutSettingsProps) {
  const t = useT();
  const [draft, setDraft] = useState(panel);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const save = (event: Event) => {
    event.preventDefault();
    const shortcut = normaliseShortcut(draft);
    if (shortcut === null) return setOutcome({ ok: false, text: t('settingsShortcutInvalid', draft) });
    onUpdate(shortcut).then(
      () => setOutcome({ ok: true, text: t('settingsShortcutSaved') }),
      (error: unknown) => setOutcome({ ok: false, text: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <section aria-labelledby="shortcuts-title" class="shortcuts">
      <h2 id="shortcuts-title">{t('settingsShortcuts')}</h2>
      <p>{t('settingsShortcutNext', next)}</p>
      <p class="panel-shortcut">{panel ? t('settingsShortcutPanel', panel) : t('settingsShortcutPanelNone')}</p>
      <p class="help">{t('settingsShortcutsWhy')}</p>
      {change === 'browser-page' ? (
        <button type="button" onClick={onOpenBrowserPage}>
          {t('settingsShortcutsBrowser')}
        </button>
      ) : (
        <form onSubmit={save}>
          <label for="panel-shortcut">{t('settingsShortcutNew')}</label>{' '}
          <input id="panel-shortcut" type="text" value={draft} aria-describedby="panel-shortcut-help" onInput={(event) => setDraft(event.currentTarget.value)} />{' '}
          <button type="submit">{t('settingsShortcutSave')}</button>
          <p id="panel-shortcut-help" class="help">
            {t('settingsShortcutNewHelp')}
          </p>
        </form>
      )}
      <p role="status" class={outcome && !outcome.ok ? 'problem' : undefined}>
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
