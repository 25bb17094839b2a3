// Scores the analyser against a labelled corpus (tests/corpus/*.jsonl): a finding counts
// as found when one of the same category overlaps the labelled phrase. Precision and
// recall per language, per category and per type.
import type { Category, Finding, FindingType, Lang } from '../types';

export interface CorpusFinding {
  category: Category;
  type: FindingType;
  phrase: string;
  occurrence?: number;
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

export function phraseSpan(text: string, finding: CorpusFinding): [number, number] {
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

export function scoreCorpus(lang: Lang, lines: CorpusLine[], analyze: (text: string) => Finding[]): CorpusScore {
  const byCategory: Record<string, Tally> = {};
  const byType: Record<string, Tally> = {};
  const total = empty();
  const bump = (category: string, type: string, key: keyof Tally) => {
    (byCategory[category] ??= empty())[key]++;
    (byType[type] ??= empty())[key]++;
    total[key]++;
  };
  const results = lines.map((line): LineResult => {
    const predicted = analyze(line.text);
    const used = new Set<Finding>();
    const missed: CorpusFinding[] = [];
    for (const gold of line.findings) {
      const [start, end] = phraseSpan(line.text, gold);
      const hit = predicted.find((finding) => !used.has(finding) && finding.category === gold.category && finding.start < end && finding.end > start);
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
