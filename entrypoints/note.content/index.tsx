// Content script wiring for note pages: registered at runtime for switched-on sites only
// (lib/sites/site-registration.ts), in every frame. Everything it starts is tied to the WXT
// context, so nothing runs on after the extension is paused, updated or reloaded.
import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { NOTE_CHIP_CSS, NoteChip } from '../../components/NoteChip';
import { TranslateContext } from '../../components/i18n';
import { t, uiLanguage } from '../../lib/ui/i18n';
import { LIVE_SNAPSHOT_PORT, parseContentScriptMessage, parsePanelOpenAnswer, parsePanelRequest, type AnalysisLoadRequest, type NoteStartedMessage, type PanelOpenRequest, type PolicyRequest, type SnapshotMessage } from '../../lib/messaging/messages';
import { ANALYSIS_GLOBAL, createAnalysisLoader } from '../../lib/page/analysis-loader';
import { startCardController } from '../../lib/page/card-controller';
import { watchNotes } from '../../lib/page/note-watcher';
import { sameAnalysis } from '../../lib/page/analysis-options';
import type { IgnoreStore } from '../../lib/page/ignore-finding';
import { answerPanel, createUndoShelf, snapshotOf } from '../../lib/page/panel-bridge';
import { mountRoot } from '../../lib/page/samenspraak-root';
import { adoptStyles } from '../../lib/page/shadow-styles';
import { guardScriptStarted, markScriptStarting } from '../../lib/page/script-started-guard';
import { effectiveSettings, parsePolicy } from '../../lib/settings/policy';
import { loadRawRulePacks } from '../../lib/settings/rule-pack-store';
import type { AnalysisPort, NoteSession, PortOptions } from '../../lib/page/note-session';
import { ignoreKey } from '../../lib/settings/ignore-key';
import { createSerialQueue } from '../../lib/settings/serial-queue';
import { completeSettings, enabledTypes, settingsItem, withIgnored, withoutIgnored, type Settings } from '../../lib/settings/settings';

/** Cleanup after the extension was reloaded: its APIs throw by then, and the listeners went with it. */
function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // "Extension context invalidated": nothing left to clean up.
  }
}

