// What a switched-on site loads with each page (registered at runtime for those sites only,
// in every frame: lib/sites/site-registration.ts). It asks for the note script when the frame
// may need it (lib/page/note-loader.ts). No WXT context or browser polyfill here: those are
// the note script's, and this must cost the page next to nothing.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { NoteLoadRequest } from '../lib/messaging/messages';
import { startNoteLoader } from '../lib/page/note-loader';

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown> | void;
}
type ExtensionGlobals = { browser?: { runtime?: RuntimeLike }; chrome?: { runtime?: RuntimeLike } };

export default defineUnlistedScript(() => {
  const globals = globalThis as unknown as ExtensionGlobals;
  // Firefox has `browser` (promises); Chromium's `chrome.runtime.sendMessage` returns a promise in MV3.
  const runtime = globals.browser?.runtime ?? globals.chrome?.runtime;
  if (!runtime?.id) return;
  const message: NoteLoadRequest = { type: 'note/load' };
  const controller = new AbortController();
  startNoteLoader({ doc: document, request: () => Promise.resolve(runtime.sendMessage(message)), signal: controller.signal });
});
