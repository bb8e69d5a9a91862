// `npm run docs`: writes docs/rules/<id>.md, docs/rules/README.md, the README's rule table and the
// schemas' rule and service lists from the rule registry and the service table, and removes pages
// of rules that no longer exist. Run from the repository root; package.json then regenerates the
// schema validator from the written schema.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expectedDocs, RULE_DOCS_DIR } from '../src/docs/rule-docs.js';

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string };
if (manifest.name !== 'mail-tls-gate') throw new Error('run `npm run docs` from the repository root');

const files = expectedDocs((path) => readFileSync(join(root, path), 'utf8'));
let changed = 0;
for (const [path, content] of files) {
  const full = join(root, path);
  let current: string | null = null;
  try {
    current = readFileSync(full, 'utf8');
  } catch {
    current = null;
  }
  if (current === content) continue;
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  changed++;
  console.log(`wrote ${path}`);
}
for (const name of readdirSync(join(root, RULE_DOCS_DIR))) {
  const path = `${RULE_DOCS_DIR}/${name}`;
  if (name.endsWith('.md') && !files.has(path)) {
    rmSync(join(root, path));
    changed++;
    console.log(`removed ${path}`);
  }
}
console.log(changed === 0 ? 'docs are up to date' : `${changed} file(s) changed`);
