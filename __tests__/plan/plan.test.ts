import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { buildPlan } from '../../src/plan/plan.js';
import type { ResolveAll } from '../../src/resolve/addresses.js';
import type { HostPolicy, HostSettings, Policy, ServiceRequest } from '../../src/policy/types.js';
import type { ServiceName } from '../../src/policy/services.js';
import { SERVICES } from '../../src/policy/services.js';

const settings: HostSettings = {
  tls: { minVersion: '1.2' },
  certificate: { verify: true, minDaysLeft: 21 },
  timeoutMs: 10_000,
  addresses: 'all',
};

let line = 10;
function ask(service: ServiceName, port = SERVICES[service].port): ServiceRequest {
  line += 1;
  return { service, port, location: { file: 'p.yml', line, column: 7 } };
}

function host(name: string, require: ServiceRequest[], forbid: ServiceRequest[] = [], over: Partial<HostSettings> = {}): HostPolicy {
  return { host: name, require, forbid, location: { file: 'p.yml', line: 1, column: 5 }, ...settings, ...over };
}

function policy(hosts: HostPolicy[]): Policy {
  return { file: 'p.yml', version: 1, defaults: settings, hosts, domains: [], rules: {}, waivers: [] };
}

/** A resolver over a fixed table, recording what it was asked. */
function tableResolver(table: Record<string, string[]>): ResolveAll & { asked: string[] } {
  const asked: string[] = [];
  const fn = (async (name: string) => {
    asked.push(name);
    const found = table[name];
    if (!found) throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
    return found;
  }) as ResolveAll & { asked: string[] };
  fn.asked = asked;
  return fn;
}

describe('buildPlan', () => {
  test('expands a name with two addresses into one endpoint per address and service, in order', async () => {
    const imaps = ask('imaps');
    const smtps = ask('submissions');
    const imap = ask('imap');
    const resolve = tableResolver({ 'mail.example.com': ['2001:db8::1', '192.0.2.10', '192.0.2.9'] });
    const plan = await buildPlan(policy([host('mail.example.com', [imaps, smtps], [imap])]), resolve);
    expect(plan.endpoints.map((e) => `${e.address} ${e.port} ${e.service} ${e.expectation} ${e.location.line}`)).toEqual([
      `192.0.2.9 143 imap forbid ${imap.location.line}`,
      `192.0.2.9 465 submissions require ${smtps.location.line}`,
      `192.0.2.9 993 imaps require ${imaps.location.line}`,
      `192.0.2.10 143 imap forbid ${imap.location.line}`,
      `192.0.2.10 465 submissions require ${smtps.location.line}`,
      `192.0.2.10 993 imaps require ${imaps.location.line}`,
      `2001:db8::1 143 imap forbid ${imap.location.line}`,
      `2001:db8::1 465 submissions require ${smtps.location.line}`,
      `2001:db8::1 993 imaps require ${imaps.location.line}`,
    ]);
    expect(plan.endpoints.every((e) => e.host === 'mail.example.com' && e.settings.timeoutMs === 10_000)).toBe(true);
  });

  test('addresses: first keeps the resolver\'s first address only', async () => {
    const resolve = tableResolver({ 'mx.example.com': ['192.0.2.20', '192.0.2.3'] });
    const plan = await buildPlan(policy([host('mx.example.com', [ask('smtp')], [], { addresses: 'first' })]), resolve);
    expect(plan.endpoints.map((e) => e.address)).toEqual(['192.0.2.20']);
  });

  test('addresses: ipv4 and ipv6 keep one family; a host with none of it is planned unresolved, saying why', async () => {
    const resolve = tableResolver({ 'dual.example.com': ['2001:db8::5', '192.0.2.5', '192.0.2.6'], 'v6.example.com': ['2001:db8::6'] });
    const four = await buildPlan(policy([host('dual.example.com', [ask('smtp')], [], { addresses: 'ipv4' })]), resolve);
    expect(four.endpoints.map((e) => e.address)).toEqual(['192.0.2.5', '192.0.2.6']);
    const six = await buildPlan(policy([host('dual.example.com', [ask('smtp')], [], { addresses: 'ipv6' })]), resolve);
    expect(six.endpoints.map((e) => e.address)).toEqual(['2001:db8::5']);
    const none = await buildPlan(policy([host('v6.example.com', [ask('smtp')], [], { addresses: 'ipv4' })]), resolve);
    expect(none.endpoints.map((e) => [e.address, e.resolveError])).toEqual([[null, 'no IPv4 (A) address, and addresses: ipv4 leaves out 2001:db8::6']]);
  });

  test('IP literals, IPv6 included, are used as they are and never resolved', async () => {
    const resolve = tableResolver({});
    const plan = await buildPlan(policy([host('2001:db8::25', [ask('smtp')]), host('192.0.2.7', [ask('smtp')])]), resolve);
    expect(resolve.asked).toEqual([]);
    expect(plan.endpoints.map((e) => [e.host, e.address])).toEqual([
      ['192.0.2.7', '192.0.2.7'],
      ['2001:db8::25', '2001:db8::25'],
    ]);
  });

  test('a name that does not resolve is planned with no address and the reason, not a policy error', async () => {
    const resolve = tableResolver({ 'ok.example.com': ['192.0.2.1'] });
    const plan = await buildPlan(
      policy([host('gone.example.com', [ask('imaps'), ask('pop3s')]), host('ok.example.com', [ask('imaps')])]),
      resolve,
    );
    const gone = plan.endpoints.filter((e) => e.host === 'gone.example.com');
    expect(gone.map((e) => [e.address, e.port, e.resolveError])).toEqual([
      [null, 993, 'ENOTFOUND'],
      [null, 995, 'ENOTFOUND'],
    ]);
    expect(plan.endpoints.find((e) => e.host === 'ok.example.com')?.resolveError).toBeUndefined();
  });

  test('each name is resolved once however many entries ask for it', async () => {
    const resolve = tableResolver({ 'a.example.com': ['192.0.2.1'] });
    await buildPlan(policy([host('a.example.com', [ask('imaps')]), host('a.example.com', [ask('smtp')])]), resolve);
    expect(resolve.asked).toEqual(['a.example.com']);
  });

  test('hosts are ordered by name whatever their order in the policy', async () => {
    const resolve = tableResolver({ 'b.example.com': ['192.0.2.1'], 'a.example.com': ['192.0.2.2'] });
    const plan = await buildPlan(policy([host('b.example.com', [ask('smtp')]), host('a.example.com', [ask('smtp')])]), resolve);
    expect(plan.endpoints.map((e) => e.host)).toEqual(['a.example.com', 'b.example.com']);
  });
});

