import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, fileForPath, startDemoServer, type DemoServer } from '../../../scripts/demo-server';

describe('fileForPath', () => {
  it('maps paths into the fixtures folder, with index.html for folders', () => {
    expect(fileForPath(FIXTURES_DIR, '/demo/')).toBe(join(FIXTURES_DIR, 'demo/index.html'));
    expect(fileForPath(FIXTURES_DIR, '/demo/en.html?x=1')).toBe(join(FIXTURES_DIR, 'demo/en.html'));
  });

  it.each(['/../package.json', '/demo/../../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json'])(
    'never leaves the fixtures folder for %s',
    (path) => {
      const file = fileForPath(FIXTURES_DIR, path);
      expect(file?.startsWith(join(FIXTURES_DIR, '/'))).toBe(true);
      expect(file).not.toBe(join(FIXTURES_DIR, '..', '..', 'package.json'));
    },
  );

  it('refuses a path that is not valid percent-encoding', () => {
    expect(fileForPath(FIXTURES_DIR, '/%E0%A4%A')).toBeNull();
  });
});

describe('the demo care system', () => {
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await startDemoServer();
  });
  afterAll(() => demo.close());

  it('serves the Dutch client file with all three kinds of note field', async () => {
    const response = await fetch(`${demo.origin}/demo/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Dossier — Familie De Vries');
    expect(html).toContain('<textarea');
    expect(html).toContain('contenteditable="true"');
    expect(html).toContain('src="editor-frame.html"');
  });

  it('serves the English page and answers 404 for what is not there', async () => {
    expect(await (await fetch(`${demo.origin}/demo/en.html`)).text()).toContain('Case file — The Miller family');
    expect((await fetch(`${demo.origin}/demo/missing.html`)).status).toBe(404);
  });
});

describe('nextVersion', () => {
  it('bumps patch, minor and major, or takes an exact version', async () => {
    const { nextVersion } = await import('../../../scripts/bump-version');
    expect(nextVersion('0.1.0', 'patch')).toBe('0.1.1');
    expect(nextVersion('0.1.3', 'minor')).toBe('0.2.0');
    expect(nextVersion('0.9.3', 'major')).toBe('1.0.0');
    expect(nextVersion('0.1.0', '2.0.0')).toBe('2.0.0');
    expect(() => nextVersion('0.1.0', 'huge')).toThrow(/not patch, minor, major/);
  });
});
