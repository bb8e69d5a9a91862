// dist/source.sha256 tells tests whether dist/ was built from this src/: the hash must follow
// content and names, and nothing else (not dates, not the order files were written in).
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, rename, utimes, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SOURCE_HASH_FILE, sourceHash } from '../../scripts/source-hash.mjs';
import { assertBundleFresh, makeTempDir, ROOT } from './built.js';

test('the same sources hash the same, whatever their dates; a changed byte or name changes the hash', async () => {
  const dir = await makeTempDir('mtg-source-hash-');
  try {
    await cp(join(ROOT, 'src'), join(dir.path, 'src'), { recursive: true });
    const original = sourceHash(ROOT);
    expect(sourceHash(dir.path)).toBe(original);
    await utimes(join(dir.path, 'src', 'cli.ts'), new Date(0), new Date(0));
    expect(sourceHash(dir.path)).toBe(original);

    const version = join(dir.path, 'src', 'version.ts');
    const text = await readFile(version, 'utf8');
    await writeFile(version, text.replace('0', '9'));
    const edited = sourceHash(dir.path);
    expect(edited).not.toBe(original);
    await writeFile(version, text);
    expect(sourceHash(dir.path)).toBe(original);

    await rename(version, join(dir.path, 'src', 'version2.ts'));
    expect(sourceHash(dir.path)).not.toBe(original);
  } finally {
    await dir.remove();
  }
});

test('a stale or missing dist/ fails the end-to-end tests (it does not warn)', async () => {
  const dir = await makeTempDir('mtg-stale-dist-');
  try {
    await cp(join(ROOT, 'src'), join(dir.path, 'src'), { recursive: true });
    await mkdir(join(dir.path, 'dist'));
    await expect(assertBundleFresh(dir.path)).rejects.toThrow(/dist\/cli\.js is missing/);
    await writeFile(join(dir.path, 'dist', 'cli.js'), '');
    await writeFile(join(dir.path, 'dist', 'index.js'), '');
    await expect(assertBundleFresh(dir.path)).rejects.toThrow(/source\.sha256 is missing/);
    await writeFile(join(dir.path, SOURCE_HASH_FILE), `${sourceHash(dir.path)}\n`);
    await expect(assertBundleFresh(dir.path)).resolves.toBeUndefined();
    // One byte of src/ changed after the bundle was built.
    await writeFile(join(dir.path, 'src', 'version.ts'), `${await readFile(join(dir.path, 'src', 'version.ts'), 'utf8')}\n`);
    await expect(assertBundleFresh(dir.path)).rejects.toThrow(/dist\/ was built from other sources than src\//);
  } finally {
    await dir.remove();
  }
});

test('every suite that runs the built CLI or action checks the bundle first', () => {
  const suites = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? suites(join(folder, entry.name)) : entry.name.endsWith('.test.ts') ? [join(folder, entry.name)] : [],
    );
  // The real-server gate runs dist/ too, but under its own harness (test/real/up.sh builds first).
  const runsBuilt = suites(join(ROOT, '__tests__'))
    .filter((file) => !file.includes(`${join('__tests__', 'real')}`))
    .filter((file) => /import \{[^}]*\b(runCli|CLI|ACTION)\b[^}]*\} from '[./]*(cli\/)?built\.js'|import \{[^}]*\b(runAction|actionRuns)\b[^}]*\} from '[./]*(action\/)?runner\.js'/.test(readFileSync(file, 'utf8')));
  expect(runsBuilt.length).toBeGreaterThan(10);
  expect(runsBuilt.filter((file) => !readFileSync(file, 'utf8').includes('await assertBundleFresh()'))).toEqual([]);
});
