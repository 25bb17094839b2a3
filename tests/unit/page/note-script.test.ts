// @vitest-environment happy-dom
// The note script's work in a frame, without a browser: a stand-in for the few extension APIs
// it uses, a plain settings object, and the real analysis library as the analysis script.
// happy-dom marks no event trusted, so the user's own focus and typing are marked here by hand
// (what a page can and cannot forge is the e2e tests' part: tests/e2e/trust.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, createAnalyzer, warmUp } from '../../../lib/analysis';
import { validPacks } from '../../../lib/analysis/custom-packs';
import { LIVE_SNAPSHOT_PORT, parseSnapshotMessage, type MessageSender } from '../../../lib/messaging/messages';
import type { NoteSnapshot } from '../../../lib/messaging/note-snapshot';
import { ANALYSIS_GLOBAL } from '../../../lib/page/analysis-loader';
import type { AnalysisPort } from '../../../lib/page/note-session';
import { startNoteScript, type LivePort, type LivePortListener, type NoteMessageListener, type NoteScriptBrowser } from '../../../lib/page/note-script';
import { ignoreKey } from '../../../lib/settings/ignore-key';
import { DEFAULT_SETTINGS, enabledTypes, type Settings, type SettingsSource } from '../../../lib/settings/settings';

const OWN_ID = 'samenspraak-test-id';
const OWN_PAGE: MessageSender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/sidepanel.html` };
const OTHER_EXTENSION: MessageSender = { id: 'another-extension', url: 'chrome-extension://another-extension/sidepanel.html' };
/** Our own content script in a care system's page: our id, the page's address. */
const A_PAGE: MessageSender = { id: OWN_ID, url: 'https://zorg.example.nl/dossier/12' };

const FIRST_NOTE = 'Vader weigert hulp.';
const MORE = ' Moeder moet de afspraken nakomen.';

/** What the analysis script hands the note script (entrypoints/analysis.content). */
const analysisPort: AnalysisPort = {
  createAnalyzer: ({ rawPacks = [], ...options } = {}) => createAnalyzer({ ...options, extraPacks: validPacks(rawPacks) }),
  warm: warmUp,
};

/** The findings the note script should report for `text` with the default settings, from the library itself. */
function expectedRules(text: string): string[] {
  return analyze(text, { lang: DEFAULT_SETTINGS.lang, enabledTypes: enabledTypes(DEFAULT_SETTINGS) }).map((finding) => finding.ruleId);
}

function isMessage(message: unknown, type: string): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

function fakeBrowser() {
  const messageListeners = new Set<NoteMessageListener>();
  const portListeners = new Set<LivePortListener>();
  const sent: unknown[] = [];
  const browser: NoteScriptBrowser = {
    runtime: {
      id: OWN_ID,
      getURL: (path) => `chrome-extension://${OWN_ID}${path}`,
      sendMessage: async (message) => {
        sent.push(message);
        // The background injects the analysis script into the frame; no policy is set.
        if (isMessage(message, 'analysis/load')) (globalThis as Record<string, unknown>)[ANALYSIS_GLOBAL] = analysisPort;
        return null;
      },
      onMessage: { addListener: (listener) => messageListeners.add(listener), removeListener: (listener) => messageListeners.delete(listener) },
      onConnect: { addListener: (listener) => portListeners.add(listener), removeListener: (listener) => portListeners.delete(listener) },
    },
  };
  return {
    browser,
    messageListeners,
    portListeners,
    sent,
    /** The note script's answer to a message from `sender`, or undefined when it gives none. */
    ask(message: unknown, sender: MessageSender): Promise<unknown> | undefined {
      for (const listener of messageListeners) {
        const answer = listener(message, sender);
        if (answer !== undefined) return answer;
      }
      return undefined;
    },
    connect(sender: MessageSender) {
      const messages: NoteSnapshot[] = [];
      const state = { disconnected: false };
      const port: LivePort = {
        name: LIVE_SNAPSHOT_PORT,
        sender,
        postMessage: (message) => {
          const snapshot = parseSnapshotMessage(message)?.snapshot;
          if (snapshot) messages.push(snapshot);
        },
        disconnect: () => {
          state.disconnected = true;
        },
        onDisconnect: { addListener: () => undefined },
      };
      for (const listener of portListeners) listener(port);
      return { messages, state };
    },
  };
}

