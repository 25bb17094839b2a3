// Reads a rule pack written in YAML into the same plain data JSON.parse would give, and
// refuses the YAML features that could blow up or bring in values JSON does not have.
// Settings page only: it brings the yaml library, which the content scripts must not load.
import { Composer, isScalar, Lexer, LineCounter, Parser, visit, type CST, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/**
 * Parser levels (document, lists, maps, the text itself) a pack may nest. A real pack needs
 * about 8; each level costs the parser memory, so a 1 MB file of "[[[[…" would otherwise
 * take close to a gigabyte.
 */
export const YAML_MAX_DEPTH = 32;

/** Plain text, numbers, true/false, null, lists and maps: what a JSON pack can hold. */
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: [],
  // Otherwise the core schema still turns !!binary, !!set and !!timestamp into non-JSON values.
  resolveKnownTags: false,
  stringKeys: true,
  // Duplicate keys are refused below in one pass; the library's own check compares every key
  // with every other one, which takes seconds on a map of a few thousand keys.
  uniqueKeys: false,
};

type Refuse = (offset: number, problem: string) => never;

/** The parser's tokens, stopping as soon as the nesting gets deeper than a pack needs. */
function* tokensWithinDepth(text: string, lines: LineCounter, refuse: Refuse): Generator<CST.Token> {
  const parser = new Parser(lines.addNewLine);
  // Parser.parse() does this itself; line 1 starts at offset 0.
  lines.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    yield* parser.next(lexeme);
    if (parser.stack.length > YAML_MAX_DEPTH) refuse(parser.offset, `lists and maps nested deeper than ${YAML_MAX_DEPTH} levels; a rule pack needs fewer than 10`);
  }
  yield* parser.end();
}

/** Parses one YAML document; every error names the file, the line and what to change. */
export function readPackYaml(text: string, name: string): unknown {
  const lines = new LineCounter();
  const line = (offset: number) => `line ${lines.linePos(offset).line}`;
  const invalid: Refuse = (offset, problem) => {
    throw new Error(`${name} is not valid YAML (${line(offset)}): ${problem}`);
  };
  const refuse: Refuse = (offset, problem) => {
    throw new Error(`${name} uses YAML that rule packs do not allow (${line(offset)}): ${problem}`);
  };

  // Destructuring reads at most two documents, so a long tail of "---" is never composed.
  // forceDoc (true) gives a document even for an empty file, so `doc` is only typed optional.
  const [doc, second] = new Composer(OPTIONS).compose(tokensWithinDepth(text, lines, refuse), true, text.length);
  if (!doc) return null;
  const [error] = doc.errors;
  if (error) invalid(error.pos[0], error.message);
  if (second) refuse(second.range[0], 'a second document (after "---"); put each rule pack in its own file');
  const [warning] = doc.warnings;
  if (warning?.code === 'TAG_RESOLVE_FAILED') {
    refuse(warning.pos[0], `the tag ${text.slice(warning.pos[0], warning.pos[1]).split(/\s/)[0]}; write plain text, lists and maps without tags`);
  }
  if (warning) refuse(warning.pos[0], warning.message);

  visit(doc, {
    Alias(_key, alias) {
      refuse(alias.range?.[0] ?? 0, `the alias *${alias.source}; write the repeated part out in full`);
    },
    Map(_key, map) {
      const keys = new Set<string>();
      for (const { key } of map.items) {
        // stringKeys has refused every other kind of key; a scalar's text is what JSON would use.
        if (!isScalar(key)) continue;
        const field = String(key.value);
        if (keys.has(field)) invalid(key.range?.[0] ?? 0, `the key "${field}" appears twice in the same map; write each field once`);
        keys.add(field);
      }
    },
  });
  // maxAliasCount 0: the library refuses aliases itself too, whatever the scan above missed.
  return doc.toJS({ maxAliasCount: 0 });
}
