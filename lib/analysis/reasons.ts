// Reason ids: why a word carries a tag, and how a rule met the sentence. The taggers note
// them on the terms they decide about (the Dutch post-tagger's `reason`, the subject and
// clause decisions), the engine adds how the rule matched, and every finding carries the
// ids behind it, so a test can assert a decision and the card and side panel can show it
// ("which rule flagged this, and why?") without printing any of the note's words.

/** A term the taggers may note reasons on. */
export interface Reasoned {
  reasons?: string[];
}

/** Notes why `term` got (or lost) a tag; each id once. */
export function addReason(term: Reasoned, reason: string): void {
  if (!term.reasons) term.reasons = [reason];
  else if (!term.reasons.includes(reason)) term.reasons.push(reason);
}

/** The reasons on some terms, each once, in the order of the terms. */
export function reasonsOn(terms: readonly Reasoned[]): string[] {
  const all = new Set<string>();
  for (const term of terms) for (const reason of term.reasons ?? []) all.add(reason);
  return [...all];
}

/** How a rule met the sentence: its n-th pattern (the n-th entry of its `match` list in rules/<lang>/*.json, from 1) or its clause condition. */
export const matchedBy = {
  pattern: (index: number) => `pattern-${index + 1}`,
  clause: 'clause-condition',
  /** The focus was a list of labels, one finding per label. */
  labelList: 'label-list',
} as const;

/** A reason id as findings carry it: lower-case words joined by hyphens (checked where findings cross a message boundary). */
export const REASON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
