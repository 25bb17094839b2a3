// One ignore, as the card and the side panel both offer it, with its undo. The session hides
// the finding at once; "everywhere" and "rule" are also persisted (through `store`), and
// undoing takes back both. "Here" is never persisted: it lives in the note's session.
import type { Finding } from '../analysis/types';
import { ignoredEverywhere } from '../settings/ignore-key';
import type { IgnoredPhrase } from '../settings/settings';
import type { IgnoreScope } from '../messaging/messages';
import type { NoteSession } from './note-session';

/** Writes to the user's settings; each returns once written. */
export interface IgnoreStore {
  addIgnored(entry: IgnoredPhrase): Promise<void>;
  removeIgnored(entry: IgnoredPhrase): Promise<void>;
  disableRule(ruleId: string): Promise<void>;
  enableRule(ruleId: string): Promise<void>;
}

/** Whether "Ignore everywhere" can be offered: the phrase has a key short enough to keep. */
export function canIgnoreEverywhere(finding: Finding, phrase: string): boolean {
  return ignoredEverywhere(finding.ruleId, phrase) !== null;
}

/** Ignores the finding; returns its undo, or null when this scope is not possible for it. */
export function ignoreFinding(session: NoteSession, finding: Finding, scope: IgnoreScope, store: IgnoreStore): (() => void) | null {
  const phrase = session.text.slice(finding.start, finding.end);
  const entry = scope === 'everywhere' ? ignoredEverywhere(finding.ruleId, phrase) : null;
  if (scope === 'everywhere' && !entry) return null;
  const show = session.ignore(finding, scope);
  // The undo waits for the write it takes back, so a quick undo cannot be overtaken by it.
  const written = entry ? store.addIgnored(entry) : scope === 'rule' ? store.disableRule(finding.ruleId) : Promise.resolve();
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    show();
    void written.then(() => (entry ? store.removeIgnored(entry) : scope === 'rule' ? store.enableRule(finding.ruleId) : undefined));
  };
}
