// A note script's work in one frame: it reads settings and policy on a note's first focus,
// watches the note fields (note-watcher.ts), opens cards (card-controller.tsx), saves ignores
// one at a time, and answers the side panel and popup (panel-bridge.ts), pushing snapshots to
// open panels. The entrypoint only wires it to WXT's context. Everything here ends with
// `signal`, and the browser comes in as a narrow interface, so a test can stand in for it.
import { render } from 'preact';
import { NOTE_CHIP_CSS, NoteChip } from '../../components/NoteChip';
import { TranslateContext, type Translate } from '../../components/i18n';
import {
  isOwnExtensionPage,
  LIVE_SNAPSHOT_PORT,
  parseContentScriptMessage,
  parsePanelOpenAnswer,
  parsePanelRequest,
  type AnalysisLoadRequest,
  type MessageSender,
  type NoteStartedMessage,
  type PanelOpenRequest,
  type PolicyRequest,
  type SnapshotMessage,
} from '../messaging/messages';
import { ignoreKey } from '../settings/ignore-key';
import { effectiveSettings, parsePolicy } from '../settings/policy';
import { loadRawRulePacks } from '../settings/rule-pack-store';
import { createSerialQueue } from '../settings/serial-queue';
import { completeSettings, enabledTypes, withIgnored, withoutIgnored, type Settings, type SettingsSource } from '../settings/settings';
import { createAnalysisLoader } from './analysis-loader';
import { likelyLanguages, warmAnalysisWhenIdle } from './analysis-warmup';
import { sameAnalysis } from './analysis-options';
import { startCardController } from './card-controller';
import type { IgnoreStore } from './ignore-finding';
import type { NoteSession, PortOptions } from './note-session';
import { watchNotes } from './note-watcher';
import { answerPanel, createUndoShelf, snapshotOf } from './panel-bridge';
import type { SamenspraakRoot } from './samenspraak-root';
import { adoptStyles } from './shadow-styles';

/** A live link from an open side panel (runtime.Port, as much of it as is used). */
export interface LivePort {
  readonly name: string;
  readonly sender?: MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onDisconnect: { addListener(callback: () => void): void };
}

export type NoteMessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;
export type LivePortListener = (port: LivePort) => void;

/** The part of the extension API a note script uses (`browser` from wxt/browser fits it). */
export interface NoteScriptBrowser {
  runtime: {
    readonly id: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: NoteMessageListener): void; removeListener(listener: NoteMessageListener): void };
    onConnect: { addListener(listener: LivePortListener): void; removeListener(listener: LivePortListener): void };
  };
}

export interface NoteScriptOptions {
  doc: Document;
  /** The frame's one element for our UI (samenspraak-root.ts); the entrypoint mounts and removes it. */
  root: Pick<SamenspraakRoot, 'shadow' | 'showField' | 'showProblem' | 'announce'>;
  browser: NoteScriptBrowser;
  settings: SettingsSource;
  /** The user's imported rule packs, raw (rule-pack-store.ts). */
  customPacks: () => Promise<readonly unknown[]>;
  t: Translate;
  uiLang: string;
  /** The background switched this site off: the entrypoint ends the script (and so `signal`). */
  onSiteStopped: () => void;
  signal: AbortSignal;
}

/** Cleanup after the extension was reloaded: its APIs throw by then, and the listeners went with it. */
function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // "Extension context invalidated": nothing left to clean up.
  }
}

