// policies/schema.json: the same file editors use and the loader validates against. It must
// agree with the rule table and the service table, and the shipped examples must pass it.
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { formatProblem, loadPolicyFile, parsePolicy } from '../../src/policy/load.js';
import { SERVICE_ALIASES, SERVICE_NAMES } from '../../src/policy/services.js';
import { RULE_IDS } from '../../src/rules/types.js';
import { RULES } from '../../src/rules/registry.js';
import { PACKAGE_HOME, schemaUrl, useProjectHome } from '../../src/rules/links.js';

const schema = JSON.parse(readFileSync('policies/schema.json', 'utf8')) as {
  $id: string;
  $schema: string;
  title: string;
  $defs: Record<string, { enum?: unknown[]; properties?: Record<string, unknown> }>;
};

const examples = readdirSync('policies').filter((name) => name.endsWith('.yml'));

describe('policies/schema.json', () => {
  test('is a draft 2020-12 schema with an $id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/schema\.json$/);
    expect(schema.title.length).toBeGreaterThan(0);
  });

  test('is identified by the address editors fetch it from, the one validate and the README show', () => {
    useProjectHome(PACKAGE_HOME);
    expect(schema.$id).toBe(schemaUrl());
    expect(schemaUrl()).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/v\d+\/policies\/schema\.json$/);
    expect(readFileSync('README.md', 'utf8')).toContain(`# yaml-language-server: $schema=${schemaUrl()}\n`);
  });

  test('enumerates exactly the rule ids the rules define, for values and for severity keys', () => {
    expect(schema.$defs['ruleId']!.enum).toEqual([...RULE_IDS]);
    expect(Object.keys(schema.$defs['ruleSeverities']!.properties!)).toEqual([...RULE_IDS]);
  });

  test("offers a host's rules exactly the rules whose findings sit on endpoints", () => {
    const onEndpoints = RULE_IDS.filter((id) => RULES[id].scope === 'endpoint' || RULES[id].scope === 'run');
    expect(Object.keys(schema.$defs['hostRuleSeverities']!.properties!)).toEqual(onEndpoints);
    expect(onEndpoints).toEqual(expect.arrayContaining(['tls-version-legacy', 'certificate-expiring', 'runner-network-limited']));
    expect(onEndpoints).not.toContain('mta-sts-missing');
    expect(onEndpoints).not.toContain('waiver-expired');
  });

  test('offers a require item tls, certificate and timeout, and a forbid item a timeout only', () => {
    expect(Object.keys(schema.$defs['serviceMapping']!.properties!)).toEqual(['service', 'port', 'tls', 'certificate', 'timeout']);
    expect(Object.keys(schema.$defs['forbiddenServiceMapping']!.properties!)).toEqual(['service', 'port', 'timeout']);
  });

  test('enumerates exactly the services and their aliases', () => {
    expect([...schema.$defs['serviceName']!.enum!].sort()).toEqual([...SERVICE_NAMES, ...Object.keys(SERVICE_ALIASES)].sort());
  });

  test('every definition explains itself to editors', () => {
    for (const [name, definition] of Object.entries(schema.$defs)) {
      const explained = 'title' in definition || 'description' in definition;
      expect([name, explained]).toEqual([name, true]);
    }
  });
});

describe('the example policies', () => {
  test('are the four documented ones', () => {
    expect(examples.sort()).toEqual(['legacy-with-waiver.yml', 'mail-host.yml', 'mx-fleet.yml', 'opportunistic-mx.yml']);
  });

  test.each(examples)('%s points editors at the schema', (name) => {
    expect(readFileSync(`policies/${name}`, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
  });

  test.each(examples)('%s validates against schema.json with a stock validator', (name) => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(parse(readFileSync(`policies/${name}`, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  test.each(examples)('%s loads as a valid policy', async (name) => {
    const result = await loadPolicyFile(`policies/${name}`);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test('mail-host.yml requires every secure service and forbids plaintext access', async () => {
    const result = await loadPolicyFile('policies/mail-host.yml');
    if (!result.ok) throw new Error('invalid');
    const [host] = result.policy.hosts;
    expect(host!.require.map((r) => r.service)).toEqual(['smtp', 'submission', 'submissions', 'imaps', 'pop3s', 'managesieve', 'https', 'http']);
    expect(host!.forbid.map((r) => r.service)).toEqual(['imap', 'pop3']);
  });

  test('legacy-with-waiver.yml waives one rule on the custom port it requires', async () => {
    const result = await loadPolicyFile('policies/legacy-with-waiver.yml');
    if (!result.ok) throw new Error('invalid');
    expect(result.policy.hosts[0]!.require).toMatchObject([{ service: 'imaps', port: 10993 }]);
    expect(result.policy.waivers).toMatchObject([{ rule: 'tls-version-legacy', host: 'legacy.example.com', port: 10993 }]);
  });

  test('opportunistic-mx.yml holds port 25 to opportunistic TLS and submission to the strict defaults', async () => {
    const result = await loadPolicyFile('policies/opportunistic-mx.yml');
    if (!result.ok) throw new Error('invalid');
    const [host] = result.policy.hosts;
    expect(host!.tls.minVersion).toBe('1.2');
    expect(host!.require.map((r) => [r.service, r.settings ?? null])).toEqual([
      ['smtp', { tls: { 'min-version': '1.0' }, certificate: { verify: false } }],
      ['submissions', null],
      ['submission', null],
      ['imaps', null],
    ]);
    expect(Object.keys(host!.rules ?? {})).toEqual(['tls13-not-supported']);
  });

  test('mx-fleet.yml has several MX hosts and a domain', async () => {
    const result = await loadPolicyFile('policies/mx-fleet.yml');
    if (!result.ok) throw new Error('invalid');
    expect(result.policy.hosts.length).toBeGreaterThan(1);
    expect(result.policy.domains).toMatchObject([{ domain: 'example.com', mtaSts: 'enforce', tlsRpt: 'required' }]);
  });
});

describe('the policies the documentation shows', () => {
  /** Every YAML block of a page that is a whole policy (it says `version: 1`). */
  const policiesIn = (page: string): string[] =>
    [...readFileSync(page, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => /^version: 1$/m.test(block));

  test.each(['README.md', 'docs/policy.md'])('%s: each is a valid policy', (page) => {
    const blocks = policiesIn(page);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      const result = parsePolicy(block, page);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    }
  });
});
