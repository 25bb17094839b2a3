// @vitest-environment happy-dom
// The idle warm-up: a page that shows a note field gets the analysis script and its likely
// language ready before the first focus; a page without one never loads it. The port is the
// real analysis library; only the loader is counted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyzer, warmUp } from '../../../lib/analysis';
import type { Lang } from '../../../lib/analysis/types';
import { likelyLanguages, showsNoteField, warmAnalysisWhenIdle } from '../../../lib/page/analysis-warmup';
import type { AnalysisPort } from '../../../lib/page/note-session';

function countingLoader() {
  const warmed: Lang[] = [];
  const port: AnalysisPort = {
    createAnalyzer: (options) => createAnalyzer(options),
    warm: (lang) => {
      warmUp(lang);
      warmed.push(lang);
    },
  };
  const record = { loads: 0, warmed };
  return { record, load: async () => (record.loads++, port) };
}

/** After the callbacks already queued: the warm-up's idle steps, or their setTimeout stand-in, ran. */
const nextIdle = () =>
  new Promise<void>((resolve) => (typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(() => resolve()) : setTimeout(resolve, 0)));

let stop: AbortController | null = null;
const others: AbortController[] = [];
afterEach(() => {
  stop?.abort();
  stop = null;
  for (const other of others.splice(0)) other.abort();
  document.body.replaceChildren();
  document.documentElement.lang = '';
});

function warmup(languages: Lang[] = ['nl', 'en']) {
  const loader = countingLoader();
  stop = new AbortController();
  warmAnalysisWhenIdle({ doc: document, load: loader.load, languages, signal: stop.signal, afterLoadMs: 0 });
  return loader.record;
}

describe('showsNoteField', () => {
  it('finds a textarea or an editable region, not a read-only box, a one-line box or an opted-out editor', () => {
    expect(showsNoteField(document)).toBe(false);
    const readOnly = document.createElement('textarea');
    readOnly.readOnly = true;
    const oneLine = document.createElement('textarea');
    oneLine.maxLength = 40;
    const optedOut = document.createElement('div');
    optedOut.contentEditable = 'true';
    optedOut.dataset.gramm = 'false';
    document.body.append(readOnly, oneLine, optedOut);
    expect(showsNoteField(document)).toBe(false);

    const note = document.createElement('div');
    note.contentEditable = 'true';
    document.body.append(note);
    expect(showsNoteField(document)).toBe(true);
  });
});

describe('likelyLanguages', () => {
  it("puts the page's declared language first, else the interface's", () => {
    expect(likelyLanguages(document, 'nl')).toEqual(['nl', 'en']);
    expect(likelyLanguages(document, 'en-GB')).toEqual(['en', 'nl']);
    document.documentElement.lang = 'en';
    expect(likelyLanguages(document, 'nl')).toEqual(['en', 'nl']);
    document.documentElement.lang = 'nl-BE';
    expect(likelyLanguages(document, 'en')).toEqual(['nl', 'en']);
  });
});

describe('warmAnalysisWhenIdle', () => {
  it('loads the analysis once and warms the likely language first when the page shows a note field', async () => {
    document.body.append(document.createElement('textarea'));
    const record = warmup(['en', 'nl']);
    expect(record.loads).toBe(0);
    await vi.waitFor(() => expect(record.warmed).toEqual(['en', 'nl']), { timeout: 10_000 });
    expect(record.loads).toBe(1);
  });

  it('never loads it on a page without a note field, and loads it once one is added later', async () => {
    const record = warmup();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Its first look ran, found nothing, and loaded nothing.
    await nextIdle();
    await nextIdle();
    expect(record.loads).toBe(0);

    const note = document.createElement('div');
    note.contentEditable = 'true';
    document.body.append(note);
    await vi.waitFor(() => expect(record.warmed).toEqual(['nl', 'en']), { timeout: 10_000 });
    expect(record.loads).toBe(1);
  });

  it("stops at the user's first focus: the note's own session loads what it needs", async () => {
    const record = warmup();
    const focus = new FocusEvent('focusin', { bubbles: true });
    Object.defineProperty(focus, 'isTrusted', { value: true });
    document.body.dispatchEvent(focus);
    const control = countingLoader();
    const controlStop = new AbortController();
    others.push(controlStop);
    warmAnalysisWhenIdle({ doc: document, load: control.load, languages: ['nl'], signal: controlStop.signal, afterLoadMs: 0 });
    document.body.append(document.createElement('textarea'));
    await vi.waitFor(() => expect(control.record.loads).toBe(1), { timeout: 10_000 });
    expect(record.loads).toBe(0);
  });

  it('does nothing after its signal ends', async () => {
    const record = warmup();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await nextIdle();
    stop?.abort();
    // A second warm-up on the same page, started later, is the clock: once it has seen the
    // new field and loaded, the first one's rescan would have too.
    const control = countingLoader();
    const controlStop = new AbortController();
    others.push(controlStop);
    warmAnalysisWhenIdle({ doc: document, load: control.load, languages: ['nl'], signal: controlStop.signal, afterLoadMs: 0 });
    await nextIdle();
    document.body.append(document.createElement('textarea'));
    await vi.waitFor(() => expect(control.record.loads).toBe(1), { timeout: 10_000 });
    expect(record.loads).toBe(0);
  });
});
