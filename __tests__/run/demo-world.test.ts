// The pipeline end to end, in process: the demo's loopback world, its embedded policy, and a real
// check over the network. The demo command's own verdict rests on exactly this comparison.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { rulesByHost, startDemoWorld, type DemoWorld, BAD_HOST, GOOD_HOST } from '../../src/demo/demo.js';
import { check } from '../../src/run.js';
import { TOOL_VERSION } from '../../src/version.js';

let world: DemoWorld;
let dir: string;

beforeAll(async () => {
  world = await startDemoWorld();
  dir = await mkdtemp(join(tmpdir(), 'mtg-demo-test-'));
  await writeFile(join(dir, 'policy.yml'), world.policyText);
  await writeFile(join(dir, 'ca.pem'), world.caPem);
});
afterAll(() => world?.close());

test('a check of the demo world finds exactly what the demo was built to show', async () => {
  const planned: number[] = [];
  const done: string[] = [];
  const outcome = await check({
    policyPath: join(dir, 'policy.yml'),
    policyName: 'policy.yml',
    failOn: 'error',
    concurrency: 32,
    perHost: 32,
    caFile: join(dir, 'ca.pem'),
    reportPath: join(dir, 'report.json'),
    sarifPath: join(dir, 'report.sarif'),
    resolveAll: world.resolveAll,
    onPlanned: (plan) => planned.push(plan.endpoints.length),
    onEndpointDone: (facts) => done.push(`${facts.host}:${facts.port}`),
  });
  if (outcome.kind !== 'checked') throw new Error(`policy invalid: ${JSON.stringify(outcome.problems)}`);
  expect(rulesByHost(outcome.report.findings)).toEqual(
    Object.fromEntries(Object.entries(world.expected).filter(([, rules]) => rules.length > 0)),
  );
  expect(outcome.exitCode).toBe(1);
  expect(outcome.report.summary.result).toBe('fail');
  expect(planned).toEqual([outcome.report.endpoints.length]);
  expect(done).toHaveLength(outcome.report.endpoints.length);
  // Every finding points at the policy line of the service that asked for it.
  const lines = world.policyText.split('\n');
  for (const f of outcome.report.findings) {
    expect(f.location.file).toBe('policy.yml');
    expect(lines[f.location.line - 1]).toContain(`port: ${f.port}`);
  }
  const written = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
  expect(written.findings).toHaveLength(outcome.report.findings.length);
  const sarif = JSON.parse(await readFile(join(dir, 'report.sarif'), 'utf8'));
  expect(sarif.version).toBe('2.1.0');
  expect(outcome.report.findings.some((f) => f.host === GOOD_HOST)).toBe(false);
  expect(outcome.report.findings.some((f) => f.host === BAD_HOST)).toBe(true);
});

test('with fail-on never the same findings do not fail the run', async () => {
  const outcome = await check({
    policyPath: join(dir, 'policy.yml'),
    failOn: 'never',
    concurrency: 32,
    perHost: 32,
    caFile: join(dir, 'ca.pem'),
    resolveAll: world.resolveAll,
  });
  if (outcome.kind !== 'checked') throw new Error('policy invalid');
  expect(outcome.exitCode).toBe(0);
  expect(outcome.report.summary.result).toBe('pass');
  expect(outcome.report.summary.errors).toBeGreaterThan(0);
});

test('an unreadable CA file is a usage problem and nothing is probed', async () => {
  const seen: unknown[] = [];
  const outcome = await check({
    policyPath: join(dir, 'policy.yml'),
    failOn: 'error',
    concurrency: 4,
    caFile: join(dir, 'missing.pem'),
    resolveAll: world.resolveAll,
    onPlanned: (plan) => seen.push(plan),
  });
  expect(outcome.kind).toBe('invalid');
  expect(outcome.exitCode).toBe(2);
  expect(seen).toEqual([]);
});

test('the tool version is the package version', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(TOOL_VERSION).toBe(pkg.version);
});
