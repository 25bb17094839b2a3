// The shortcuts for an extension page to show, read from the browser when the page opens
// and again when it regains focus (the user may have changed one in the browser's own
// shortcut page meanwhile).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NEXT_FINDING_KEYS, panelShortcut } from './shortcuts';

export interface CurrentShortcuts {
  next: string;
  /** '' when the side panel has no shortcut. */
  panel: string;
}

export function useShortcuts(): [CurrentShortcuts, () => void] {
  const [panel, setPanel] = useState('');
  const reload = useCallback(() => void panelShortcut(browser.commands).then(setPanel, () => setPanel('')), []);
  useEffect(() => {
    reload();
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);
  return [{ next: NEXT_FINDING_KEYS, panel }, reload];
}
