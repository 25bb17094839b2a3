// The shortcut form checks what Firefox's commands.update would accept before asking it.
import { describe, expect, it } from 'vitest';
import { normaliseShortcut } from '../../lib/shortcuts';

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
