import { describe, expect, it } from 'vitest';
import { parseContentScriptMessage, parseNoteLoadRequest, parseNoteStartedMessage, parsePanelOpenAnswer, parsePanelRequest, parseSiteRequest } from '../../../lib/messaging/messages';

describe('parseSiteRequest', () => {
  it('accepts the three site requests', () => {
    expect(parseSiteRequest({ type: 'site/switch-on', pattern: 'https://zorg.example.nl/*' })).toEqual({
      type: 'site/switch-on',
      pattern: 'https://zorg.example.nl/*',
    });
    expect(parseSiteRequest({ type: 'site/pause', pattern: 'http://127.0.0.1/*' })).toEqual({
      type: 'site/pause',
      pattern: 'http://127.0.0.1/*',
    });
    expect(parseSiteRequest({ type: 'site/remove', pattern: 'http://127.0.0.1/*', extra: 1 })).toEqual({
      type: 'site/remove',
      pattern: 'http://127.0.0.1/*',
    });
  });

  it.each([
    null,
    'site/pause',
    [],
    { type: 'site/pause' },
    { type: 'site/pause', pattern: '<all_urls>' },
    { type: 'site/pause', pattern: '*://*/*' },
    { type: 'site/destroy', pattern: 'http://127.0.0.1/*' },
  ])('drops %j', (value) => {
    expect(parseSiteRequest(value)).toBeNull();
  });
});

describe('parseNoteStartedMessage', () => {
  it('knows note/started and nothing else a note script sends', () => {
    expect(parseNoteStartedMessage({ type: 'note/started' })).toEqual({ type: 'note/started' });
    for (const other of [{ type: 'policy/read' }, { type: 'analysis/load' }, { type: 'panel/open' }, 'note/started', null]) {
      expect(parseNoteStartedMessage(other)).toBeNull();
    }
  });
});

describe('parseNoteLoadRequest', () => {
  it('knows note/load and nothing else a loader or note script sends', () => {
    expect(parseNoteLoadRequest({ type: 'note/load' })).toEqual({ type: 'note/load' });
    for (const other of [{ type: 'analysis/load' }, { type: 'note/started' }, 'note/load', { type: 'note/load ' }, null, undefined]) {
      expect(parseNoteLoadRequest(other)).toBeNull();
    }
  });
});

describe('parseContentScriptMessage', () => {
  it('knows only site/stopped', () => {
    expect(parseContentScriptMessage({ type: 'site/stopped' })).toEqual({ type: 'site/stopped' });
    expect(parseContentScriptMessage({ type: 'site/started' })).toBeNull();
    expect(parseContentScriptMessage(undefined)).toBeNull();
  });
});

describe('parsePanelRequest', () => {
  it('accepts the three ways to ignore and an undo, and nothing else', () => {
    for (const scope of ['here', 'everywhere', 'rule']) {
      expect(parsePanelRequest({ type: 'panel/ignore', key: 'nl-refusal@6-13', scope })).toEqual({ type: 'panel/ignore', key: 'nl-refusal@6-13', scope });
    }
    expect(parsePanelRequest({ type: 'panel/ignore', key: 'nl-refusal@6-13', scope: 'forever' })).toBeNull();
    expect(parsePanelRequest({ type: 'panel/undo', undo: 'undo-3' })).toEqual({ type: 'panel/undo', undo: 'undo-3' });
    expect(parsePanelRequest({ type: 'panel/undo', undo: 3 })).toBeNull();
    expect(parsePanelRequest({ type: 'panel/undo', undo: 'x'.repeat(41) })).toBeNull();
  });
});

describe('parsePanelOpenAnswer', () => {
  it('reads opened, or not opened with the shortcut that opens the panel instead', () => {
    expect(parsePanelOpenAnswer({ opened: true })).toEqual({ opened: true });
    expect(parsePanelOpenAnswer({ opened: false, shortcut: 'Alt+Shift+S' })).toEqual({ opened: false, shortcut: 'Alt+Shift+S' });
    expect(parsePanelOpenAnswer({ opened: false, shortcut: '' })).toEqual({ opened: false, shortcut: '' });
  });

  it.each([undefined, null, { ok: true }, { opened: false }, { opened: 'yes' }, { opened: false, shortcut: 3 }])('refuses %j', (value) => {
    expect(parsePanelOpenAnswer(value)).toBeNull();
  });
});
