// The note script's side of the conversation with the side panel and popup: it answers
// their requests for the focused note (snapshot, apply, ignore, reveal) and pushes a new
// snapshot whenever the findings change. Requests are checked by shape and sender first.
import { noteOverview } from '../analysis/voice';
import type { Finding } from '../analysis/types';
import type { PanelRequest } from '../messages';
import { findingKey, type NoteSnapshot, type PanelFinding } from '../note-snapshot';
import { applySuggestion, type ApplyResult } from './apply-suggestion';
import type { NoteSession } from './note-session';
import { domRange } from './text-model';

export function snapshotOf(session: NoteSession, lang: 'nl' | 'en'): NoteSnapshot {
  const findings: PanelFinding[] = session.findings.map((finding) => ({
    ...finding,
    key: findingKey(finding),
    phrase: session.text.slice(finding.start, finding.end),
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

export interface PanelBridgeOptions {
  current: () => NoteSession | null;
  lang: (session: NoteSession) => 'nl' | 'en';
  ignoreHere: (finding: Finding, phrase: string) => void;
  ignoreRule: (ruleId: string) => void;
}

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
export function answerPanel(request: PanelRequest, options: PanelBridgeOptions): NoteSnapshot | Promise<ApplyResult> | ApplyResult | { status: 'done' } | undefined {
  const session = options.current();
  if (!session) return undefined;
  if (request.type === 'panel/snapshot') return snapshotOf(session, options.lang(session));
  const finding = session.findings.find((candidate) => findingKey(candidate) === request.key);
  if (!finding) return request.type === 'panel/apply' ? { status: 'stale' } : undefined;
  switch (request.type) {
    case 'panel/apply': {
      const suggestion = finding.suggestions[request.suggestion];
      if (!suggestion) return { status: 'stale' };
      return applySuggestion(session.field, session.text, finding, suggestion, { lastInputAt: session.lastInputAt }).then((result) => {
        session.refresh();
        return result;
      });
    }
    case 'panel/ignore':
      if (request.scope === 'rule') {
        session.ignoreRule(finding.ruleId);
        options.ignoreRule(finding.ruleId);
      } else {
        const phrase = session.text.slice(finding.start, finding.end);
        session.ignoreHere(finding);
        options.ignoreHere(finding, phrase);
      }
      return { status: 'done' };
    case 'panel/reveal':
      reveal(session, finding);
      return { status: 'done' };
  }
}
