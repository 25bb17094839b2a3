// WXT stops an older copy of a content script when a newer copy announces its start with a
// DOM event on `document`, named after the extension id and the script. A page can send the
// same event (store extension ids are public) and would switch Samenspraak off in its frame
// until the next reload. A copy of ours marks its start in the content scripts' own globals,
// which no page script can see or set; an announcement without that mark is stopped before
// WXT's listener hears it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const STARTING = '__samenspraakScriptStarting';
type Globals = Record<string, unknown>;

/** Call at the top of the entrypoint module, before WXT creates the context (which announces the start). */
export function markScriptStarting(): void {
  (globalThis as Globals)[STARTING] = true;
}

/** Call first thing in main: ends this copy's own mark and lets only a later copy of ours stop it. */
export function guardScriptStarted(win: Window, ctx: ContentScriptContext): void {
  delete (globalThis as Globals)[STARTING];
  // WXT's own name for the event (private in its types), read from the context's class so it
  // stays in step with WXT; the module cannot be imported here, WXT loads entrypoints in Node.
  const started = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof started !== 'string') return;
  win.addEventListener(
    started,
    (event) => {
      if ((globalThis as Globals)[STARTING] !== true) event.stopImmediatePropagation();
    },
    // On window, capturing: it runs before WXT's listener on document.
    { capture: true, signal: ctx.signal },
  );
}