function fakeSettings(initial: Settings = DEFAULT_SETTINGS) {
  const watchers = new Set<() => void>();
  const record = { stored: initial, reads: 0, writes: [] as Settings[], slowReads: 0, watchers };
  const source: SettingsSource = {
    get: async () => {
      record.reads++;
      const value = record.stored;
      // A read that arrives late, as storage's can: what it read may be overwritten meanwhile.
      if (record.slowReads > 0) {
        record.slowReads--;
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      return value;
    },
    set: async (settings) => {
      record.stored = settings;
      record.writes.push(settings);
      for (const watcher of watchers) watcher();
    },
    watch: (changed) => {
      watchers.add(changed);
      return () => watchers.delete(changed);
    },
  };
  return { source, record };
}

function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function noteField(text: string): HTMLElement {
  const note = document.createElement('div');
  note.contentEditable = 'true';
  note.textContent = text;
  document.body.append(note);
  return note;
}

/** The user's own focus: the only one that starts a session. */
function focusNote(note: HTMLElement): void {
  note.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true, composed: true })));
}

function typeInto(note: HTMLElement, text: string): void {
  note.dispatchEvent(trusted(new InputEvent('beforeinput', { bubbles: true, composed: true, inputType: 'insertText', data: text })));
  note.textContent = `${note.textContent ?? ''}${text}`;
  note.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

let stop: AbortController | null = null;

function start(settings = fakeSettings()) {
  const fake = fakeBrowser();
  stop = new AbortController();
  const host = document.createElement('div');
  document.body.append(host);
  const shown: Array<number | null> = [];
  startNoteScript({
    doc: document,
    root: {
      shadow: host.attachShadow({ mode: 'open' }),
      showField: (_kind, findings) => shown.push(findings),
      showProblem: (message) => {
        throw new Error(message);
      },
      announce: () => undefined,
    },
    browser: fake.browser,
    settings: settings.source,
    customPacks: async () => [],
    t: (key) => key,
    uiLang: 'nl',
    onSiteStopped: () => stop?.abort(),
    signal: stop.signal,
  });
  return { ...fake, settings: settings.record, shown, stop };
}

/** The snapshot the side panel gets on asking, once the focused note has been analysed. */
async function panelSnapshot(script: ReturnType<typeof start>): Promise<NoteSnapshot> {
  return vi.waitFor(async () => {
    const answer = (await script.ask({ type: 'panel/snapshot' }, OWN_PAGE)) as NoteSnapshot | undefined;
    if (!answer || answer.findings.length === 0) throw new Error('no analysed note yet');
    return answer;
  });
}

afterEach(() => {
  stop?.abort();
  stop = null;
  delete (globalThis as Record<string, unknown>)[ANALYSIS_GLOBAL];
  document.body.replaceChildren();
});

describe('startNoteScript', () => {
  it('reads settings and policy on the first focus of a note, not at start nor on later focus', async () => {
    const script = start();
    const first = noteField(FIRST_NOTE);
    const second = noteField(FIRST_NOTE);
    expect(script.settings.reads).toBe(0);
    expect(script.sent).toEqual([]);

    focusNote(first);
    const snapshot = await panelSnapshot(script);
    expect(snapshot.findings.map((finding) => finding.ruleId)).toEqual(expectedRules(FIRST_NOTE));
    expect(script.settings.reads).toBe(1);
    expect(script.sent.filter((message) => isMessage(message, 'policy/read'))).toHaveLength(1);
    expect(script.sent.filter((message) => isMessage(message, 'note/started'))).toHaveLength(1);

    focusNote(second);
    focusNote(first);
    await panelSnapshot(script);
    expect(script.settings.reads).toBe(1);
  });

  it('writes an ignore everywhere to the settings through the queue, and an undo at once leaves them as they were', async () => {
    const settings = fakeSettings();
    const script = start(settings);
    const note = noteField(FIRST_NOTE);
    focusNote(note);
    const finding = (await panelSnapshot(script)).findings.find((candidate) => candidate.everywhere);
    if (!finding) throw new Error(`no finding in "${FIRST_NOTE}" can be ignored everywhere`);

    settings.record.slowReads = 1;
    const ignored = (await script.ask({ type: 'panel/ignore', key: finding.key, scope: 'everywhere' }, OWN_PAGE)) as { status: string; undo: string };
    expect(ignored.status).toBe('done');
    expect(await script.ask({ type: 'panel/undo', undo: ignored.undo }, OWN_PAGE)).toEqual({ status: 'done' });

    await vi.waitFor(() => expect(settings.record.writes).toHaveLength(2));
    expect(settings.record.writes[0]?.ignored).toEqual([{ ruleId: finding.ruleId, phrase: ignoreKey(finding.phrase) }]);
    expect(settings.record.stored).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps both of two ignores made at once (one write after the other, each on the last)', async () => {
    const settings = fakeSettings();
    const script = start(settings);
    focusNote(noteField(FIRST_NOTE + MORE));
    const { findings } = await panelSnapshot(script);
    const everywhere = findings.find((candidate) => candidate.everywhere);
    const rule = findings.find((candidate) => candidate.ruleId !== everywhere?.ruleId);
    if (!everywhere || !rule) throw new Error('the note needs findings of two rules, one with a short phrase');

    settings.record.slowReads = 1;
    const answers = await Promise.all([
      script.ask({ type: 'panel/ignore', key: everywhere.key, scope: 'everywhere' }, OWN_PAGE),
      script.ask({ type: 'panel/ignore', key: rule.key, scope: 'rule' }, OWN_PAGE),
    ]);
    expect(answers.map((answer) => (answer as { status: string }).status)).toEqual(['done', 'done']);
    await vi.waitFor(() => expect(settings.record.writes).toHaveLength(2));
    expect(settings.record.stored.ignored).toEqual([{ ruleId: everywhere.ruleId, phrase: ignoreKey(everywhere.phrase) }]);
    expect(settings.record.stored.disabledRules).toEqual([rule.ruleId]);
  });

  it('answers panel requests from its own extension pages only', async () => {
    const script = start();
    focusNote(noteField(FIRST_NOTE));
    const own = await panelSnapshot(script);
    expect(own.findings.map((finding) => finding.phrase)).toEqual(own.findings.map((finding) => FIRST_NOTE.slice(finding.start, finding.end)));

    expect(script.ask({ type: 'panel/snapshot' }, OTHER_EXTENSION)).toBeUndefined();
    expect(script.ask({ type: 'panel/snapshot' }, A_PAGE)).toBeUndefined();
    expect(script.ask({ type: 'panel/snapshot' }, {})).toBeUndefined();
  });

  it('pushes a snapshot to its own live panel after typing, and refuses live links from anyone else', async () => {
    const script = start();
    const note = noteField(FIRST_NOTE);
    focusNote(note);
    await panelSnapshot(script);

    const own = script.connect(OWN_PAGE);
    const foreign = [script.connect(OTHER_EXTENSION), script.connect(A_PAGE)];
    expect(own.messages.map((snapshot) => snapshot.findings.map((finding) => finding.ruleId))).toEqual([expectedRules(FIRST_NOTE)]);

    typeInto(note, MORE);
    const typed = FIRST_NOTE + MORE;
    expect(expectedRules(typed)).not.toEqual(expectedRules(FIRST_NOTE));
    await vi.waitFor(() => expect(own.messages.at(-1)?.findings.map((finding) => finding.ruleId)).toEqual(expectedRules(typed)));
    expect(own.messages.at(-1)?.lang).toBe('nl');
    for (const port of foreign) expect(port.messages).toEqual([]);
  });

  it('removes its listeners and closes live links when the signal aborts', async () => {
    const script = start();
    focusNote(noteField(FIRST_NOTE));
    await panelSnapshot(script);
    const own = script.connect(OWN_PAGE);
    expect(script.messageListeners.size).toBe(1);
    expect(script.portListeners.size).toBe(1);
    expect(script.settings.watchers.size).toBe(1);

    script.stop.abort();
    expect(script.messageListeners.size).toBe(0);
    expect(script.portListeners.size).toBe(0);
    expect(script.settings.watchers.size).toBe(0);
    expect(own.state.disconnected).toBe(true);
  });

  it('ends when the background says the site was switched off', () => {
    const script = start();
    expect(script.ask({ type: 'site/stopped' }, { id: OWN_ID })).toBeUndefined();
    expect(script.stop.signal.aborted).toBe(true);
    expect(script.messageListeners.size).toBe(0);
  });
});
