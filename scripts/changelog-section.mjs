// `node scripts/changelog-section.mjs 1.2.3` prints the body of CHANGELOG.md's "## [1.2.3]"
// section (the release notes), and fails when the section is missing or empty: a release without
// notes is a mistake to stop at, not to publish.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text under `## [version]` up to the next `## ` heading, trimmed; undefined when absent or empty. */
export function changelogSection(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body === '' ? undefined : body;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const version = process.argv[2];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    console.error('usage: node scripts/changelog-section.mjs X.Y.Z');
    process.exit(2);
  }
  const body = changelogSection(readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8'), version);
  if (body === undefined) {
    console.error(`CHANGELOG.md has no section "## [${version}]" with notes: add one before tagging v${version}`);
    process.exit(1);
  }
  process.stdout.write(`${body}\n`);
}
