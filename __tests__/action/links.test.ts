// Rule links point where the action really comes from: the repository and ref the runner fetched
// it from, or for `uses: ./` the checked-out repository at the commit being built, or else the
// package's own repository at this version's tag. Never an owner's name guessed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFixtureCertificates } from '../../src/demo/certificates.js';
import { startMailFixture, type MailServer } from '../../src/demo/mail-servers.js';
import { actionHome, PACKAGE_HOME } from '../../src/rules/links.js';
import { PACKAGE_REPOSITORY_URL, TOOL_VERSION } from '../../src/version.js';
import { assertBundleFresh } from '../cli/built.js';
import { actionRuns, POLICY_PATH, type ActionRun } from './runner.js';

describe('actionHome', () => {
  const sha = 'a'.repeat(40);

  test('the repository and ref the runner names', () => {
    expect(actionHome({ GITHUB_ACTION_REPOSITORY: 'acme/mail-tls-gate', GITHUB_ACTION_REF: 'v1' })).toEqual({
      repositoryUrl: 'https://github.com/acme/mail-tls-gate',
      ref: 'v1',
    });
    expect(actionHome({ GITHUB_SERVER_URL: 'https://git.example.com/', GITHUB_ACTION_REPOSITORY: 'ops/gate', GITHUB_ACTION_REF: sha })).toEqual({
      repositoryUrl: 'https://git.example.com/ops/gate',
      ref: sha,
    });
  });

  test('uses: ./ at the workspace root: this repository at this commit', () => {
    const env = { GITHUB_ACTION_PATH: '/w/repo', GITHUB_WORKSPACE: '/w/repo/', GITHUB_REPOSITORY: 'me/fork', GITHUB_SHA: sha };
    expect(actionHome(env)).toEqual({ repositoryUrl: 'https://github.com/me/fork', ref: sha });
    // A local action in a sub-folder is some other code: no link to this repository's docs.
    expect(actionHome({ ...env, GITHUB_ACTION_PATH: '/w/repo/tools/gate' })).toBeUndefined();
  });

  test('nothing proven, or anything not plainly shaped: undefined (the package home applies)', () => {
    expect(actionHome({})).toBeUndefined();
    expect(actionHome({ GITHUB_ACTION_REPOSITORY: 'acme/mail-tls-gate' })).toBeUndefined();
    for (const bad of ['acme/x)](javascript:alert(1)', 'acme', '../x/y', 'a/b/c', 'acme/x y']) {
      expect(actionHome({ GITHUB_ACTION_REPOSITORY: bad, GITHUB_ACTION_REF: 'v1' })).toBeUndefined();
    }
    for (const ref of ['v1)', 'v1 x', '../../x', '']) {
      expect(actionHome({ GITHUB_ACTION_REPOSITORY: 'acme/gate', GITHUB_ACTION_REF: ref })).toBeUndefined();
    }
    expect(actionHome({ GITHUB_SERVER_URL: 'http://insecure.example', GITHUB_ACTION_REPOSITORY: 'acme/gate', GITHUB_ACTION_REF: 'v1' })).toBeUndefined();
  });

  test('the package home is package.json repository at this version tag', () => {
    expect(PACKAGE_HOME).toEqual({ repositoryUrl: PACKAGE_REPOSITORY_URL, ref: `v${TOOL_VERSION}`, schemaRef: `v${TOOL_VERSION.split('.')[0]}` });
  });
});

describe('links in what the built action writes', () => {
  let smtp: MailServer;
  const { run, removeAll } = actionRuns();

  beforeAll(async () => {
    await assertBundleFresh();
    const certs = await createFixtureCertificates();
    smtp = await startMailFixture('smtp', 'plaintext', await certs.good(['127.0.0.1']));
  });

  afterAll(async () => {
    await smtp?.close();
    await removeAll();
  });

  const policy = (): string => `version: 1\nhosts:\n  - host: 127.0.0.1\n    require:\n      - { service: smtp, port: ${smtp.port} }\n`;

  /** Every rule-page link in the annotations, the job summary and the SARIF file. */
  function ruleLinks(r: ActionRun): string[] {
    const sarif = readFileSync(join(r.workspace, 'mail-tls.sarif'), 'utf8');
    const text = [...r.commands.map((c) => c.message), r.summary, sarif].join('\n');
    return [...new Set(text.match(/https:\/\/[^\s)"'<>]+\/docs\/rules\/[a-z0-9-]+\.md/g) ?? [])];
  }

  async function linksFor(env: Record<string, string>): Promise<string[]> {
    const r = await run({ policy: policy(), inputs: { policy: POLICY_PATH, timeout: '2s', sarif: 'mail-tls.sarif' }, env });
    expect(r.code).toBe(1);
    const links = ruleLinks(r);
    expect(links.some((l) => l.endsWith('/starttls-not-offered.md'))).toBe(true);
    return links;
  }

  test('from the repository and ref the runner fetched the action from', async () => {
    const links = await linksFor({ GITHUB_ACTION_REPOSITORY: 'acme-mail/tls-gate', GITHUB_ACTION_REF: 'v1' });
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.startsWith('https://github.com/acme-mail/tls-gate/blob/v1/docs/rules/'))).toEqual([]);
  }, 40_000);

  test('with nothing that proves the origin: the package home', async () => {
    const links = await linksFor({});
    expect(links.filter((l) => !l.startsWith(`${PACKAGE_REPOSITORY_URL}/blob/v${TOOL_VERSION}/docs/rules/`))).toEqual([]);
  }, 40_000);
});
