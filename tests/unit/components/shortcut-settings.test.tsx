// @vitest-environment happy-dom
// The shortcuts section: shows the keys as the browser has them, and the way to change the
// side panel's that the browser offers.
import { render } from 'preact';
import type { MessageKey } from '../../../components/i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import { ShortcutSettings } from '../../../components/settings/ShortcutSettings';
import { TranslateContext } from '../../../components/i18n';

const t = (key: MessageKey, ...values: string[]) => values.reduce((text, value) => text.replace(/\$[A-Z]+\$/, value), english[key].message);

function mount(node: preact.ComponentChild) {
  const host = document.createElement('div');
  document.body.append(host);
  render(<TranslateContext.Provider value={t}>{node}</TranslateContext.Provider>, host);
  return host;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ShortcutSettings', () => {
  it("shows the current keys and, in Chrome, a button to the browser's shortcut page", () => {
    const onOpen = vi.fn();
    const host = mount(<ShortcutSettings next="Alt+Shift+N" panel="Ctrl+Alt+P" change="browser-page" onOpenBrowserPage={onOpen} onUpdateNext={vi.fn()} onUpdatePanel={vi.fn()} />);
    expect(host.querySelector('.next-shortcut')?.textContent).toBe('Alt+Shift+N in a note opens the next finding.');
    expect(host.querySelector('.panel-shortcut')?.textContent).toBe('Ctrl+Alt+P opens the side panel.');
    expect(host.querySelector('form[data-shortcut="panel-shortcut"]')).toBeNull();
    [...host.querySelectorAll('button')].find((button) => button.textContent === english.settingsShortcutsBrowser.message)?.click();
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('says so when the side panel has no shortcut', () => {
    const host = mount(<ShortcutSettings next="Alt+Shift+N" panel="" change="browser-page" onOpenBrowserPage={vi.fn()} onUpdateNext={vi.fn()} onUpdatePanel={vi.fn()} />);
    expect(host.querySelector('.panel-shortcut')?.textContent).toBe(english.settingsShortcutPanelNone.message);
  });

  /** Types into one of the forms and submits it; returns what its status line says. */
  async function submit(host: HTMLElement, form: string, value: string): Promise<string | null | undefined> {
    const input = host.querySelector<HTMLInputElement>(`#${form}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    host.querySelector(`form[data-shortcut="${form}"]`)!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    return host.querySelector(`form[data-shortcut="${form}"] [role="status"]`)?.textContent;
  }

  it('in Firefox, refuses a shortcut Firefox would refuse and saves a good one, normalised', async () => {
    const onUpdatePanel = vi.fn(() => Promise.resolve());
    const host = mount(<ShortcutSettings next="Alt+Shift+N" panel="Alt+Shift+S" change="update" onOpenBrowserPage={vi.fn()} onUpdateNext={vi.fn()} onUpdatePanel={onUpdatePanel} />);
    expect(await submit(host, 'panel-shortcut', 'Shift+S')).toBe(t('settingsShortcutInvalid', 'Shift+S'));
    expect(onUpdatePanel).not.toHaveBeenCalled();
    expect(await submit(host, 'panel-shortcut', 'ctrl+alt+p')).toBe(english.settingsShortcutSaved.message);
    expect(onUpdatePanel).toHaveBeenCalledWith('Ctrl+Alt+P');
  });

  it('changes the in-note shortcut in every browser, only to one that typing cannot produce', async () => {
    const onUpdateNext = vi.fn(() => Promise.resolve());
    const host = mount(<ShortcutSettings next="Alt+Shift+N" panel="Alt+Shift+S" change="browser-page" onOpenBrowserPage={vi.fn()} onUpdateNext={onUpdateNext} onUpdatePanel={vi.fn()} />);
    expect(await submit(host, 'next-shortcut', 'Shift+M')).toBe(t('settingsShortcutNextInvalid', 'Shift+M'));
    expect(onUpdateNext).not.toHaveBeenCalled();
    expect(await submit(host, 'next-shortcut', 'ctrl+alt+m')).toBe(english.settingsShortcutSaved.message);
    expect(onUpdateNext).toHaveBeenCalledWith('Ctrl+Alt+M');
  });
});
