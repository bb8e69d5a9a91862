// The SHA-256 of src/ (every file's path and bytes, in path order). `npm run bundle` records it in
// dist/source.sha256, so a test can tell whether dist/ was built from the src/ beside it by
// content: file dates say nothing after a git clone.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/** Hex SHA-256 over src/ under `root`. */
export function sourceHash(root = ROOT) {
  const hash = createHash('sha256');
  const src = join(root, 'src');
  const files = filesUnder(src)
    .map((path) => ({ path, name: relative(src, path).split(sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { path, name } of files) {
    hash.update(name).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

export const SOURCE_HASH_FILE = 'dist/source.sha256';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(ROOT, SOURCE_HASH_FILE), `${sourceHash()}\n`);
}
