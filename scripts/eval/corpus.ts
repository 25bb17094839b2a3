// Scores the analyser against a labelled corpus (tests/corpus/*.jsonl): a finding counts
// as found when one of the same category overlaps the labelled phrase. Precision and
// recall per language, per category and per type.
import { splitSentences } from '../../lib/analysis/sentences';
import type { Category, Finding, FindingType, Lang } from '../../lib/analysis/types';

export interface CorpusFinding {
  category: Category;
  type: FindingType;
  phrase: string;
  occurrence?: number;
  /** Where the phrase is in the line's text, when known already (findings of a full note). */
  span?: [number, number];
}

export interface CorpusLine {
  id: string;
  text: string;
  findings: CorpusFinding[];
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface LineResult {
  line: CorpusLine;
  found: Finding[];
  missed: CorpusFinding[];
  wrong: Finding[];
}

export interface CorpusScore {
  lang: Lang;
  lines: number;
  byCategory: Record<string, Tally>;
  byType: Record<string, Tally>;
  total: Tally;
  results: LineResult[];
}

export function parseCorpus(jsonl: string, source: string): CorpusLine[] {
  return jsonl
    .split('\n')
    .map((raw, index) => ({ raw: raw.trim(), number: index + 1 }))
    .filter(({ raw }) => raw.length > 0)
    .map(({ raw, number }) => {
      try {
        return JSON.parse(raw) as CorpusLine;
      } catch (error) {
        throw new Error(`${source} line ${number}: not valid JSON (${(error as Error).message})`);
      }
    });
}

/** A full note: paragraphs (a header, a list item, running text) of labelled sentences. */
export type CorpusNote =
  | { id: string; paragraphs: Array<Array<{ text: string; findings: CorpusFinding[] }>> }
  /** A note written as one text (paragraphs on their own lines), phrases placed in the whole note. */
  | { id: string; text: string; findings: CorpusFinding[] };

/**
 * A note as one line of text (paragraphs joined by line breaks, sentences by a space), its
 * findings placed by where their sentence starts, so the engine sees the note as a
 * professional's editor holds it and is scored on every sentence in it.
 */
export function flattenNote(note: CorpusNote): CorpusLine & { sentences: number } {
  if ('text' in note) {
    const sentences = note.text.split('\n').reduce((sum, paragraph) => sum + splitSentences(paragraph).length, 0);
    return { id: note.id, text: note.text, findings: note.findings, sentences };
  }
  let text = '';
  let sentences = 0;
  const findings: CorpusFinding[] = [];
  note.paragraphs.forEach((paragraph, index) => {
    if (index > 0) text += '\n';
    paragraph.forEach((sentence, position) => {
      if (position > 0) text += ' ';
      for (const finding of sentence.findings) {
        const [start, end] = phraseSpan(sentence.text, finding);
        findings.push({ ...finding, span: [text.length + start, text.length + end] });
      }
      text += sentence.text;
      sentences++;
    });
  });
  return { id: note.id, text, findings, sentences };
}

export function phraseSpan(text: string, finding: CorpusFinding): [number, number] {
  if (finding.span) return finding.span;
  let from = -1;
  for (let seen = 0; seen <= (finding.occurrence ?? 0); seen++) {
    from = text.indexOf(finding.phrase, from + 1);
    if (from < 0) throw new Error(`phrase "${finding.phrase}" not found in "${text}"`);
  }
  return [from, from + finding.phrase.length];
}

const empty = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

export function precision(tally: Tally): number {
  const predicted = tally.truePositives + tally.falsePositives;
  return predicted === 0 ? 1 : tally.truePositives / predicted;
}

export function recall(tally: Tally): number {
  const actual = tally.truePositives + tally.falseNegatives;
  return actual === 0 ? 1 : tally.truePositives / actual;
}

export function f1(tally: Tally): number {
  const p = precision(tally);
  const r = recall(tally);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * For the product's targets, interpretations stated as fact count as judgmental
 * (LABELS.md): the engine shows them in a colour of their own, the reader hears a judgement.
 */
export const asJudgmental = (category: Category): Category => (category === 'interpretation' ? 'judgmental' : category);

/** False flags per 1,000 words on the lines that must stay quiet. */
export function falseFlagsPerThousandWords(score: CorpusScore): number {
  const quiet = score.results.filter((result) => result.line.findings.length === 0);
  const words = quiet.reduce((sum, result) => sum + result.line.text.split(/\s+/).filter(Boolean).length, 0);
  const flags = quiet.reduce((sum, result) => sum + result.wrong.length, 0);
  return words === 0 ? 0 : (flags * 1000) / words;
}

/** The share of the engine's findings that offer a rewrite. */
export function suggestionShare(score: CorpusScore): number {
  const all = score.results.flatMap((result) => [...result.found, ...result.wrong]);
  return all.length === 0 ? 1 : all.filter((finding) => finding.suggestions.length > 0).length / all.length;
}

export function scoreCorpus(lang: Lang, lines: CorpusLine[], analyze: (text: string) => Finding[], merge: (category: Category) => Category = (category) => category): CorpusScore {
  const byCategory: Record<string, Tally> = {};
  const byType: Record<string, Tally> = {};
  const total = empty();
  const bump = (category: string, type: string, key: keyof Tally) => {
    (byCategory[merge(category as Category)] ??= empty())[key]++;
    (byType[type] ??= empty())[key]++;
    total[key]++;
  };
  const results = lines.map((line): LineResult => {
    const predicted = analyze(line.text);
    const used = new Set<Finding>();
    const missed: CorpusFinding[] = [];
    for (const gold of line.findings) {
      const [start, end] = phraseSpan(line.text, gold);
      const hit = predicted.find((finding) => !used.has(finding) && merge(finding.category) === merge(gold.category) && finding.start < end && finding.end > start);
      if (hit) {
        used.add(hit);
        bump(gold.category, gold.type, 'truePositives');
      } else {
        missed.push(gold);
        bump(gold.category, gold.type, 'falseNegatives');
      }
    }
    const wrong = predicted.filter((finding) => !used.has(finding));
    for (const finding of wrong) bump(finding.category, finding.type, 'falsePositives');
    return { line, found: predicted.filter((finding) => used.has(finding)), missed, wrong };
  });
  return { lang, lines: lines.length, byCategory, byType, total, results };
}
