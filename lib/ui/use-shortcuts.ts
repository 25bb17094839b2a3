// The shortcuts for an extension page to show: the side panel's read from the browser when
// the page opens and again when it regains focus (the user may have changed it in the
// browser's own shortcut page meanwhile), the in-note one from the settings as they change.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { completeSettings, settingsItem } from '../settings/settings';
import { DEFAULT_NEXT_FINDING_SHORTCUT, panelShortcut } from '../settings/shortcuts';

export interface CurrentShortcuts {
  next: string;
  /** '' when the side panel has no shortcut. */
  panel: string;
}

export function useShortcuts(): [CurrentShortcuts, () => void] {
  const [panel, setPanel] = useState('');
  const [next, setNext] = useState(DEFAULT_NEXT_FINDING_SHORTCUT);
  const reload = useCallback(() => void panelShortcut(browser.commands).then(setPanel, () => setPanel('')), []);
  useEffect(() => {
    reload();
    window.addEventListener('focus', reload);
    const readNext = async () => setNext(completeSettings(await settingsItem().getValue()).nextFindingShortcut);
    void readNext();
    const unwatch = settingsItem().watch(() => void readNext());
    return () => {
      window.removeEventListener('focus', reload);
      unwatch();
    };
  }, [reload]);
  return [{ next, panel }, reload];
}
