// The shape of a practical writing tip, shown in the side panel and linked from every finding.
import type { TipId } from './ids';

export type { TipId } from './ids';

export interface Tip {
  id: TipId;
  title: string;
  /** Three to five sentences in plain words. */
  body: string[];
  /** Two to four questions the professional can ask themselves. */
  reflection: string[];
  /** A short case-note sentence as often written, and a collaborative rewrite. */
  example: { before: string; after: string };
  /** Where the idea comes from, in a few words (no URLs). */
  source: string;
}
