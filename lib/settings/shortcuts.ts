// The keyboard shortcuts as the browser knows them now: the user may have changed the
// side panel's in the browser's own shortcut page, so pages show what commands.getAll says,
// never the manifest's suggestion.
/** The manifest command that opens the side panel: Firefox opens its sidebar with a built-in one. */
export const PANEL_COMMAND = import.meta.env.FIREFOX ? '_execute_sidebar_action' : 'open-side-panel';

/** Where a Chromium browser lets the user change an extension's shortcuts; only an extension API may open it. */
export const BROWSER_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

interface CommandsApi {
  getAll(): Promise<Array<{ name?: string; shortcut?: string }>>;
  update?(detail: { name: string; shortcut: string }): Promise<void>;
}

/** The panel shortcut as set now; '' when the user removed it (or another extension took it). */
export async function panelShortcut(commands: CommandsApi): Promise<string> {
  return (await commands.getAll()).find((command) => command.name === PANEL_COMMAND)?.shortcut ?? '';
}

/**
 * The in-note shortcut is the page's own key handler (lib/page/card-controller.tsx), not a
 * browser command: the note must keep the key when a card is open, and it must work in
 * every frame. So it lives in the settings, and the settings page changes it.
 */
export const DEFAULT_NEXT_FINDING_SHORTCUT = 'Alt+Shift+N';

/**
 * Whether a keydown is `shortcut` (as normaliseShortcut writes it). The letter as typed counts,
 * so it follows the keyboard layout; only when a modifier made it something else (a Mac's
 * Option+Shift+N types '˜', Shift+5 types '%') does the key's place count instead.
 */
export function isShortcut(event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  if (event.altKey !== parts.includes('Alt') || event.shiftKey !== parts.includes('Shift') || event.ctrlKey !== parts.includes('Ctrl') || event.metaKey) return false;
  if (/^[a-z0-9]$/i.test(event.key)) return event.key.toUpperCase() === key;
  return event.code === (/^[0-9]$/.test(key) ? `Digit${key}` : `Key${key}`);
}

/** A shortcut for inside a note: Alt or Ctrl (so typing never triggers it) with a letter or digit; null when not. */
export function noteShortcut(input: string): string | null {
  const shortcut = normaliseShortcut(input);
  if (!shortcut) return null;
  const parts = shortcut.split('+');
  const key = parts.pop() as string;
  return /^[A-Z0-9]$/.test(key) && parts.every((part) => ['Alt', 'Ctrl', 'Shift'].includes(part)) ? shortcut : null;
}

/**
 * Firefox's commands.update takes modifiers and a key joined by '+' (Alt+Shift+S, Ctrl+Alt+P);
 * an empty string removes the shortcut. Returns the normalised form, or null when Firefox
 * would refuse it, so the form can say so before asking.
 */
export function normaliseShortcut(input: string): string | null {
  const parts = input.split('+').map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return '';
  const modifiers = new Map([['ctrl', 'Ctrl'], ['control', 'Ctrl'], ['alt', 'Alt'], ['shift', 'Shift'], ['command', 'Command'], ['macctrl', 'MacCtrl']]);
  const key = parts.pop() as string;
  const named = parts.map((part) => modifiers.get(part.toLowerCase()));
  if (named.some((part) => part === undefined) || new Set(named).size !== named.length) return null;
  // Firefox wants Ctrl or Alt (or Command/MacCtrl) in every shortcut; Shift alone is not enough.
  if (!named.some((part) => part !== 'Shift')) return null;
  const upper = key.length === 1 ? key.toUpperCase() : key;
  if (!/^([A-Z0-9]|F([1-9]|1[0-2])|Comma|Period|Home|End|PageUp|PageDown|Space|Insert|Delete|Up|Down|Left|Right)$/.test(upper)) return null;
  return [...named, upper].join('+');
}
