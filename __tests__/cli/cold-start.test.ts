// What the built tool loads, and when (issue: a fast cold start). The command line must not load
// @actions/* or Octokit at all; the action loads Octokit only for a tracking issue; the
// certificate parser loads at the first certificate. Read from real runs of dist/cli.js and
// dist/index.js with a module hook that notes every chunk of the bundle the run loaded; each chunk
// names the modules webpack concatenated into it, which is how a loaded chunk maps back to
// packages and source files. Not timed: the bench measures the time (npm run bench, row (g)).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { actionRuns } from '../action/runner.js';
import { startFakeGitHub, type FakeGitHub } from '../github/fake-github.js';
import { assertBundleFresh, cleanEnv, makeTempDir, ROOT, runCli, show } from './built.js';

const RECORDER = fileURLToPath(new URL('../support/record-loads.mjs', import.meta.url));
const CERTIFICATE_PARSER = './src/probe/certificate.ts';
/** Every rule's metadata and checks (src/rules/catalog/), which judging needs and nothing before it. */
const RULE_CATALOG = './src/rules/registry.ts';
/** The rule pages' text, rendered into SARIF's rule help. */
const RULE_DOCUMENTATION = './src/docs/rule-docs.ts';
/** MX, MTA-STS, TLS-RPT and DANE look-ups: only for a policy that names domains. */
const DOMAINS_STAGE = ['./src/probe/observe-domains.ts', './src/probe/mta-sts.ts'];
/** The formats a JSON report on stdout does not use. */
const REPORT_FORMATS = ['./src/report/text.ts', './src/report/sarif.ts', RULE_DOCUMENTATION];

let dir: { path: string; remove: () => Promise<void> };
/** SMTP with STARTTLS: a run against it reads a certificate. */
let starttls: MailServer;
/** SMTP without STARTTLS: a run against it sees no certificate. */
let plaintext: MailServer;
let caFile: string;
let gh: FakeGitHub;
let bundle: BundleNames;
const runs = actionRuns();