describe('boundaries', () => {
  // Imports run one way: policy -> plan -> probe -> rules -> report (the Endpoint type lives in
  // plan/types.ts; the probe imports it from there). The plan reads the policy,
  // the shared helpers and the name resolution (resolve/), which the probe uses as well. The facts
  // (facts/) are the probe's output and the rules' and report's input: every stage reads their
  // types from there, so rules and report depend on the facts, not on the probe that records them.
  // See docs/architecture.md, "Stages".
  /** Every module a file imports (static and dynamic), as `file: path`, relative ones resolved from the repository root. */
  const importsOfFile = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from |import\()'([^']+)'/g)].map((m) => {
      const spec = m[1]!;
      return `${file}: ${spec.startsWith('.') ? normalize(join(dirname(file), spec)) : spec}`;
    });
  const filesUnder = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? filesUnder(`${folder}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${folder}/${entry.name}`] : [],
    );
  const importsOf = (folder: string) => filesUnder(folder).flatMap(importsOfFile);
  const target = (line: string) => line.slice(line.indexOf(': ') + 2);

  test('the plan, the name resolution and the shared helpers import no probe, rule or report code', () => {
    // order.ts is the plan's too: it orders the endpoints.
    const imports = [...importsOf('src/plan'), ...importsOf('src/resolve'), ...importsOf('src/common'), ...importsOfFile('src/order.ts')];
    expect(imports.filter((line) => line.startsWith('src/plan/')).length).toBeGreaterThan(5);
    const wrongWay = imports.filter((line) => /^src\/(probe|rules|report|run|init|demo|github|shard)[/.]/.test(target(line)));
    expect(wrongWay).toEqual([]);
  });

  test('the probe imports no rule, report or entry code', () => {
    // What counts as a weak key or digest is shared (src/common/strength.ts): the probe needs the
    // same line as certificate-weak, and takes it from common, not from the rules.
    const imports = importsOf('src/probe');
    expect(imports.filter((line) => target(line).startsWith('src/common/')).length).toBeGreaterThan(3);
    const wrongWay = imports.filter((line) => /^src\/(rules|report|run|init|github|shard)[/.]/.test(target(line)));
    expect(wrongWay).toEqual([]);
  });

  test('the facts import nothing but the shared helpers', () => {
    const imports = importsOf('src/facts');
    expect(filesUnder('src/facts').length).toBeGreaterThanOrEqual(3);
    expect(imports.filter((line) => !/^src\/(common|facts)\//.test(target(line)))).toEqual([]);
  });

  test('the rules and the report read the facts, not the probe', () => {
    const imports = [...importsOf('src/rules'), ...importsOf('src/report')];
    // The facts are read where they are defined: every rule module and most report modules do.
    expect(imports.filter((line) => target(line).startsWith('src/facts/')).length).toBeGreaterThan(30);
    // Not even the protocol table: the upgrade word reaches the rules through the generated service
    // table, and what counts as authentication before TLS is a fact the dialogue records.
    expect(imports.filter((line) => target(line).startsWith('src/probe/'))).toEqual([]);
  });
});
