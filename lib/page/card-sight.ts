// Whether the user could see the card when they pressed one of its buttons. The closed
// shadow root keeps a page out of the card, but not from laying a see-through decoy over it
// (a popover in the top layer, pointer-events: none) or fading the whole page, so that a
// click aimed at the decoy lands on "Ignore this rule" (issue 13, item 10).
// IntersectionObserver v2 reports a target as visible only when nothing covers it and no
// opacity, filter or transform changes how it is painted; a browser without it (Firefox)
// reports nothing, and there the card's own protection is all there is.

/** How often the browser may report at most; its lower bound. */
const REPORT_DELAY_MS = 100;
/** A frame or two for the report that is due to arrive. */
const SETTLE_MS = 50;

export interface CardSight {
  /** Follows this card element (again after it was drawn anew). */
  watch(card: Element): void;
  /** Whether the card was shown unobscured at `time` (an event's timeStamp, when the press began). */
  wasVisibleAt(time: number): Promise<boolean>;
  stop(): void;
}

type Report = { time: number; visible: boolean };

export function createCardSight(frame: Window): CardSight {
  const win = frame as Window & typeof globalThis;
  let reports: Report[] = [];
  let watched: Element | null = null;
  let waiting: Array<() => void> = [];
  const supported = 'isVisible' in win.IntersectionObserverEntry.prototype;
  const observer = supported
    ? new win.IntersectionObserver(
        (entries: IntersectionObserverEntry[]) => {
          for (const entry of entries) reports.push({ time: entry.time, visible: (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible });
          // A press only ever asks about the last moments: the rest can go.
          if (reports.length > 20) reports = reports.slice(-20);
          for (const wake of waiting.splice(0)) wake();
        },
        { trackVisibility: true, delay: REPORT_DELAY_MS } as IntersectionObserverInit,
      )
    : null;
  const firstReport = () => new Promise<void>((resolve) => (reports.length > 0 ? resolve() : waiting.push(resolve)));
  return {
    watch(card) {
      if (!observer || card === watched) return;
      if (watched) observer.unobserve(watched);
      watched = card;
      reports = [];
      observer.observe(card);
    },
    async wasVisibleAt(time) {
      if (!observer) return true;
      // Pressed before the browser's first report (the card had just appeared): that report says.
      await firstReport();
      // Reports come at most every REPORT_DELAY_MS: a cover laid just before the press is
      // reported just after it, so the reports up to then count too.
      const settled = time + REPORT_DELAY_MS + SETTLE_MS - win.performance.now();
      if (settled > 0) await new Promise((resolve) => win.setTimeout(resolve, settled));
      const before = reports.filter((report) => report.time <= time).at(-1) ?? reports[0];
      const after = reports.filter((report) => report.time > time);
      // No report at all: stopped, the card is gone.
      return before !== undefined && [before, ...after].every((report) => report.visible);
    },
    stop() {
      observer?.disconnect();
      for (const wake of waiting.splice(0)) wake();
    },
  };
}
