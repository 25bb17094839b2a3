// `npm run rules:docs`: writes docs/rules.md from the rule packs (validated on the way).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { english } from '../lib/analysis/en';
import { dutch } from '../lib/analysis/nl';
import { rulesTable } from '../lib/analysis/rules-table';
import { PROJECT_DIR } from './build-extension';

const file = resolve(PROJECT_DIR, 'docs/rules.md');
await writeFile(file, rulesTable([...dutch.packs, ...english.packs]));
console.log(`Rules table written: ${file}`);
