// @vitest-environment happy-dom
// The shortcuts section: shows the keys as the browser has them, and the way to change the
// side panel's that the browser offers.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { ShortcutSettings } from '../../components/settings/ShortcutSettings';
import { TranslateContext } from '../../components/i18n';
import type { MessageKey } from '../../lib/i18n';

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
    const host = mount(<ShortcutSettings next="Alt+Shift+N" panel="Ctrl+Alt+P" change="browser-page" onOpenBrowserPage={onOpen} onUpdate={vi.fn()} />);
    expect(host.textContent).toContain('Alt+Shift+N in a note opens the next finding.');
    expect(host.querySelector('.panel-shortcut')?.textContent).toBe('Ctrl+Alt+P opens the side panel.');
    expect(host.querySelector('form')).toBeNull();
    host.querySelector('button')?.click();
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('says so when the side panel has no shortcut', () => {
    const host = mount(<ShortcutSettings next="Alt+Shift+N" panel="" change="browser-page" onOpenBrowserPage={vi.fn()} onUpdate={vi.fn()} />);
    expect(host.querySelector('.panel-shortcut')?.textContent).toBe(english.settingsShortcutPanelNone.message);
  });

  it('in Firefox, refuses a shortcut Firefox would refuse and saves a good one, normalised', async () => {
    const onUpdate = vi.fn(() => Promise.resolve());
    const host = mount(<ShortcutSettings next="Alt+Shift+N" panel="Alt+Shift+S" change="update" onOpenBrowserPage={vi.fn()} onUpdate={onUpdate} />);
    const input = host.querySelector<HTMLInputElement>('#panel-shortcut')!;
    const submit = async (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
      host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await settle();
    };
    await submit('Shift+S');
    expect(onUpdate).not.toHaveBeenCalled();
    expect(host.querySelector('[role="status"]')?.textContent).toBe(t('settingsShortcutInvalid', 'Shift+S'));
    await submit('ctrl+alt+p');
    expect(onUpdate).toHaveBeenCalledWith('Ctrl+Alt+P');
    expect(host.querySelector('[role="status"]')?.textContent).toBe(english.settingsShortcutSaved.message);
  });
});
