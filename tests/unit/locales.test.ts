// Both UI languages must say the same things: same keys, same placeholders.
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import dutch from '../../public/_locales/nl/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function placeholdersUsed(message: string): string[] {
  return [...message.matchAll(/\$([A-Z_]+)\$/g)].map((match) => match[1] ?? '').sort();
}

describe('_locales', () => {
  const en = english as Messages;
  const nl = dutch as Messages;

  it('have the same keys in nl and en', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(english))('%s uses the same, declared placeholders in both languages', (key) => {
    const used = placeholdersUsed(en[key]?.message ?? '');
    expect(placeholdersUsed(nl[key]?.message ?? '')).toEqual(used);
    for (const messages of [en, nl]) {
      const declared = Object.keys(messages[key]?.placeholders ?? {}).map((name) => name.toUpperCase()).sort();
      expect(declared).toEqual(used);
    }
  });

  it('has no empty or untranslated texts', () => {
    for (const key of Object.keys(en)) {
      expect(nl[key]?.message.trim()).not.toBe('');
      // Some words are the same in both languages.
      if (!['extName', 'sidepanelTitle', 'panelTipsTitle'].includes(key)) expect(nl[key]?.message).not.toBe(en[key]?.message);
    }
  });
});
