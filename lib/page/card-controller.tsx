// Opens the finding card: on hovering an underlined phrase, or with Alt+Shift+N (next
// finding after the caret; pressed again, the one after that). Apply goes through apply-suggestion.ts; Esc or the close
// button returns focus to the note. Only trusted (user) events open or drive the card.
import { render } from 'preact';
import { FINDING_CARD_CSS, FindingCard } from '../../components/FindingCard';
import { TranslateContext } from '../../components/i18n';
import type { Finding } from '../analysis/types';
import type { Translate } from '../i18n';
import { applySuggestion } from './apply-suggestion';
import type { NoteSession } from './note-session';

export const NEXT_FINDING_SHORTCUT = { key: 'N', altKey: true, shiftKey: true } as const;

const CARD_WIDTH = 380;

export interface CardControllerOptions {
  doc: Document;
  shadow: ShadowRoot;
  t: Translate;
  current: () => NoteSession | null;
  openPanel: () => void;
  /** Persist "ignore here" (rule and phrase) and "ignore this rule" in the user's settings. */
  ignoreHere: (finding: Finding, phrase: string) => void;
  ignoreRule: (ruleId: string) => void;
  signal: AbortSignal;
}

export function startCardController(options: CardControllerOptions): { close(): void } {
  const { doc, shadow, signal } = options;
  const win = doc.defaultView as Window;
  const style = doc.createElement('style');
  style.textContent = FINDING_CARD_CSS;
  const slot = doc.createElement('div');
  shadow.append(style, slot);
  let open: { session: NoteSession; finding: Finding; notice?: string } | null = null;

  const position = (session: NoteSession, finding: Finding) => {
    const rect = session.rectOf(finding);
    const left = Math.max(8, Math.min((rect?.left ?? 8), win.innerWidth - CARD_WIDTH - 8));
    const below = (rect?.bottom ?? 8) + 6;
    const top = below + 260 > win.innerHeight && rect ? Math.max(8, rect.top - 266) : below;
    return { left, top };
  };

  const close = (returnFocus: boolean) => {
    const session = open?.session;
    open = null;
    render(null, slot);
    if (returnFocus) session?.field.element.focus();
  };

  const show = (session: NoteSession, finding: Finding, notice?: string) => {
    open = { session, finding, ...(notice ? { notice } : {}) };
    const phrase = session.text.slice(finding.start, finding.end);
    render(
      <TranslateContext.Provider value={options.t}>
        <FindingCard
          finding={finding}
          phrase={phrase}
          at={position(session, finding)}
          {...(notice ? { notice } : {})}
          onApply={(suggestion) => {
            const result = applySuggestion(session.field, session.text, finding, suggestion);
            session.refresh();
            if (result.status === 'applied') close(true);
            else show(session, finding, options.t(result.status === 'stale' ? 'cardStale' : 'cardUnexpected'));
          }}
          onIgnoreHere={() => {
            session.ignoreHere(finding);
            options.ignoreHere(finding, phrase);
            close(true);
          }}
          onIgnoreRule={() => {
            session.ignoreRule(finding.ruleId);
            options.ignoreRule(finding.ruleId);
            close(true);
          }}
          onOpenPanel={options.openPanel}
          onClose={() => close(true)}
        />
      </TranslateContext.Provider>,
      slot,
    );
  };

  let frame = 0;
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (!event.isTrusted || frame) return;
      const { clientX, clientY } = event;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        const session = options.current();
        if (!session) return;
        const finding = session.findingAt(clientX, clientY);
        if (finding && finding !== open?.finding) show(session, finding);
      });
    },
    { passive: true, signal },
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      const wanted = NEXT_FINDING_SHORTCUT;
      if (event.altKey === wanted.altKey && event.shiftKey === wanted.shiftKey && event.key.toUpperCase() === wanted.key) {
        const session = options.current();
        if (!session || session.findings.length === 0) return;
        event.preventDefault();
        // Pressed again while a card is open, the shortcut moves on to the following finding,
        // so a user can walk through every finding without touching the mouse.
        const after = open?.session === session ? open.finding.start + 1 : session.caretOffset();
        const next = session.findings.find((finding) => finding.start >= after) ?? session.findings[0];
        if (next) show(session, next);
        return;
      }
      if (event.key === 'Escape' && open) close(true);
    },
    { capture: true, signal },
  );

  // Clicking elsewhere in the page closes the card; clicks inside our shadow UI do not reach here as outside.
  doc.addEventListener(
    'mousedown',
    (event) => {
      if (open && event.isTrusted && !event.composedPath().includes(slot)) close(false);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => render(null, slot));
  return { close: () => close(false) };
}
