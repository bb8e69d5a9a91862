// What the built tool loads, and when (issue: a fast cold start). The command line must not load
// @actions/* or Octokit at all; the action loads Octokit only for a tracking issue; the
// certificate parser loads at the first certificate. Read from real runs of dist/cli.js and
// dist/index.js with a module hook that notes every chunk of the bundle the run loaded; each chunk
// names the modules webpack concatenated into it, which is how a loaded chunk maps back to
// packages and source files. Not timed: the bench measures the time (npm run bench, row (g)).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { actionRuns } from '../action/runner.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { assertBundleFresh, cleanEnv, makeTempDir, ROOT, runCli, show } from './built.js';

const RECORDER = fileURLToPath(new URL('../support/record-loads.mjs', import.meta.url));
const CERTIFICATE_PARSER = './src/probe/certificate.ts';

let dir: { path: string; remove: () => Promise<void> };
/** SMTP with STARTTLS: a run against it reads a certificate. */
let starttls: MailServer;
/** SMTP without STARTTLS: a run against it sees no certificate. */
let plaintext: MailServer;
let caFile: string;
let gh: FakeGitHub;
const runs = actionRuns();

beforeAll(async () => {
  await assertBundleFresh();
  dir = await makeTempDir('mtg-cold-start-');
  const certs = await createFixtureCertificates();
  const pem = await certs.good(['127.0.0.1']);
  starttls = await startMailFixture('smtp', 'good', pem);
  plaintext = await startMailFixture('smtp', 'plaintext', pem);
  gh = await startFakeGitHub();
  caFile = join(dir.path, 'ca.pem');
  await writeFile(caFile, certs.ca.cert);
});

afterAll(async () => {
  await starttls?.close();
  await plaintext?.close();
  await gh?.close();
  await runs.removeAll();
  await dir?.remove();
});

const policyFor = (port: number) => `version: 1\nhosts:\n  - host: 127.0.0.1\n    require:\n      - { service: smtp, port: ${port} }\n`;

let listCount = 0;
function recorderEnv(extra: NodeJS.ProcessEnv = {}): { env: NodeJS.ProcessEnv; list: string } {
  const list = join(dir.path, `loaded-${++listCount}.txt`);
  return { list, env: { ...extra, NODE_OPTIONS: `--import=${RECORDER}`, MAIL_TLS_GATE_LOADED_FILES: list } };
}

/** The modules webpack put into the bundle files a run loaded (`./src/…`, `./node_modules/…`). */
async function modulesLoaded(list: string): Promise<{ files: string[]; modules: Set<string> }> {
  const urls = [...new Set((await readFile(list, 'utf8')).split('\n').filter((line) => line !== ''))];
  const dist = join(ROOT, 'dist') + '/';
  const files = urls.map((url) => fileURLToPath(url)).filter((path) => path.startsWith(dist));
  const modules = new Set<string>();
  for (const file of files) {
    for (const m of (await readFile(file, 'utf8')).matchAll(/^;\/\/ CONCATENATED MODULE: (\S+)$/gm)) modules.add(m[1]!);
  }
  return { files: files.map((f) => f.slice(dist.length)), modules };
}

const packagesOf = (modules: Set<string>, scope: RegExp) => [...modules].filter((m) => scope.test(m));
const ACTIONS = /^\.\/node_modules\/@actions\//;
const OCTOKIT = /^\.\/node_modules\/(@octokit\/|@actions\/github\/)/;

async function cli(args: string[]): Promise<Set<string>> {
  const { env, list } = recorderEnv();
  const r = await runCli(args, { env: cleanEnv(env) });
  if (r.code !== 0 && r.code !== 1) throw new Error(`the CLI exited ${r.code}: ${show(r.stderr)}`);
  const { files, modules } = await modulesLoaded(list);
  // The hook saw the run: the bundle's entry and the CLI's own code among what it loaded.
  expect(files).toContain('index.js');
  expect(modules).toContain('./src/cli.ts');
  return modules;
}

test('validate loads no @actions/* module, no Octokit and no certificate parser', async () => {
  const policy = join(dir.path, 'validate.yml');
  await writeFile(policy, policyFor(plaintext.port));
  const modules = await cli(['validate', policy]);
  expect(packagesOf(modules, ACTIONS)).toEqual([]);
  expect(packagesOf(modules, OCTOKIT)).toEqual([]);
  expect(modules).not.toContain(CERTIFICATE_PARSER);
  expect(modules).not.toContain('./src/main.ts');
});

test('check without a certificate to read loads neither @actions/* nor the certificate parser', async () => {
  const policy = join(dir.path, 'plaintext.yml');
  await writeFile(policy, policyFor(plaintext.port));
  const modules = await cli(['check', policy, '--format', 'json']);
  expect(packagesOf(modules, ACTIONS)).toEqual([]);
  expect(packagesOf(modules, OCTOKIT)).toEqual([]);
  expect(modules).not.toContain(CERTIFICATE_PARSER);
});

test('check that reads a certificate loads the parser then, and still no @actions/* module', async () => {
  const policy = join(dir.path, 'starttls.yml');
  await writeFile(policy, policyFor(starttls.port));
  const modules = await cli(['check', policy, '--ca-file', caFile, '--format', 'json']);
  expect(modules).toContain(CERTIFICATE_PARSER);
  expect(packagesOf(modules, ACTIONS)).toEqual([]);
  expect(packagesOf(modules, OCTOKIT)).toEqual([]);
});

test('the action loads @actions/core, and Octokit only when a tracking issue is asked for', async () => {
  const { env, list } = recorderEnv();
  const r = await runs.run({ policy: policyFor(starttls.port), inputs: { 'ca-file': caFile, issue: 'false', summary: 'false' }, env: env as Record<string, string> });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  const { modules } = await modulesLoaded(list);
  // The hook and the chunk map do see @actions/* where it is loaded: the other tests' "none" means none.
  expect(packagesOf(modules, ACTIONS)).toContain('./node_modules/@actions/core/lib/core.js');
  expect(modules).toContain('./src/main.ts');
  expect(modules).toContain(CERTIFICATE_PARSER);
  expect(packagesOf(modules, OCTOKIT)).toEqual([]);
  expect(modules).not.toContain('./src/github/tracking-issue.ts');

  // Asked for (a scheduled run against a stand-in GitHub API on loopback): then Octokit loads.
  const asked = recorderEnv({ GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'schedule' });
  const tracked = await runs.run({ policy: policyFor(starttls.port), inputs: { 'ca-file': caFile, issue: 'true', summary: 'false' }, env: asked.env as Record<string, string> });
  expect({ code: tracked.code, stderr: tracked.stderr }).toEqual({ code: 0, stderr: '' });
  const withIssue = (await modulesLoaded(asked.list)).modules;
  expect(withIssue).toContain('./src/github/tracking-issue.ts');
  expect(packagesOf(withIssue, OCTOKIT)).toContain('./node_modules/@octokit/core/dist-src/index.js');
});