// Before WXT's context announces this copy's start: see lib/page/script-started-guard.ts.
markScriptStarting();

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    guardScriptStarted(window, ctx);
    const uiLang = uiLanguage();
    const root = mountRoot(document, uiLang);
    ctx.onInvalidated(() => root.remove());
    // After the extension is reloaded or updated this script is orphaned; WXT only notices when
    // asked. Asking on every user event removes our UI and listeners quietly, before anything
    // could throw "Extension context invalidated" into the page.
    for (const type of ['focusin', 'keydown', 'input', 'mousedown'] as const) {
      document.addEventListener(type, () => void ctx.isInvalid, { capture: true, passive: true, signal: ctx.signal });
    }

    adoptStyles(root.shadow, NOTE_CHIP_CSS);
    const chipSlot = document.createElement('div');
    root.shadow.append(chipSlot);

    let settings: Settings = completeSettings(null);
    let options: PortOptions = {};
    const policyRequest: PolicyRequest = { type: 'policy/read' };
    const refreshOptions = async () => {
      // Read and cut to size by the background, once per change: the whole policy never
      // reaches the page. Parsed here as it was from storage.managed.
      const policy = parsePolicy(await browser.runtime.sendMessage(policyRequest));
      settings = effectiveSettings(completeSettings(await settingsItem.getValue()), policy);
      options = {
        lang: settings.lang,
        disabledRules: settings.disabledRules,
        disabledCategories: settings.disabledCategories,
        enabledTypes: enabledTypes(settings),
        rawPacks: await loadRawRulePacks(policy),
      };
    };
    // Settings and policy are read on the first focus of a note, not at page load: most pages
    // of a care system are never typed in. The analysis script is requested after them.
    let optionsReady: Promise<void> | null = null;
    const started: NoteStartedMessage = { type: 'note/started' };
    const ensureOptions = () => {
      // Said once, with the first request, so open side panels put this frame on their live link.
      if (!optionsReady) void browser.runtime.sendMessage(started).catch(() => undefined);
      return (optionsReady ??= refreshOptions());
    };

    // "Ignore everywhere" and "ignore this rule" read, change and write the settings; one at
    // a time, so an undo right after an ignore cannot be lost between the two.
    const writes = createSerialQueue();
    const changeSettings = (change: (current: Settings) => Settings) =>
      writes.run(async () => {
        const current = completeSettings(await settingsItem.getValue());
        const next = change(current);
        if (next !== current) await settingsItem.setValue(next);
      });
    const store: IgnoreStore = {
      addIgnored: (entry) => changeSettings((current) => withIgnored(current, entry)),
      removeIgnored: (entry) => changeSettings((current) => withoutIgnored(current, entry)),
      disableRule: (ruleId) => changeSettings((current) => (current.disabledRules.includes(ruleId) ? current : { ...current, disabledRules: [...current.disabledRules, ruleId] })),
      enableRule: (ruleId) => changeSettings((current) => ({ ...current, disabledRules: current.disabledRules.filter((id) => id !== ruleId) })),
    };
    const undos = createUndoShelf();

    const noteLang = (text: string): 'nl' | 'en' => {
      if (settings.lang === 'nl' || settings.lang === 'en') return settings.lang;
      return ((globalThis as Record<string, unknown>)[ANALYSIS_GLOBAL] as AnalysisPort | undefined)?.detectLanguage(text) ?? 'nl';
    };
    // Open side panels following this tab. Snapshots cost a pass over the whole note, so
    // they are built only while a panel is open.
    const livePanels = new Set<Browser.runtime.Port>();
    const request: AnalysisLoadRequest = { type: 'analysis/load' };
    const watcher = watchNotes({
      doc: document,
      shadow: root.shadow,
      loadAnalysis: createAnalysisLoader(() => ensureOptions().then(() => browser.runtime.sendMessage(request))),
      analyzeOptions: () => options,
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
      signal: ctx.signal,
    });

    const panelRequest: PanelOpenRequest = { type: 'panel/open' };
    startCardController({
      doc: document,
      shadow: root.shadow,
      t,
      uiLang,
      current: () => watcher.current(),
      openPanel: async () => parsePanelOpenAnswer(await browser.runtime.sendMessage(panelRequest)),
      store,
      announce: (text) => root.announce(text),
      // The settings are read on a note's first focus, before any session the key acts on exists.
      nextFindingShortcut: () => settings.nextFindingShortcut,
      signal: ctx.signal,
    });

    // Only sessions that exist need the new settings; before the settings were first read there are none.
    // A new analyser only when the analysis changed: an ignore only filters again.
    const unwatchSettings = settingsItem.watch(() => {
      if (!optionsReady) return;
      const before = options;
      optionsReady = refreshOptions();
      void optionsReady.then(() => (sameAnalysis(before, options) ? watcher.refreshAll() : watcher.restartAll()));
    });
    ctx.onInvalidated(() => quietly(unwatchSettings));

    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      if (parseContentScriptMessage(message)?.type === 'site/stopped') {
        ctx.abort();
        return undefined;
      }
      // Panel requests come from our own extension pages only (side panel, popup), never from a page.
      const panel = parsePanelRequest(message);
      if (!panel || sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const answer = answerPanel(panel, { current: () => watcher.current(), lang: (session) => noteLang(session.text), store, undos });
      return answer === undefined ? undefined : Promise.resolve(answer);
    };
    browser.runtime.onMessage.addListener(onMessage);

    function pushSnapshot(session: NoteSession, to: Iterable<Browser.runtime.Port> = livePanels) {
      const ports = [...to];
      if (ports.length === 0) return;
      const message: SnapshotMessage = { type: 'note/snapshot', snapshot: snapshotOf(session, noteLang(session.text)) };
      for (const port of ports) quietly(() => port.postMessage(message));
    }
    // Like panel requests, live links are accepted from our own extension pages only.
    const onConnect = (port: Browser.runtime.Port) => {
      if (port.name !== LIVE_SNAPSHOT_PORT || port.sender?.id !== browser.runtime.id || !port.sender.url?.startsWith(browser.runtime.getURL('/'))) return;
      livePanels.add(port);
      port.onDisconnect.addListener(() => livePanels.delete(port));
      const session = watcher.current();
      if (session) pushSnapshot(session, [port]);
    };
    browser.runtime.onConnect.addListener(onConnect);
    ctx.onInvalidated(() => {
      render(null, chipSlot);
      quietly(() => browser.runtime.onMessage.removeListener(onMessage));
      quietly(() => browser.runtime.onConnect.removeListener(onConnect));
      for (const port of livePanels) quietly(() => port.disconnect());
      livePanels.clear();
    });
  },
});
