// Word lists are data, edited by hand: a word written twice in one list is a slip (it hides
// which copy was meant to change), so every list of words and every lexicon file is checked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as en from '../../../lib/analysis/en/lexicon';
import * as commands from '../../../lib/analysis/nl/lexicon/commands';
import * as functionWords from '../../../lib/analysis/nl/lexicon/function-words';
import * as judgments from '../../../lib/analysis/nl/lexicon/judgments';
import * as people from '../../../lib/analysis/nl/lexicon/people';
import * as verbs from '../../../lib/analysis/nl/lexicon/verbs';

/** The entries of a list that occur more than once. */
function repeats(list: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const entry of list) {
    const key = JSON.stringify(entry);
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return [...twice];
}

const modules = { en, commands, functionWords, judgments, people, verbs };
const wordLists = Object.entries(modules).flatMap(([module, exports]) =>
  Object.entries(exports as Record<string, unknown>).flatMap(([name, list]) =>
    Array.isArray(list) && list.every((word) => typeof word === 'string') ? [[`${module}.${name}`, list as readonly string[]] as const] : [],
  ),
);

describe('lexicon word lists', () => {
  it('are found', () => {
    expect(wordLists.length).toBeGreaterThan(20);
  });

  it.each(wordLists)('%s names each word once', (_name, list) => {
    expect(repeats(list)).toEqual([]);
  });
});

describe('lexicon files (rules/<lang>/lexicon)', () => {
  const files = ['nl', 'en'].flatMap((lang) => {
    const folder = join(__dirname, '../../../rules', lang, 'lexicon');
    return readdirSync(folder).map((file) => [`${lang}/${file}`, JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>] as const);
  });
  /** Every list in the file, however deep, with where it is. */
  const listsOf = (value: unknown, path: string): Array<[string, unknown[]]> => {
    if (Array.isArray(value)) return [[path, value], ...value.flatMap((entry, index) => listsOf(entry, `${path}[${index}]`))];
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, entry]) => listsOf(entry, `${path}.${key}`));
    return [];
  };

  it.each(files)('%s holds no list with an entry twice', (_file, data) => {
    const repeated = listsOf(data, '').filter(([, list]) => repeats(list).length > 0).map(([path, list]) => `${path}: ${repeats(list).join(', ')}`);
    expect(repeated).toEqual([]);
  });
});
