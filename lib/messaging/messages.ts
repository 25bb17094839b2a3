// The messages extension pages send to the background, and the background sends to
// content scripts. Every receiver validates the shape first: anything else is dropped.
import { isValidSitePattern } from '../sites/site-pattern';
import type { SiteStoppedMessage } from '../sites/site-registration';

export type SiteRequest =
  | { type: 'site/switch-on'; pattern: string }
  | { type: 'site/pause'; pattern: string }
  | { type: 'site/remove'; pattern: string };

/** From the background to a note script: its site was paused or removed (lib/sites/site-registration.ts). */
export type ContentScriptMessage = SiteStoppedMessage;

/** From a content script: run the analysis script in my frame (when the page is idle or on first focus, never during page load). */
export type AnalysisLoadRequest = { type: 'analysis/load' };

/** From the loader a switched-on page loads (lib/page/note-loader.ts): run the note script in my frame. */
export type NoteLoadRequest = { type: 'note/load' };

/** From a content script, on a trusted click in the card: open the side panel for my tab. */
export type PanelOpenRequest = { type: 'panel/open' };

export function parsePanelOpenRequest(value: unknown): PanelOpenRequest | null {
  return isRecord(value) && value.type === 'panel/open' ? { type: 'panel/open' } : null;
}

/**
 * The background's answer: opened, or not, with the panel shortcut as set now ('' when none)
 * so the card can say what does open it. Firefox opens its sidebar only from a user's input
 * in an extension page or the browser's own controls, and a click in the card reaches the
 * background as a message, without that input.
 */
export type PanelOpenAnswer = { opened: true } | { opened: false; shortcut: string };

export function parsePanelOpenAnswer(value: unknown): PanelOpenAnswer | null {
  if (!isRecord(value)) return null;
  if (value.opened === true) return { opened: true };
  return value.opened === false && typeof value.shortcut === 'string' ? { opened: false, shortcut: value.shortcut } : null;
}

/** From a content script: the organisation's policy, as the background read it and cut it to size (lib/settings/bounded-policy.ts). */
export type PolicyRequest = { type: 'policy/read' };

export function parsePolicyRequest(value: unknown): PolicyRequest | null {
  return isRecord(value) && value.type === 'policy/read' ? { type: 'policy/read' } : null;
}

export function parseAnalysisLoadRequest(value: unknown): AnalysisLoadRequest | null {
  return isRecord(value) && value.type === 'analysis/load' ? { type: 'analysis/load' } : null;
}

export function parseNoteLoadRequest(value: unknown): NoteLoadRequest | null {
  return isRecord(value) && value.type === 'note/load' ? { type: 'note/load' } : null;
}

const SITE_REQUEST_TYPES = new Set<SiteRequest['type']>(['site/switch-on', 'site/pause', 'site/remove']);

/** Who sent a message or opened a port, as much of runtime.MessageSender as the checks read. */
export interface MessageSender {
  id?: string;
  url?: string;
}

/**
 * True for one of our own extension pages (side panel, popup, settings), never a content
 * script: those run inside the care system's pages, whose URL is theirs, not ours.
 */
export function isOwnExtensionPage(sender: MessageSender | undefined, runtime: { readonly id: string; getURL(path: string): string }): boolean {
  return sender?.id === runtime.id && sender.url?.startsWith(runtime.getURL('/')) === true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseSiteRequest(value: unknown): SiteRequest | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  if (!SITE_REQUEST_TYPES.has(value.type as SiteRequest['type'])) return null;
  if (typeof value.pattern !== 'string' || !isValidSitePattern(value.pattern)) return null;
  const pattern = value.pattern;
  switch (value.type) {
    case 'site/switch-on':
      return { type: 'site/switch-on', pattern };
    case 'site/pause':
      return { type: 'site/pause', pattern };
    default:
      return { type: 'site/remove', pattern };
  }
}

/**
 * From a note script to the extension pages, when it starts work in its frame (a note's first
 * focus): a side panel following the tab connects again, so this frame is on its live link too.
 */