export function startNoteScript(options: NoteScriptOptions): void {
  const { doc, root, browser, t, uiLang, signal } = options;
  const { runtime } = browser;
  // At start, not with the first chip: the order of a root's sheets is the cascade's order.
  adoptStyles(root.shadow, NOTE_CHIP_CSS);
  const chipSlot = doc.createElement('div');
  root.shadow.append(chipSlot);

  let settings: Settings = completeSettings(null);
  let analyzeOptions: PortOptions = {};
  const policyRequest: PolicyRequest = { type: 'policy/read' };
  const readOptions = async () => {
    // Read and cut to size by the background, once per change: the whole policy never
    // reaches the page. Parsed here as it was from storage.managed.
    const policy = parsePolicy(await runtime.sendMessage(policyRequest));
    settings = effectiveSettings(completeSettings(await options.settings.get()), policy);
    analyzeOptions = {
      lang: settings.lang,
      disabledRules: settings.disabledRules,
      disabledCategories: settings.disabledCategories,
      enabledTypes: enabledTypes(settings),
      rawPacks: await loadRawRulePacks(policy, options.customPacks),
    };
  };
  // Settings and policy are read on the first focus of a note, not at page load: most pages
  // of a care system are never typed in.
  let optionsReady: Promise<void> | null = null;
  const started: NoteStartedMessage = { type: 'note/started' };
  let unwatchSettings: (() => void) | null = null;
  const ensureOptions = () => {
    if (!optionsReady) {
      // Said once, with the first request, so open side panels put this frame on their live link.
      void runtime.sendMessage(started).catch(() => undefined);
      unwatchSettings = watchSettings();
    }
    return (optionsReady ??= readOptions());
  };

  // "Ignore everywhere" and "ignore this rule" read, change and write the settings; one at
  // a time, so an undo right after an ignore cannot be lost between the two.
  const writes = createSerialQueue();
  const changeSettings = (change: (current: Settings) => Settings) =>
    writes.run(async () => {
      const current = completeSettings(await options.settings.get());
      const next = change(current);
      if (next !== current) await options.settings.set(next);
    });
  const store: IgnoreStore = {
    addIgnored: (entry) => changeSettings((current) => withIgnored(current, entry)),
    removeIgnored: (entry) => changeSettings((current) => withoutIgnored(current, entry)),
    disableRule: (ruleId) => changeSettings((current) => (current.disabledRules.includes(ruleId) ? current : { ...current, disabledRules: [...current.disabledRules, ruleId] })),
    enableRule: (ruleId) => changeSettings((current) => ({ ...current, disabledRules: current.disabledRules.filter((id) => id !== ruleId) })),
  };
  const undos = createUndoShelf();

  // Open side panels following this tab. Snapshots cost a pass over the whole note, so
  // they are built only while a panel is open.
  const livePanels = new Set<LivePort>();
  const pushSnapshot = (session: NoteSession, to: Iterable<LivePort> = livePanels) => {
    const ports = [...to];
    if (ports.length === 0) return;
    const message: SnapshotMessage = { type: 'note/snapshot', snapshot: snapshotOf(session) };
    for (const port of ports) quietly(() => port.postMessage(message));
  };

  const loadRequest: AnalysisLoadRequest = { type: 'analysis/load' };
  const loadAnalysis = createAnalysisLoader(() => runtime.sendMessage(loadRequest));
  // The script and the likely language are ready before the first focus, if the page was idle once.
  warmAnalysisWhenIdle({ doc, load: loadAnalysis, languages: likelyLanguages(doc, uiLang), signal });
  const watcher = watchNotes({
    doc,
    shadow: root.shadow,
    // A first focus needs both; the analysis script is usually there already.
    loadAnalysis: () => Promise.all([ensureOptions(), loadAnalysis()]).then(([, port]) => port),
    analyzeOptions: () => analyzeOptions,
    isIgnored: (finding, phrase) => {
      if (settings.ignored.length === 0) return false;
      const key = ignoreKey(phrase);
      return settings.ignored.some((entry) => entry.ruleId === finding.ruleId && entry.phrase === key);
    },
    onFocusField: (kind) => root.showField(kind, null),
    onStatus: (kind, findings, session, typedIn) => {
      root.showField(kind, typedIn ? findings : null, session);
      // The chip has nothing that changes: it is rendered once, with the first result.
      if (!chipSlot.hasChildNodes()) {
        render(
          <TranslateContext.Provider value={t}>
            <NoteChip />
          </TranslateContext.Provider>,
          chipSlot,
        );
      }
      pushSnapshot(session);
    },
    onProblem: (error) => root.showProblem(error instanceof Error ? error.message : String(error)),
    signal,
  });

  const panelOpen: PanelOpenRequest = { type: 'panel/open' };
  startCardController({
    doc,
    shadow: root.shadow,
    t,
    uiLang,
    current: () => watcher.current(),
    openPanel: async () => parsePanelOpenAnswer(await runtime.sendMessage(panelOpen)),
    store,
    announce: (text) => root.announce(text),
    // The settings are read on a note's first focus, before any session the key acts on exists.
    nextFindingShortcut: () => settings.nextFindingShortcut,
    signal,
  });

  // Only sessions that exist need the new settings, so they are watched from the first read
  // on (ensureOptions), not from page load. A new analyser only when the analysis changed:
  // an ignore only filters again.
  function watchSettings(): () => void {
    return options.settings.watch(() => {
      const before = analyzeOptions;
      optionsReady = readOptions();
      void optionsReady.then(() => (sameAnalysis(before, analyzeOptions) ? watcher.refreshAll() : watcher.restartAll()));
    });
  }

  const onMessage: NoteMessageListener = (message, sender) => {
    if (parseContentScriptMessage(message)?.type === 'site/stopped') {
      options.onSiteStopped();
      return undefined;
    }
    // Panel requests come from our own extension pages only (side panel, popup), never from a page.
    const panel = parsePanelRequest(message);
    if (!panel || !isOwnExtensionPage(sender, runtime)) return undefined;
    const answer = answerPanel(panel, { current: () => watcher.current(), store, undos });
    return answer === undefined ? undefined : Promise.resolve(answer);
  };
  // Like panel requests, live links are accepted from our own extension pages only.
  const onConnect: LivePortListener = (port) => {
    if (port.name !== LIVE_SNAPSHOT_PORT || !isOwnExtensionPage(port.sender, runtime)) return;
    livePanels.add(port);
    port.onDisconnect.addListener(() => livePanels.delete(port));
    const session = watcher.current();
    if (session) pushSnapshot(session, [port]);
  };
  runtime.onMessage.addListener(onMessage);
  runtime.onConnect.addListener(onConnect);

  signal.addEventListener(
    'abort',
    () => {
      render(null, chipSlot);
      if (unwatchSettings) quietly(unwatchSettings);
      quietly(() => runtime.onMessage.removeListener(onMessage));
      quietly(() => runtime.onConnect.removeListener(onConnect));
      for (const port of livePanels) quietly(() => port.disconnect());
      livePanels.clear();
    },
    { once: true },
  );
}
