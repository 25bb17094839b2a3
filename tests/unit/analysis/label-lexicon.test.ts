// The label lexicons are data the rules grow with: well-formed, and a word that is only in
// the data (no rule names it) is found where a label about a person stands, and nowhere else.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import type { LabelLexicon } from '../../../lib/analysis/label-lexicon';
import english from '../../../rules/en/lexicon/labels.json';
import dutch from '../../../rules/nl/lexicon/labels.json';

const ids = (text: string, lang: 'nl' | 'en') => analyze(text, { lang }).map((finding) => `${finding.ruleId}:${text.slice(finding.start, finding.end)}`);

describe.each([['nl', dutch], ['en', english]] as const)('rules/%s/lexicon/labels.json', (lang, file) => {
  const lexicon = file as LabelLexicon;
  it('is well-formed: its language, lower-case unique lemmas and forms, known positions', () => {
    expect(lexicon.lang).toBe(lang);
    const words = lexicon.entries.flatMap((entry) => [entry.lemma, ...(entry.forms ?? [])]);
    expect(new Set(words).size).toBe(words.length);
    for (const entry of lexicon.entries) {
      expect(entry.lemma).toBe(entry.lemma.toLowerCase());
      expect(['adjective', 'noun']).toContain(entry.pos);
      if (entry.only !== undefined) expect(entry.only).toBe('attributive');
    }
    expect(lexicon.entries.length).toBeGreaterThan(800);
  });
});

describe('labels found from the data alone', () => {
  it('Dutch: predicative, attributive, coordinated noun, multi-word noun', () => {
    expect(ids('Vader is schijnheilig.', 'nl')).toContain('nl-label-trait:schijnheilig');
    expect(ids('De tegendraadse moeder kwam te laat.', 'nl')).toContain('nl-label-attributive:tegendraadse moeder');
    expect(ids('Het is een bemoeial.', 'nl')).toContain('nl-label-noun:bemoeial');
    expect(ids('Milan is een verwend nest.', 'nl')).toContain('nl-label-noun:verwend nest');
  });

  it('English: predicative, noun after an article, multi-word noun', () => {
    expect(ids('Dad is spineless.', 'en')).toContain('en-label-trait:spineless');
    expect(ids('Mum is a freeloader.', 'en')).toContain('en-label-noun:freeloader');
    expect(ids('He is a waste of space.', 'en')).toContain('en-label-noun:waste of space');
  });

  it('stay quiet where the word is not about a person, or is the parent own word', () => {
    expect(ids('De kamer van Milan was chaotisch.', 'nl')).toEqual([]);
    expect(ids('Moeder zegt: "Ik ben een betweter."', 'nl')).toEqual([]);
    expect(ids('The flat was slovenly kept, with dishes in the sink.', 'en')).toEqual([]);
  });
});
