// The package as npm users get it: `npm pack`'s tarball holds what a user needs and nothing of
// the source tree, installs into an empty folder without the registry (the bundle in dist/ has
// every runtime module, so the package has no dependencies), and its `mail-tls-gate` runs.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { changelogSection } from '../../scripts/changelog-section.mjs';
import { PACKAGE_REPOSITORY_URL, TOOL_VERSION } from '../../src/version.js';
import { assertBundleFresh, cleanEnv, makeTempDir, ROOT, runProgram, show } from './built.js';

interface PackageJson {
  name: string;
  version: string;
  private?: boolean;
  license: string;
  bin: Record<string, string>;
  files: string[];
  repository: { type: string; url: string };
  dependencies?: Record<string, string>;
}

const readPackage = async (): Promise<PackageJson> => JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

test('package.json is ready to publish and names the repository the links are built from', async () => {
  const pkg = await readPackage();
  expect(pkg.private).toBeUndefined();
  expect(pkg.license).toBe('MIT');
  expect(pkg.bin).toEqual({ 'mail-tls-gate': 'dist/cli.js' });
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(pkg.repository.type).toBe('git');
  expect(pkg.repository.url).toBe(`git+${PACKAGE_REPOSITORY_URL}.git`);
  expect(pkg.version).toBe(TOOL_VERSION);
  const license = await readFile(join(ROOT, 'LICENSE'), 'utf8');
  expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} mail-tls-gate contributors\n/);
});

test('CHANGELOG.md has an Unreleased section, and the release notes are cut at the next heading', async () => {
  const changelog = await readFile(join(ROOT, 'CHANGELOG.md'), 'utf8');
  expect(changelogSection(changelog, 'Unreleased')).toMatch(/^### Added\n/);
  const sample = '# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2027-01-02\n\n### Fixed\n\n- a\n\n## [1.1.0] - 2026-12-01\n\n- b\n';
  expect(changelogSection(sample, '1.2.0')).toBe('### Fixed\n\n- a');
  expect(changelogSection(sample, '1.1.0')).toBe('- b');
  expect(changelogSection(sample, 'Unreleased')).toBeUndefined();
  expect(changelogSection(sample, '1.3.0')).toBeUndefined();
});

test('the packed tarball installs into an empty folder offline, and mail-tls-gate --version runs from it', async () => {
  await assertBundleFresh();
  const dir = await makeTempDir('mtg-pack-');
  try {
    // A private npm cache: nothing is read from or written to the user's.
    const npmEnv = cleanEnv({ npm_config_cache: join(dir.path, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' });
    const packed = await runProgram('npm', ['pack', '--json', '--pack-destination', dir.path], { env: npmEnv, timeoutMs: 120_000 });
    expect({ code: packed.code, stderr: packed.code === 0 ? '' : packed.stderr }).toEqual({ code: 0, stderr: '' });
    const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    const files = info.files.map((f) => f.path).sort();
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'dist/index.js', 'policies/schema.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => !/^(dist\/|policies\/[a-z.]+\.json$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(f))).toEqual([]);

    const user = join(dir.path, 'empty-project');
    await mkdir(user);
    await writeFile(join(user, 'package.json'), '{ "name": "someone-elses-project", "version": "1.0.0", "private": true }\n');
    const installed = await runProgram('npm', ['install', '--offline', '--ignore-scripts', join(dir.path, info.filename)], { cwd: user, env: npmEnv, timeoutMs: 120_000 });
    expect({ code: installed.code, stderr: installed.code === 0 ? '' : show(installed.stderr) }).toEqual({ code: 0, stderr: '' });

    const version = await runProgram(join(user, 'node_modules', '.bin', 'mail-tls-gate'), ['--version'], { cwd: user });
    expect({ code: version.code, stdout: version.stdout, stderr: version.stderr }).toEqual({ code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
    const help = await runProgram(join(user, 'node_modules', '.bin', 'mail-tls-gate'), ['validate', '--help'], { cwd: user });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: mail-tls-gate validate POLICY/);
  } finally {
    await dir.remove();
  }
}, 180_000);
