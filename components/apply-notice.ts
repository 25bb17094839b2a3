// What the card and the side panel say when an Apply did not go in as planned, by its
// outcome: one message per outcome, so both places say the same thing.
import type { ApplyResult } from '../lib/messaging/messages';
import type { MessageKey } from './i18n';

export const APPLY_NOTICE: Readonly<Record<Exclude<ApplyResult['status'], 'applied'>, MessageKey>> = {
  stale: 'applyStale',
  busy: 'applyBusy',
  refused: 'applyRefused',
  unexpected: 'applyUnexpected',
};

/** The message for an outcome reported over messaging (any value), or undefined when there is nothing to say. */
export function applyNoticeFor(outcome: unknown): MessageKey | undefined {
  return typeof outcome === 'string' && Object.hasOwn(APPLY_NOTICE, outcome) ? APPLY_NOTICE[outcome as keyof typeof APPLY_NOTICE] : undefined;
}