export type NoteStartedMessage = { type: 'note/started' };

export function parseNoteStartedMessage(value: unknown): NoteStartedMessage | null {
  return isRecord(value) && value.type === 'note/started' ? { type: 'note/started' } : null;
}

export function parseContentScriptMessage(value: unknown): ContentScriptMessage | null {
  return isRecord(value) && value.type === 'site/stopped' ? { type: 'site/stopped' } : null;
}

/** From the side panel or popup to the note script in a tab. */
export type PanelRequest =
  | { type: 'panel/snapshot' }
  | { type: 'panel/apply'; key: string; suggestion: number }
  | { type: 'panel/ignore'; key: string; scope: IgnoreScope }
  /** Takes back an ignore; `undo` is the id the note script answered the ignore with. */
  | { type: 'panel/undo'; undo: string }
  | { type: 'panel/reveal'; key: string };

/** Where an ignore applies: this place in this note, this wording everywhere, or the whole rule. */
export type IgnoreScope = 'here' | 'everywhere' | 'rule';

/**
 * How the new words went in (reported to the user's card only as success or not; kept for
 * tests and the closing check). `interrupted`: the page threw while we applied (an editor's
 * handler on our selection or event).
 */
export type ApplyMethod = 'exec-command' | 'beforeinput' | 'text-input' | 'set-range-text' | 'interrupted';

/** What an Apply answers, to the panel (panel/apply) and to the card. */
export type ApplyResult =
  /** Replaced, and the whole text is exactly the expected one after the editor settled. */
  | { status: 'applied'; method: ApplyMethod }
  /** The note changed since it was analysed (or while we waited): nothing was written. */
  | { status: 'stale' }
  /** An earlier Apply in this field is still settling: nothing was written. */
  | { status: 'busy' }
  /** The editor did not take the edit: the note is as it was. */
  | { status: 'refused'; method: ApplyMethod }
  /** The note is neither the old nor the expected text: the user must check it (Ctrl+Z undoes it). */
  | { status: 'unexpected'; method: ApplyMethod };

export function parsePanelRequest(value: unknown): PanelRequest | null {
  if (!isRecord(value) || typeof value.type !== 'string') return null;
  if (value.type === 'panel/snapshot') return { type: 'panel/snapshot' };
  if (value.type === 'panel/undo') return typeof value.undo === 'string' && value.undo.length <= 40 ? { type: 'panel/undo', undo: value.undo } : null;
  if (typeof value.key !== 'string' || value.key.length > 200) return null;
  const key = value.key;
  if (value.type === 'panel/apply') {
    return typeof value.suggestion === 'number' && Number.isInteger(value.suggestion) && value.suggestion >= 0
      ? { type: 'panel/apply', key, suggestion: value.suggestion }
      : null;
  }
  if (value.type === 'panel/ignore') {
    return value.scope === 'here' || value.scope === 'everywhere' || value.scope === 'rule' ? { type: 'panel/ignore', key, scope: value.scope } : null;
  }
  if (value.type === 'panel/reveal') return { type: 'panel/reveal', key };
  return null;
}

/**
 * The side panel opens a port of this name to the tab (tabs.connect); while it is open, the
 * note script pushes a snapshot over it whenever the findings change. A port, unlike
 * runtime.sendMessage, reaches the panel without waking the background worker.
 */
export const LIVE_SNAPSHOT_PORT = 'samenspraak/live-snapshot';

/** From the note script to the side panel whenever the findings of the focused note change. */
export type SnapshotMessage = { type: 'note/snapshot'; snapshot: import('./note-snapshot').NoteSnapshot };

export function parseSnapshotMessage(value: unknown): SnapshotMessage | null {
  if (!isRecord(value) || value.type !== 'note/snapshot' || !isRecord(value.snapshot)) return null;
  const snapshot = value.snapshot;
  if (!Array.isArray(snapshot.findings) || !isRecord(snapshot.overview)) return null;
  return value as unknown as SnapshotMessage;
}
