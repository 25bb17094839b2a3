// Imported rule pack files: YAML reads into exactly the data of its JSON twin, and YAML that
// is broken, ambiguous or built to blow up is refused with the file, the line and the fix.
import { describe, expect, it, vi } from 'vitest';
import { Document } from 'yaml';
import { analyze } from '../../../lib/analysis';
import { PACK_FILE_BYTES, parseRulePackFile } from '../../../lib/analysis/rule-pack-file';
import { YAML_MAX_DEPTH } from '../../../lib/analysis/rule-pack-yaml';

const JSON_TWIN = {
  id: 'team-noord',
  lang: 'nl',
  category: 'judgmental',
  rules: [
    {
      id: 'nl-team-noord-asociaal',
      type: 'label',
      hook: ['brommerfamilies', 'brommerfamilie'],
      match: ['[<focus>(brommerfamilies|brommerfamilie)]'],
      message: 'Een etiket voor een gezin.',
      explanation: 'Beschrijf wat je zag in plaats van een scheldwoord.',
      suggestions: [{ replace: { brommerfamilies: 'gezinnen', brommerfamilie: 'gezin' }, label: 'Beschrijf het gezin' }],
      examples: { fire: ['Het zijn echte brommerfamilies.'], quiet: ['Het gezin woont in Noord: 12 jaar.'] },
    },
  ],
};

// Comments, a folded text, flow and block lists, quoted and unquoted texts: what people write.
const YAML_PACK = `# Team Noord: words the team agreed to write differently.
id: team-noord
lang: nl
category: judgmental
rules:
  - id: nl-team-noord-asociaal
    type: label
    hook: [brommerfamilies, brommerfamilie]
    match:
      - '[<focus>(brommerfamilies|brommerfamilie)]'
    message: Een etiket voor een gezin.
    explanation: >-
      Beschrijf wat je zag
      in plaats van een scheldwoord.
    suggestions:
      - replace: { brommerfamilies: gezinnen, brommerfamilie: gezin }
        label: Beschrijf het gezin
    examples:
      fire:
        - Het zijn echte brommerfamilies.
      quiet:
        - "Het gezin woont in Noord: 12 jaar."
`;

