// Opens the finding card: on hovering an underlined phrase, or with Alt+Shift+N or the key
// the settings name (next finding after the caret; pressed again, the one after that). Hovering only shows the
// card: focus stays in the note, so typing on types into the note, and the card closes
// when the pointer has left both the phrase and the card, or on the next keystroke. Only
// the shortcut moves focus into the card (a click in it does so by itself). Apply goes
// through apply-suggestion.ts; an ignore (ignore-finding.ts) leaves the card open on
// "Ignored. Undo" with focus on Undo. Esc or the close button returns focus to the note.
// Only trusted (user) events open or drive the card, and the two ignores that change the
// settings only when the card was in plain sight as the user pressed (card-sight.ts).
import { render } from 'preact';
import { FINDING_CARD_CSS, FindingCard } from '../../components/FindingCard';
import { APPLY_NOTICE } from '../../components/apply-notice';
import { TranslateContext, type Translate } from '../../components/i18n';
import type { Finding } from '../analysis/types';
import { applySafely } from './apply-suggestion';
import { CARD_MARGIN, placeCard, type CardPlacement } from './card-position';
import { canIgnoreEverywhere, ignoreFinding, type IgnoreStore } from './ignore-finding';
import type { IgnoreScope, PanelOpenAnswer } from '../messaging/messages';
import type { NoteSession } from './note-session';
import { isShortcut } from '../settings/shortcuts';
import { adoptStyles } from './shadow-styles';
import { createCardSight } from './card-sight';

/** Time to move the pointer from the phrase to the card (or back) without it closing. */
export const HOVER_GRACE_MS = 400;

export interface CardControllerOptions {
  doc: Document;
  shadow: ShadowRoot;
  t: Translate;
  /** The language the UI speaks, for the `lang` of the card's buttons. */
  uiLang: string;
  current: () => NoteSession | null;
  /** Asks the background to open the side panel; null when the answer made no sense. */
  openPanel: () => Promise<PanelOpenAnswer | null>;
  /** Persists "ignore everywhere" and "ignore this rule" (and their undo) in the user's settings. */
  store: IgnoreStore;
  /** Says something to a screen reader (the page's live region). */
  announce: (text: string) => void;
  /** The in-note shortcut as the settings have it now. */
  nextFindingShortcut: () => string;
  signal: AbortSignal;
}

interface OpenCard {
  session: NoteSession;
  finding: Finding;
  /** Opened with the keyboard (focus is in the card) or by hovering (focus stays in the note). */
  via: 'keyboard' | 'hover';
  notice?: string;
  busy?: boolean;
  /** Ignored from this card: how, and what takes it back. */
  ignored?: { scope: IgnoreScope; undo: () => void };
}

