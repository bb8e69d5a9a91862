// dist/source.sha256 tells tests whether dist/ was built from this src/: the hash must follow
// content and names, and nothing else (not dates, not the order files were written in).
import { cp, rename, utimes, writeFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sourceHash } from '../../scripts/source-hash.mjs';
import { makeTempDir, ROOT } from './built.js';

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
