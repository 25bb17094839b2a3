// Our bulk matcher (lib/analysis/en/sweep.ts) must tag exactly as compromise's own: the
// same tags on the same words, added in the same order, on real English case-note text.
import { readFileSync } from 'node:fs';
import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import '../../../lib/analysis/en/tagger'; // installs our bulk matcher
import { bulkMatch } from '../../../lib/analysis/en/sweep';
import { parseCorpus } from '../../../scripts/eval/corpus';

// compromise does not export its stock matcher; its source file is the reference.
const stockUrl = new URL('../../../node_modules/compromise/src/1-one/sweep/methods/sweep/index.js', import.meta.url).href;
const stock = ((await import(stockUrl)) as { default: typeof bulkMatch }).default;

const methods = (nlp.world() as { methods: { one: { bulkMatch: typeof bulkMatch } } }).methods.one;

function tagsOf(text: string, matcher: typeof bulkMatch): string[][] {
  methods.bulkMatch = matcher;
  try {
    return (nlp(text).docs as Array<Array<{ text: string; tags: Set<string> }>>).flat().map((term) => [term.text, ...term.tags]);
  } finally {
    methods.bulkMatch = bulkMatch;
  }
}

const sentences = ['more/en.jsonl', 'en.jsonl', 'heldout/en.jsonl'].flatMap((file) =>
  parseCorpus(readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8'), file).map((line) => line.text),
);

describe('the English bulk matcher', () => {
  it('is the one compromise uses once the tagger is loaded', () => {
    expect(methods.bulkMatch).toBe(bulkMatch);
  });

  it(`tags ${sentences.length} case-note sentences exactly as compromise's own`, () => {
    let differ = 0;
    for (const text of sentences) if (JSON.stringify(tagsOf(text, bulkMatch)) !== JSON.stringify(tagsOf(text, stock))) differ++;
    expect(differ).toBe(0);
  }, 120_000);

  it('finds what the stock matcher finds, in order, also with one match asked for', () => {
    // A net with the shapes compromise allows: needs, wants with (optional|choices),
    // ifNo, a repeated match text (only its first statement counts), and no hook at all.
    const statements = [
      { match: '(has|have) to #Infinitive', tag: 'ObligationA' },
      { match: 'every #Noun', tag: 'EveryA' },
      { match: 'every #Noun', tag: 'EveryB' },
      { match: '#Date+', tag: 'DateA', ifNo: ['march'] },
      { match: '(monday|tuesday) the? #Value', tag: 'DayA' },
      { match: 'mother? has', tag: 'HasA' },
      { match: '.', tag: 'AnyA' },
    ];
    const net = nlp.buildNet(statements as Parameters<typeof nlp.buildNet>[0]);
    const methodsOf = nlp.methods() as never;
    const strip = (found: unknown) => (found as Array<{ match: string; tag: string; pointer: number[] }>).map((item) => [item.match, item.tag, ...item.pointer]);
    for (const text of ['Mother has to attend every meeting on Monday the 3rd of March at 9am.', 'Every day she has to ring. Monday the 4th.']) {
      const document = nlp(text).docs as unknown[][];
      const ours = strip(bulkMatch(document, net as never, methodsOf));
      expect(ours.length).toBeGreaterThan(3);
      expect(ours).toEqual(strip(stock(document, net as never, methodsOf)));
      expect(strip(bulkMatch(document, net as never, methodsOf, { matchOne: true }))).toEqual(strip(stock(document, net as never, methodsOf, { matchOne: true })));
    }
  });
});
