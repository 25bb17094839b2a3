// `npm run version:bump -- patch|minor|major|X.Y.Z`: sets the version in package.json (WXT
// takes the manifest version from it, so both stay in step) and opens a CHANGELOG entry.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PROJECT_DIR } from './build-extension';

export function nextVersion(current: string, bump: string): string {
  if (/^\d+\.\d+\.\d+$/.test(bump)) return bump;
  const [major = 0, minor = 0, patch = 0] = current.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  throw new Error(`"${bump}" is not patch, minor, major or a version like 1.2.3`);
}

if (process.argv[1]?.endsWith('bump-version.ts')) {
  const bump = process.argv[2] ?? 'patch';
  const packageFile = resolve(PROJECT_DIR, 'package.json');
  const pkg = JSON.parse(await readFile(packageFile, 'utf8')) as { version: string };
  const version = nextVersion(pkg.version, bump);
  pkg.version = version;
  await writeFile(packageFile, `${JSON.stringify(pkg, null, 2)}\n`);
  const changelogFile = resolve(PROJECT_DIR, 'CHANGELOG.md');
  const changelog = await readFile(changelogFile, 'utf8');
  const date = new Date().toISOString().slice(0, 10);
  await writeFile(changelogFile, changelog.replace('## Unreleased', `## Unreleased\n\n## ${version} — ${date}`));
  console.log(`Version ${version}: package.json and CHANGELOG.md updated (the manifest follows package.json).`);
}
