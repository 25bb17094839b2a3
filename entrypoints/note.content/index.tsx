// Content script wiring for note pages: registered at runtime for switched-on sites only
// (lib/site-registration.ts), in every frame. Everything it starts is tied to the WXT
// context, so nothing runs on after the extension is paused, updated or reloaded.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { NOTE_CHIP_CSS, NoteChip } from '../../components/NoteChip';
import { TranslateContext } from '../../components/i18n';
import { t } from '../../lib/i18n';
import { parseContentScriptMessage, type AnalysisLoadRequest, type PanelOpenRequest } from '../../lib/messages';
import { startCardController } from '../../lib/page/card-controller';
import { createAnalysisLoader } from '../../lib/page/analysis-loader';
import { watchNotes } from '../../lib/page/note-watcher';
import { mountRoot } from '../../lib/page/samenspraak-root';

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const root = mountRoot(document);
    ctx.onInvalidated(() => root.remove());

    const style = document.createElement('style');
    style.textContent = NOTE_CHIP_CSS;
    root.shadow.append(style);
    const chipSlot = document.createElement('div');
    root.shadow.append(chipSlot);

    const request: AnalysisLoadRequest = { type: 'analysis/load' };
    const watcher = watchNotes({
      doc: document,
      shadow: root.shadow,
      loadAnalysis: createAnalysisLoader(() => browser.runtime.sendMessage(request)),
      onStatus: (kind, findings) => {
        root.showField(kind, findings);
        render(
          <TranslateContext.Provider value={t}>
            <NoteChip />
          </TranslateContext.Provider>,
          chipSlot,
        );
      },
      onProblem: (error) => root.showProblem(error instanceof Error ? error.message : String(error)),
      signal: ctx.signal,
    });
    const panelRequest: PanelOpenRequest = { type: 'panel/open' };
    startCardController({
      doc: document,
      shadow: root.shadow,
      t,
      current: () => watcher.current(),
      openPanel: () => void browser.runtime.sendMessage(panelRequest).catch(() => undefined),
      signal: ctx.signal,
    });

    const onMessage = (message: unknown) => {
      if (parseContentScriptMessage(message)?.type === 'site/stopped') ctx.abort();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      render(null, chipSlot);
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension context is already gone; the listener went with it.
      }
    });
  },
});
