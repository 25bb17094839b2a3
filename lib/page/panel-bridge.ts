// The note script's side of the conversation with the side panel and popup: it answers
// their requests for the focused note (snapshot, apply, ignore and its undo, reveal) and
// pushes a new snapshot whenever the findings change. Requests are checked by shape and
// sender first.
import { noteOverview } from '../analysis/voice';
import type { Finding } from '../analysis/types';
import type { ApplyResult, PanelRequest } from '../messaging/messages';
import { findingKey, type NoteSnapshot, type PanelFinding } from '../messaging/note-snapshot';
import { applySafely } from './apply-suggestion';
import { canIgnoreEverywhere, ignoreFinding, type IgnoreStore } from './ignore-finding';
import type { NoteSession } from './note-session';
import { domRange } from './text-model';

export function snapshotOf(session: NoteSession): NoteSnapshot {
  const lang = session.lang;
  const findings: PanelFinding[] = session.findings.map((finding) => ({
    ...finding,
    key: findingKey(finding),
    phrase: session.text.slice(finding.start, finding.end),
    everywhere: canIgnoreEverywhere(finding, session.text.slice(finding.start, finding.end)),
  }));
  // The overview of a narrowed note counts words of the whole note but findings of the window.
  const overviewText = session.narrowed ? '' : session.text;
  return {
    field: session.field.kind,
    lang,
    findings,
    overview: noteOverview(overviewText, lang, session.findings),
    narrowed: session.narrowed,
    underlinesPaused: session.underlinesPaused,
  };
}

/** The undo of the last few ignores made from the panel, by an id the panel sends back. */
export interface UndoShelf {
  keep(undo: () => void): string;
  take(id: string): (() => void) | undefined;
}

/** More than a panel could show at once; older undos are let go. */
const UNDOS_KEPT = 20;

export function createUndoShelf(): UndoShelf {
  const undos = new Map<string, () => void>();
  let next = 0;
  return {
    keep(undo) {
      const id = `undo-${++next}`;
      undos.set(id, undo);
      for (const old of undos.keys()) if (undos.size > UNDOS_KEPT) undos.delete(old);
      return id;
    },
    take(id) {
      const undo = undos.get(id);
      undos.delete(id);
      return undo;
    },
  };
}

export interface PanelBridgeOptions {
  current: () => NoteSession | null;
  store: IgnoreStore;
  undos: UndoShelf;
}

/** What an ignore from the panel answers: the id of its undo, or that this scope is not possible here. */
export type IgnoreAnswer = { status: 'done'; undo: string } | { status: 'unavailable' };

function reveal(session: NoteSession, finding: Finding): void {
  const element = session.field.element;
  element.focus();
  if (session.field.kind === 'textarea') {
    (element as HTMLTextAreaElement).setSelectionRange(finding.start, finding.end);
  } else if (session.model) {
    const range = domRange(session.model, finding.start, finding.end);
    const selection = element.ownerDocument.getSelection();
    if (range && selection) {
      selection.removeAllRanges();
      selection.addRange(range);
      (range.startContainer.parentElement ?? element).scrollIntoView({ block: 'center' });
      return;
    }
  }
  element.scrollIntoView({ block: 'center' });
}

/** Handles one request; undefined when this frame has no focused note (another frame may). */
export function answerPanel(
  request: PanelRequest,
  options: PanelBridgeOptions,
): NoteSnapshot | Promise<ApplyResult> | ApplyResult | IgnoreAnswer | { status: 'done' } | undefined {
  if (request.type === 'panel/undo') {
    // Only the frame that made the ignore holds its undo; the others stay silent.
    const undo = options.undos.take(request.undo);
    if (!undo) return undefined;
    undo();
    return { status: 'done' };
  }
  const session = options.current();
  if (!session) return undefined;
  if (request.type === 'panel/snapshot') return snapshotOf(session);
  const finding = session.findings.find((candidate) => findingKey(candidate) === request.key);
  if (!finding) return request.type === 'panel/apply' ? { status: 'stale' } : undefined;
  switch (request.type) {
    case 'panel/apply': {
      const suggestion = finding.suggestions[request.suggestion];
      if (!suggestion) return { status: 'stale' };
      return applySafely(session, finding, suggestion).then((result) => {
        session.refresh();
        return result;
      });
    }
    case 'panel/ignore': {
      const undo = ignoreFinding(session, finding, request.scope, options.store);
      return undo ? { status: 'done', undo: options.undos.keep(undo) } : { status: 'unavailable' };
    }
    case 'panel/reveal':
      reveal(session, finding);
      return { status: 'done' };
  }
}