function problemOf(text: string, name: string): string {
  try {
    parseRulePackFile(text, name);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was accepted`);
}

describe('parseRulePackFile with YAML', () => {
  it('reads a YAML pack into the same data and pack as its JSON twin', () => {
    const fromYaml = parseRulePackFile(YAML_PACK, 'team-noord.yaml');
    const fromJson = parseRulePackFile(JSON.stringify(JSON_TWIN), 'team-noord.json');
    expect(fromYaml.data).toStrictEqual(JSON_TWIN);
    expect(fromYaml).toStrictEqual(fromJson);
    expect(analyze('Het zijn echte brommerfamilies.', { lang: 'nl', extraPacks: [fromYaml.pack] }).map((finding) => finding.ruleId)).toContain('nl-team-noord-asociaal');
  });

  it.each([
    ['team-noord.yml', YAML_PACK],
    ['TEAM-NOORD.YAML', YAML_PACK],
    ['team-noord.txt', YAML_PACK],
    ['team-noord', `\n  ${JSON.stringify(JSON_TWIN)}`],
  ])('reads %s by its extension, or by its first character', (name, text) => {
    expect(parseRulePackFile(text, name).data).toStrictEqual(JSON_TWIN);
  });

  it('refuses malformed YAML (bad indentation) and names the line', () => {
    const badIndent = YAML_PACK.replace('    type: label', '   type: label');
    expect(problemOf(badIndent, 'team-noord.yaml')).toBe('team-noord.yaml is not valid YAML (line 7): Sequence item without - indicator');
    expect(problemOf('id: team-noord\n\tlang: nl\n', 'team-noord.yaml')).toMatch(/^team-noord\.yaml is not valid YAML \(line 2\): Tabs are not allowed as indentation/);
  });

  it('refuses a duplicate key, naming the key and its line', () => {
    const duplicate = YAML_PACK.replace('    message: Een etiket voor een gezin.', '    message: Een etiket.\n    message: Een etiket voor een gezin.');
    expect(problemOf(duplicate, 'team-noord.yaml')).toBe(
      'team-noord.yaml is not valid YAML (line 12): the key "message" appears twice in the same map; write each field once',
    );
  });

  it('refuses an alias bomb ("billion laughs") without expanding it', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [index, name] of [...'bcdefghi'].entries()) {
      const previous = String.fromCharCode('a'.charCodeAt(0) + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    // Expanding happens only when the document is turned into data: refused before that, it never is.
    const toData = vi.spyOn(Document.prototype, 'toJS');
    try {
      expect(problemOf(`${levels.join('\n')}\n`, 'lol.yaml')).toBe(
        'lol.yaml uses YAML that rule packs do not allow (line 2): the alias *a; write the repeated part out in full',
      );
      expect(toData).not.toHaveBeenCalled();
    } finally {
      toData.mockRestore();
    }
  });

  it('refuses even one alias, so the stored pack is what the file says', () => {
    const shared = YAML_PACK.replace('hook: [brommerfamilies, brommerfamilie]', 'hook: &words [brommerfamilies, brommerfamilie]').replace(
      '      fire:\n        - Het zijn echte brommerfamilies.',
      '      fire: *words',
    );
    expect(problemOf(shared, 'team-noord.yaml')).toMatch(/\(line 19\): the alias \*words; write the repeated part out in full$/);
  });

  it('refuses a file with more than one document', () => {
    expect(problemOf(`${YAML_PACK}---\nid: team-zuid\n`, 'team-noord.yaml')).toBe(
      'team-noord.yaml uses YAML that rule packs do not allow (line 23): a second document (after "---"); put each rule pack in its own file',
    );
    expect(problemOf(`${YAML_PACK}---\n`, 'team-noord.yaml')).toMatch(/\(line 23\): a second document/);
  });

  it.each([
    ['a custom tag', '!brommerfamilie label', '!brommerfamilie'],
    ['a YAML 1.1 tag that would give a non-JSON value', '!!binary bGFiZWw=', '!!binary'],
    ['a language-specific tag', "!!js/function 'function () {}'", '!!js/function'],
  ])('refuses %s', (_name, value, tag) => {
    expect(problemOf(YAML_PACK.replace('type: label', `type: ${value}`), 'team-noord.yaml')).toBe(
      `team-noord.yaml uses YAML that rule packs do not allow (line 7): the tag ${tag}; write plain text, lists and maps without tags`,
    );
  });

  it('refuses nesting far deeper than a pack needs, before it costs memory', () => {
    const depth = 400_000;
    expect(problemOf(`${'['.repeat(depth)}${']'.repeat(depth)}`, 'deep.yaml')).toBe(
      `deep.yaml uses YAML that rule packs do not allow (line 1): lists and maps nested deeper than ${YAML_MAX_DEPTH} levels; a rule pack needs fewer than 10`,
    );
    expect(problemOf(`${'- '.repeat(depth)}x`, 'deep.yaml')).toMatch(/nested deeper than/);
  });

  it.each([
    ['big.yaml', `explanation: ${'x'.repeat(PACK_FILE_BYTES)}`],
    ['big.json', JSON.stringify({ ...JSON_TWIN, padding: 'x'.repeat(PACK_FILE_BYTES) })],
    ['big.yaml', `explanation: ${'é'.repeat(PACK_FILE_BYTES / 2)}`],
  ])('refuses %s above 1 MB, JSON and YAML alike', (name, text) => {
    expect(problemOf(text, name)).toBe(`${name} is larger than 1 MB, the most a rule pack file may be; split it into smaller packs`);
  });

  it.each([
    ['an unknown field', YAML_PACK.replace('    type: label', '    type: label\n    mesage: x'), { ...JSON_TWIN.rules[0], mesage: 'x' }, /field "mesage": is not a rule field/],
    ['an unknown tag', YAML_PACK.replace("'[<focus>(brommerfamilies|brommerfamilie)]'", "'[<focus>#Tokkie]'"), { ...JSON_TWIN.rules[0], match: ['[<focus>#Tokkie]'] }, /rule "nl-team-noord-asociaal", field "match".*unknown tag #Tokkie/],
  ])('rejects a YAML pack with %s with the same validator message as its JSON twin', (_name, yaml, rule, message) => {
    const fromYaml = problemOf(yaml, 'team-noord.yaml');
    expect(fromYaml).toMatch(message);
    expect(fromYaml.replace('team-noord.yaml', 'team-noord.json')).toBe(problemOf(JSON.stringify({ ...JSON_TWIN, rules: [rule] }), 'team-noord.json'));
  });
});
