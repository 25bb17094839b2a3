import { describe, expect, it } from 'vitest';
import { parseContentScriptMessage, parseSiteRequest } from '../../lib/messages';

describe('parseSiteRequest', () => {
  it('accepts the three site requests', () => {
    expect(parseSiteRequest({ type: 'site/switch-on', pattern: 'https://zorg.example.nl/*', tabId: 12 })).toEqual({
      type: 'site/switch-on',
      pattern: 'https://zorg.example.nl/*',
      tabId: 12,
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
    { type: 'site/switch-on', pattern: 'http://127.0.0.1/*', tabId: -1 },
    { type: 'site/switch-on', pattern: 'http://127.0.0.1/*', tabId: '3' },
  ])('drops %j', (value) => {
    expect(parseSiteRequest(value)).toBeNull();
  });
});

describe('parseContentScriptMessage', () => {
  it('knows only site/stopped', () => {
    expect(parseContentScriptMessage({ type: 'site/stopped' })).toEqual({ type: 'site/stopped' });
    expect(parseContentScriptMessage({ type: 'site/started' })).toBeNull();
    expect(parseContentScriptMessage(undefined)).toBeNull();
  });
});
