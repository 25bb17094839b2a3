// Content script wiring for note pages: registered at runtime for switched-on sites only
// (lib/sites/site-registration.ts), in every frame. The work is lib/page/note-script.tsx;
// here it is tied to the WXT context, so nothing runs on after the extension is paused,
// updated or reloaded.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startNoteScript } from '../../lib/page/note-script';
import { mountRoot } from '../../lib/page/samenspraak-root';
import { guardScriptStarted, markScriptStarting } from '../../lib/page/script-started-guard';
import { customPacksItem } from '../../lib/settings/rule-pack-store';
import { storedSettings } from '../../lib/settings/settings';
import { t, uiLanguage } from '../../lib/ui/i18n';

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
    startNoteScript({
      doc: document,
      root,
      browser,
      settings: storedSettings,
      customPacks: () => customPacksItem().getValue(),
      t,
      uiLang,
      onSiteStopped: () => ctx.abort(),
      signal: ctx.signal,
    });
  },
});
