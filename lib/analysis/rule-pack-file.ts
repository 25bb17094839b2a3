// Reads an imported rule pack file, JSON or YAML, into plain data and validates it. The
// settings page stores that data, which the analysis script validates again before use.
import { validateCustomPack } from './custom-packs';
import type { RulePack } from './rule-pack';
import { readPackYaml } from './rule-pack-yaml';

/** Largest file accepted (1 MB); the biggest built-in pack is about 32 kB. */
export const PACK_FILE_BYTES = 1024 * 1024;

export interface ImportedPack {
  pack: RulePack;
  /** What the file holds, as plain JSON-shaped data: this is what gets stored. */
  data: unknown;
}

function isYaml(text: string, name: string): boolean {
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension === 'yaml' || extension === 'yml') return true;
  if (extension === 'json') return false;
  // Any other name: a JSON pack starts with "{"; YAML (a superset) reads the rest.
  return !text.trimStart().startsWith('{');
}

/** Parses and validates an imported file; the error names the file and the problem in plain words. */
export function parseRulePackFile(text: string, name: string): ImportedPack {
  if (new TextEncoder().encode(text).byteLength > PACK_FILE_BYTES) {
    throw new Error(`${name} is larger than 1 MB, the most a rule pack file may be; split it into smaller packs`);
  }
  let data: unknown;
  if (isYaml(text, name)) {
    data = readPackYaml(text, name);
  } else {
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`${name} is not valid JSON: ${(error as Error).message}`);
    }
  }
  return { pack: validateCustomPack(data, name), data };
}
