// The keyboard shortcuts section of the settings: the keys as set now, and how to change
// them. The in-note key is ours (kept in the settings). The side panel's is the browser's:
// Chrome and Edge change it only on their own page (opened for us by the wiring; a plain
// link to chrome:// does nothing), Firefox lets the extension set it.
import { useState } from 'preact/hooks';
import { normaliseShortcut, noteShortcut } from '../../lib/settings/shortcuts';
import { useT, type MessageKey } from '../i18n';

export interface ShortcutSettingsProps {
  next: string;
  /** '' when the side panel has no shortcut. */
  panel: string;
  /** 'browser-page': Chrome/Edge's shortcut page; 'update': a form for commands.update (Firefox). */
  change: 'browser-page' | 'update';
  onOpenBrowserPage: () => void;
  /** Each resolves once the new shortcut is set; rejects with the reason. */
  onUpdateNext: (shortcut: string) => Promise<void>;
  onUpdatePanel: (shortcut: string) => Promise<void>;
}

export function ShortcutSettings({ next, panel, change, onOpenBrowserPage, onUpdateNext, onUpdatePanel }: ShortcutSettingsProps) {
  const t = useT();
  return (
    <section aria-labelledby="shortcuts-title" class="shortcuts">
      <h2 id="shortcuts-title">{t('settingsShortcuts')}</h2>
      <p class="help">{t('settingsShortcutsWhy')}</p>
      <p class="next-shortcut">{t('settingsShortcutNext', next)}</p>
      {/* Keyed by the value: it arrives after the first render (read from the browser), and a new one starts the form afresh. */}
      <ShortcutForm key={next} id="next-shortcut" current={next} label="settingsShortcutNextNew" help="settingsShortcutNextHelp" invalid="settingsShortcutNextInvalid" check={noteShortcut} onSave={onUpdateNext} />
      <p class="panel-shortcut">{panel ? t('settingsShortcutPanel', panel) : t('settingsShortcutPanelNone')}</p>
      {change === 'browser-page' ? (
        <button type="button" onClick={onOpenBrowserPage}>
          {t('settingsShortcutsBrowser')}
        </button>
      ) : (
        <ShortcutForm key={panel} id="panel-shortcut" current={panel} label="settingsShortcutNew" help="settingsShortcutNewHelp" invalid="settingsShortcutInvalid" check={normaliseShortcut} onSave={onUpdatePanel} />
      )}
    </section>
  );
}

interface ShortcutFormProps {
  id: string;
  current: string;
  label: MessageKey;
  help: MessageKey;
  invalid: MessageKey;
  /** The normalised shortcut, or null when it would be refused. */
  check: (input: string) => string | null;
  onSave: (shortcut: string) => Promise<void>;
}

function ShortcutForm({ id, current, label, help, invalid, check, onSave }: ShortcutFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(current);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const save = (event: Event) => {
    event.preventDefault();
    const shortcut = check(draft);
    if (shortcut === null) return setOutcome({ ok: false, text: t(invalid, draft) });
    onSave(shortcut).then(
      () => setOutcome({ ok: true, text: t('settingsShortcutSaved') }),
      (error: unknown) => setOutcome({ ok: false, text: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <form onSubmit={save} data-shortcut={id}>
      <label for={id}>{t(label)}</label>{' '}
      <input id={id} type="text" value={draft} aria-describedby={`${id}-help`} onInput={(event) => setDraft(event.currentTarget.value)} />{' '}
      <button type="submit">{t('settingsShortcutSave')}</button>
      <p id={`${id}-help`} class="help">
        {t(help)}
      </p>
      <p role="status" class={outcome && !outcome.ok ? 'problem' : undefined}>
        {outcome?.text ?? ''}
      </p>
    </form>
  );
}
