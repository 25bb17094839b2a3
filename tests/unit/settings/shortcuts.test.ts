// The shortcut form checks what Firefox's commands.update would accept before asking it; the
// in-note shortcut is recognised on every layout and on a Mac.
import { describe, expect, it } from 'vitest';
import { isShortcut, normaliseShortcut, noteShortcut } from '../../../lib/settings/shortcuts';

describe('normaliseShortcut', () => {
  it.each([
    ['ctrl+alt+s', 'Ctrl+Alt+S'],
    [' Alt + Shift + P ', 'Alt+Shift+P'],
    ['Ctrl+Shift+F5', 'Ctrl+Shift+F5'],
    ['', ''],
  ])('accepts %j as %j', (input, expected) => {
    expect(normaliseShortcut(input)).toBe(expected);
  });

  it.each(['Shift+S', 'S', 'Ctrl+Ctrl+S', 'Hyper+S', 'Ctrl+Alt+ß', 'Ctrl+'])('refuses %j', (input) => {
    expect(normaliseShortcut(input)).toBeNull();
  });
});

describe('noteShortcut', () => {
  it('takes Alt or Ctrl with a letter or digit, which typing never produces', () => {
    expect(noteShortcut('ctrl+alt+m')).toBe('Ctrl+Alt+M');
    expect(noteShortcut('Alt+5')).toBe('Alt+5');
    for (const refused of ['Shift+N', 'Alt+F5', 'Ctrl+Comma', '', 'MacCtrl+N']) expect(noteShortcut(refused), refused).toBeNull();
  });
});

describe('isShortcut', () => {
  const press = (key: string, code: string, modifiers: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
    isShortcut({ key, code, altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, ...modifiers }, 'Alt+Shift+N');

  it('takes Alt+Shift+N as typed, and on a Mac where Option+Shift+N types another character', () => {
    expect(press('N', 'KeyN')).toBe(true);
    expect(press('˜', 'KeyN')).toBe(true);
  });

  it('follows the layout: a letter typed on the N key of another layout is not N', () => {
    // Dvorak: the key in QWERTY's N place types B.
    expect(press('B', 'KeyN')).toBe(false);
    expect(press('N', 'KeyL')).toBe(true);
  });

  it('wants exactly Alt and Shift', () => {
    expect(press('N', 'KeyN', { shiftKey: false })).toBe(false);
    expect(press('N', 'KeyN', { ctrlKey: true })).toBe(false);
    expect(press('N', 'KeyN', { metaKey: true })).toBe(false);
  });

  it("is the user's own shortcut when they set one", () => {
    const event = { key: 'm', code: 'KeyM', altKey: true, shiftKey: false, ctrlKey: true, metaKey: false };
    expect(isShortcut(event, 'Ctrl+Alt+M')).toBe(true);
    expect(isShortcut(event, 'Alt+Shift+N')).toBe(false);
    // Shift+5 types '%': the key's place counts.
    expect(isShortcut({ key: '%', code: 'Digit5', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false }, 'Alt+Shift+5')).toBe(true);
  });
});