beforeAll(async () => {
  await assertBundleFresh();
  bundle = await readBundleNames();
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

/**
 * Which modules each bundle file holds, by the names webpack writes into the code: a module
 * concatenated with others is headed `;// CONCATENATED MODULE: ./path`; one kept on its own is
 * named only where a concatenated module requires it (`// EXTERNAL MODULE: ./path` above
 * `var x = __webpack_require__(id);`), so its id is looked up there. A module named neither way
 * cannot be seen in a run: `visible` holds those that can.
 */
interface BundleNames {
  byFile: Map<string, Set<string>>;
  visible: Set<string>;
  /** Every file's webpack module ids: a module two async chunks share may be copied into both. */
  idsByFile: Map<string, string[]>;
}

async function readBundleNames(): Promise<BundleNames> {
  const dist = join(ROOT, 'dist');
  const texts = new Map<string, string>();
  for (const file of (await readdir(dist)).filter((f) => f.endsWith('.js'))) texts.set(file, await readFile(join(dist, file), 'utf8'));
  const nameOfId = new Map<string, string>();
  for (const text of texts.values()) {
    for (const m of text.matchAll(/^\/\/ EXTERNAL MODULE: (\S+)(?: \+ \d+ modules)?\nvar \S+ = __webpack_require__\((\d+)\);$/gm)) nameOfId.set(m[2]!, m[1]!);
  }
  const byFile = new Map<string, Set<string>>();
  const idsByFile = new Map<string, string[]>();
  for (const [file, text] of texts) {
    idsByFile.set(file, [...text.matchAll(/^\/\*\*\*\/ (\d+):$/gm)].map((m) => m[1]!));
    const names = new Set<string>();
    for (const m of text.matchAll(/^;\/\/ CONCATENATED MODULE: (\S+)$/gm)) names.add(m[1]!);
    for (const m of text.matchAll(/^\/\*\*\*\/ (\d+):$/gm)) {
      const name = nameOfId.get(m[1]!);
      if (name !== undefined) names.add(name);
    }
    byFile.set(file, names);
  }
  return { byFile, visible: new Set([...byFile.values()].flatMap((names) => [...names])), idsByFile };
}

/** The modules in the bundle files a run loaded (`./src/…`, `./node_modules/…`). */
async function modulesLoaded(list: string): Promise<{ files: string[]; modules: Set<string> }> {
  const urls = [...new Set((await readFile(list, 'utf8')).split('\n').filter((line) => line !== ''))];
  const dist = join(ROOT, 'dist') + '/';
  const files = urls.map((url) => fileURLToPath(url)).filter((path) => path.startsWith(dist)).map((path) => path.slice(dist.length));
  const modules = new Set(files.flatMap((file) => [...(bundle.byFile.get(file) ?? [])]));
  return { files, modules };
}

/** The run did not load `name`, and would have been seen to if it had. */
function expectNotLoaded(modules: Set<string>, name: string): void {
  expect(bundle.visible).toContain(name);
  expect(modules).not.toContain(name);
}

const packagesOf = (modules: Set<string>, scope: RegExp) => [...modules].filter((m) => scope.test(m));
const ACTIONS = /^\.\/node_modules\/@actions\//;
const OCTOKIT = /^\.\/node_modules\/(@octokit\/|@actions\/github\/)/;

async function cliLoads(args: string[]): Promise<{ files: string[]; modules: Set<string> }> {
  const { env, list } = recorderEnv();
  const r = await runCli(args, { env: cleanEnv(env) });
  if (r.code !== 0 && r.code !== 1) throw new Error(`the CLI exited ${r.code}: ${show(r.stderr)}`);
  const loaded = await modulesLoaded(list);
  // The hook saw the run: the bundle's entry and the check's pipeline among what it loaded.
  expect(loaded.files).toContain('index.js');
  expect(loaded.modules).toContain('./src/run.ts');
  return loaded;
}

async function cli(args: string[]): Promise<Set<string>> {
  return (await cliLoads(args)).modules;
}

/** Module ids found in more than one of `files`: each such copy is read and compiled again. */
function modulesInTwoFiles(files: string[]): string[] {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const file of files) {
    for (const id of bundle.idsByFile.get(file) ?? []) {
      if (seen.has(id)) twice.push(`${id} (${seen.get(id)}, ${file})`);
      else seen.set(id, file);
    }
  }
  return twice;
}

test('validate loads no @actions/* module, no Octokit and no certificate parser', async () => {
  const policy = join(dir.path, 'validate.yml');
  await writeFile(policy, policyFor(plaintext.port));
  const modules = await cli(['validate', policy]);
  expect(packagesOf(modules, ACTIONS)).toEqual([]);
  expect(packagesOf(modules, OCTOKIT)).toEqual([]);
  expectNotLoaded(modules, CERTIFICATE_PARSER);
  expectNotLoaded(modules, './src/main.ts');
});

// What validate loads is what check loads before its first connection: the command line, the
// policy, the plan and the probe. The rules, the domains stage and the outputs come later, and
// only when the run needs them.
test('validate loads neither the rule catalog, nor the domains stage, nor any report format', async () => {
  const policy = join(dir.path, 'validate-json.yml');
  await writeFile(policy, policyFor(plaintext.port));
  // JSON, and the plan listing of the default text output.
  for (const format of ['json', 'text']) {
    const modules = await cli(['validate', policy, '--format', format]);
    expect(modules).toContain('./src/policy/load.ts');
    expect(modules).toContain('./src/probe/engine.ts');
    for (const later of [RULE_CATALOG, './src/rules/judge.ts', ...DOMAINS_STAGE, ...REPORT_FORMATS]) expectNotLoaded(modules, later);
  }
});

test('a JSON check of a policy without domains loads the rules, but no other format and no domains stage', async () => {
  const policy = join(dir.path, 'json.yml');
  await writeFile(policy, policyFor(plaintext.port));
  const modules = await cli(['check', policy, '--format', 'json']);
  expect(modules).toContain(RULE_CATALOG);
  expect(modules).toContain('./src/rules/judge.ts');
  for (const unused of [...DOMAINS_STAGE, ...REPORT_FORMATS]) expectNotLoaded(modules, unused);
});

// Two dynamic imports side by side whose modules overlap make webpack copy the shared module into
// both chunks; awaited together, both files load. (A certificate read or a domain's DANE still
// brings a few small shared modules twice: strength.ts, dane-vocabulary.ts.)
test('a check without certificates or domains loads no module from two bundle files', async () => {
  const policy = join(dir.path, 'once.yml');
  await writeFile(policy, policyFor(plaintext.port));
  for (const format of ['text', 'json', 'sarif']) {
    const { files } = await cliLoads(['check', policy, '--format', format]);
    expect(files).toContain('index.js');
    expect(modulesInTwoFiles(files)).toEqual([]);
  }
});

test('the text report and SARIF load where they are printed or written', async () => {
  const policy = join(dir.path, 'formats.yml');
  await writeFile(policy, policyFor(plaintext.port));
  const text = await cli(['check', policy]);
  expect(text).toContain('./src/report/text.ts');
  expectNotLoaded(text, './src/report/sarif.ts');
  expectNotLoaded(text, RULE_DOCUMENTATION);
  for (const args of [['--format', 'sarif'], ['--format', 'json', '--sarif', join(dir.path, 'formats.sarif')]]) {
    const sarif = await cli(['check', policy, ...args]);
    expect(sarif).toContain('./src/report/sarif.ts');
    expect(sarif).toContain(RULE_DOCUMENTATION);
    expectNotLoaded(sarif, './src/report/text.ts');
  }
});

test('check without a certificate to read loads neither @actions/* nor the certificate parser', async () => {
  const policy = join(dir.path, 'plaintext.yml');
  await writeFile(policy, policyFor(plaintext.port));
  const modules = await cli(['check', policy, '--format', 'json']);
  expect(packagesOf(modules, ACTIONS)).toEqual([]);
  expect(packagesOf(modules, OCTOKIT)).toEqual([]);
  expectNotLoaded(modules, CERTIFICATE_PARSER);
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
  expectNotLoaded(modules, './src/github/tracking-issue.ts');

  // Asked for (a scheduled run against a stand-in GitHub API on loopback): then Octokit loads.
  const asked = recorderEnv({ GITHUB_API_URL: gh.url, GITHUB_EVENT_NAME: 'schedule' });
  const tracked = await runs.run({ policy: policyFor(starttls.port), inputs: { 'ca-file': caFile, issue: 'true', summary: 'false' }, env: asked.env as Record<string, string> });
  expect({ code: tracked.code, stderr: tracked.stderr }).toEqual({ code: 0, stderr: '' });
  const withIssue = (await modulesLoaded(asked.list)).modules;
  expect(withIssue).toContain('./src/github/tracking-issue.ts');
  expect(packagesOf(withIssue, OCTOKIT)).toContain('./node_modules/@octokit/core/dist-src/index.js');
});