export function startCardController(options: CardControllerOptions): { close(): void } {
  const { doc, shadow, signal } = options;
  const win = doc.defaultView as Window;
  adoptStyles(shadow, FINDING_CARD_CSS);
  const slot = doc.createElement('div');
  shadow.append(slot);
  let open: OpenCard | null = null;
  let leaveTimer: number | undefined;
  const sight = createCardSight(win);
  // When the user's last press in the card began (pointer or key): what they saw then counts.
  // A click with no press of its own (a screen reader's activation) is judged on the whole
  // time the card was open, reports since an earlier press included.
  let pressedAt = 0;
  for (const type of ['pointerdown', 'keydown'] as const) {
    slot.addEventListener(type, (event) => event.isTrusted && (pressedAt = event.timeStamp), { capture: true, passive: true, signal });
  }
  let placedAt: CardPlacement | null = null;

  /** Places the rendered card by its measured size (see card-position.ts). */
  const place = (session: NoteSession, finding: Finding): CardPlacement | null => {
    const card = slot.querySelector<HTMLElement>('.card');
    const phrase = session.rectOf(finding);
    if (!card || !phrase) return null;
    const size = card.getBoundingClientRect();
    return placeCard(phrase, { width: size.width, height: size.height }, { width: win.innerWidth, height: win.innerHeight }, session.caretRect());
  };

  const cancelLeave = () => {
    if (leaveTimer !== undefined) win.clearTimeout(leaveTimer);
    leaveTimer = undefined;
  };

  const close = (returnFocus: boolean) => {
    cancelLeave();
    const session = open?.session;
    open = null;
    render(null, slot);
    if (returnFocus) session?.field.element.focus();
  };

  const show = (card: OpenCard) => {
    cancelLeave();
    open = card;
    const { session, finding } = card;
    // Rendered once unplaced to measure it, then where it fits: rendering is synchronous,
    // so nothing is painted in between.
    draw(card, null);
    // An ignored finding has no underline left to measure: the card stays where it was.
    placedAt = place(session, finding) ?? (card.ignored ? placedAt : null) ?? { left: CARD_MARGIN, top: CARD_MARGIN };
    draw(card, placedAt);
    const drawn = slot.querySelector('.card');
    if (drawn) sight.watch(drawn);
  };

  /** The finding again after an undo (analysed anew, so another object at the same place). */
  const restored = (session: NoteSession, finding: Finding) =>
    session.findings.find((candidate) => candidate.ruleId === finding.ruleId && candidate.start === finding.start && candidate.end === finding.end) ?? null;

  const draw = (card: OpenCard, at: CardPlacement | null) => {
    const { session, finding, notice, busy = false, ignored } = card;
    const phrase = session.text.slice(finding.start, finding.end);
    render(
      <TranslateContext.Provider value={options.t}>
        <FindingCard
          finding={finding}
          phrase={phrase}
          at={at}
          takeFocus={card.via === 'keyboard'}
          busy={busy}
          uiLang={options.uiLang}
          canIgnoreEverywhere={canIgnoreEverywhere(finding, phrase)}
          {...(ignored ? { ignored: ignored.scope } : {})}
          {...(notice ? { notice } : {})}
          onApply={(suggestion) => {
            if (open?.busy) return;
            show({ ...card, busy: true });
            void applySafely(session, finding, suggestion).then((result) => {
              // Public state, like the findings count: how the last apply went (no note text).
              (shadow.host as HTMLElement).dataset.lastApply = 'method' in result ? `${result.status}:${result.method}` : result.status;
              session.refresh();
              if (open?.finding !== finding) return;
              if (result.status === 'applied') close(true);
              // The card stays with the outcome in plain words; the user decides what next.
              else show({ ...card, via: 'keyboard', busy: false, notice: options.t(APPLY_NOTICE[result.status]) });
            });
          }}
          onIgnore={(scope) => {
            const ignore = () => {
              const undo = ignoreFinding(session, finding, scope, options.store);
              // The user is working in the card now: it stays, on "Ignored. Undo", until they move on.
              if (undo) show({ session, finding, via: 'keyboard', ignored: { scope, undo } });
            };
            if (scope === 'here') return ignore();
            // These change the settings, in every note: only for a press on a card the user could see.
            void sight.wasVisibleAt(pressedAt).then((seen) => {
              if (open?.finding !== finding) return;
              if (seen) ignore();
              else show({ ...card, via: 'keyboard', notice: options.t('cardCoveredRefused') });
            });
          }}
          onUndo={() => {
            ignored?.undo();
            // A settings change may have restarted the field's session since: look in the live one.
            const live = options.current();
            const now = live?.field.element === session.field.element ? live : session;
            const again = restored(now, finding);
            options.announce(options.t('shownAgain', phrase));
            // Undoing "everywhere" or "rule" goes through the settings, so the finding comes back
            // a moment later: focus returns to the note, where its underline reappears.
            if (again) show({ session: now, finding: again, via: 'keyboard' });
            else close(true);
          }}
          onOpenPanel={() => {
            // When the browser keeps the panel shut, the card says what opens it; a failure is never silent.
            const instead = (notice: string) => {
              if (open?.finding === finding) show({ ...card, via: 'keyboard', notice });
            };
            void options.openPanel().then(
              (answer) => {
                if (answer?.opened) return;
                if (answer?.shortcut) instead(options.t('cardPanelByShortcut', answer.shortcut));
                else instead(options.t(answer ? 'cardPanelByButton' : 'cardPanelFailed'));
              },
              () => instead(options.t('cardPanelFailed')),
            );
          }}
          onClose={() => close(true)}
          onPointerEnter={cancelLeave}
        />
      </TranslateContext.Provider>,
      slot,
    );
  };

  const overCard = (event: Event) => event.composedPath().includes(slot);

  let frame = 0;
  doc.addEventListener(
    'mousemove',
    (event) => {
      if (!event.isTrusted || frame) return;
      const { clientX, clientY } = event;
      const onCard = overCard(event);
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (onCard) return cancelLeave();
        const session = options.current();
        const finding = session?.findingAt(clientX, clientY) ?? null;
        if (session && finding && finding !== open?.finding) {
          // A card the user is working in with the keyboard is not taken away by the pointer.
          if (open?.via !== 'keyboard' && !open?.busy) {
            // The last keystrokes count: an analysis waiting for the typing pause runs first,
            // then the finding under the pointer is looked up again in its result.
            session.settle();
            const current = session.findingAt(clientX, clientY);
            if (current) show({ session, finding: current, via: 'hover' });
          }
          return;
        }
        if (finding && finding === open?.finding) return cancelLeave();
        // Off the phrase and off the card: a hover card goes after a grace period.
        if (open?.via === 'hover' && !open.busy && leaveTimer === undefined) {
          leaveTimer = win.setTimeout(() => {
            leaveTimer = undefined;
            if (open?.via === 'hover' && !open.busy) close(false);
          }, HOVER_GRACE_MS);
        }
      });
    },
    { passive: true, signal },
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      if (isShortcut(event, options.nextFindingShortcut())) {
        const session = options.current();
        if (!session) return;
        event.preventDefault();
        session.settle();
        // Nothing to open: say so, rather than leave the user wondering whether the key worked.
        if (session.findings.length === 0) return options.announce(options.t('cardNoFindings'));
        // Pressed again while a card is open, the shortcut moves on to the following finding,
        // so a user can walk through every finding without touching the mouse.
        const after = open?.session === session && open.via === 'keyboard' ? open.finding.start + 1 : session.caretOffset();
        const next = session.findings.find((finding) => finding.start >= after) ?? session.findings[0];
        if (next) show({ session, finding: next, via: 'keyboard' });
        return;
      }
      if (!open) return;
      if (event.key === 'Escape') {
        close(true);
        return;
      }
      // Typing in the note while a card shows: the user is writing, not reading the card.
      if (!overCard(event) && !['Shift', 'Alt', 'Control', 'Meta', 'AltGraph', 'CapsLock'].includes(event.key)) close(false);
    },
    { capture: true, signal },
  );

  // Clicking elsewhere in the page closes the card; clicks inside our shadow UI do not reach here as outside.
  doc.addEventListener(
    'mousedown',
    (event) => {
      if (open && event.isTrusted && !overCard(event)) close(false);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelLeave();
    sight.stop();
    render(null, slot);
  });
  return { close: () => close(false) };
}
