// The example workflows (examples/workflows/ and the README's) are what users copy: each must be
// valid YAML shaped as a workflow, and every input given to this action must be one action.yml
// declares (a misspelt input is silently ignored by the runner, never an error).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../cli/built.js';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[]; permissions?: Record<string, string>; strategy?: { matrix?: Record<string, unknown> } }>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const inputs = new Set(Object.keys(action.inputs));

const dir = join(ROOT, 'examples', 'workflows');
const files: [string, string][] = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => [`examples/workflows/${f}`, readFileSync(join(dir, f), 'utf8')]);

/** The README's YAML blocks that are workflows (they have `jobs:`). */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const readmeWorkflows: [string, string][] = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((text) => /^jobs:/m.test(text))
  .map((text, i) => [`README.md workflow ${i + 1}`, text]);

const isThisAction = (uses: string | undefined): boolean => uses !== undefined && (/(^|\/)mail-tls-gate@/.test(uses) || uses === './');

test('there are example workflows for each way of using the gate', () => {
  expect(files.map(([name]) => name)).toEqual(
    expect.arrayContaining(['examples/workflows/policy-gate.yml', 'examples/workflows/nightly.yml', 'examples/workflows/fleet-matrix.yml', 'examples/workflows/code-scanning.yml']),
  );
  expect(readmeWorkflows.length).toBeGreaterThanOrEqual(3);
});

describe.each([...files, ...readmeWorkflows])('%s', (name, text) => {
  const workflow = parse(text) as Workflow;

  test('is a workflow that uses this action', () => {
    expect(workflow.on).toBeDefined();
    expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    expect(steps.some((s) => isThisAction(s.uses))).toBe(true);
    for (const job of Object.values(workflow.jobs)) expect(job['runs-on']).toBeTruthy();
  });

  test('gives this action only inputs that action.yml declares', () => {
    for (const step of Object.values(workflow.jobs).flatMap((j) => j.steps)) {
      if (!isThisAction(step.uses)) continue;
      const unknown = Object.keys(step.with ?? {}).filter((k) => !inputs.has(k));
      expect([name, unknown]).toEqual([name, []]);
    }
  });

  test('asks for issues: write wherever it sets issue: true, and security-events: write wherever it uploads SARIF', () => {
    for (const job of Object.values(workflow.jobs)) {
      // A job's permissions replace the workflow's, they do not add to them.
      const permissionsOf = job.permissions ?? workflow.permissions ?? {};
      if (job.steps.some((s) => isThisAction(s.uses) && String(s.with?.issue) === 'true')) expect(permissionsOf.issues).toBe('write');
      if (job.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))) expect(permissionsOf['security-events']).toBe('write');
    }
  });
});

test('the fleet example shards with a matrix and merges what the shards uploaded', () => {
  const [, text] = files.find(([n]) => n.endsWith('fleet-matrix.yml'))!;
  const workflow = parse(text) as Workflow;
  const shardJob = Object.values(workflow.jobs).find((j) => j.strategy?.matrix)!;
  const count = (shardJob.strategy!.matrix!.shard as number[]).length;
  const gate = shardJob.steps.find((s) => isThisAction(s.uses))!;
  expect(String(gate.with!.shard)).toBe(`\${{ matrix.shard }}/${count}`);
  expect(shardJob.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  const mergeJob = Object.values(workflow.jobs).find((j) => j.steps.some((s) => isThisAction(s.uses) && s.with?.merge))!;
  expect(mergeJob.steps.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(true);
});

test('the nightly example runs on a schedule and keeps the tracking issue', () => {
  const [, text] = files.find(([n]) => n.endsWith('nightly.yml'))!;
  const workflow = parse(text) as Workflow & { on: { schedule?: unknown[] } };
  expect(workflow.on.schedule?.length).toBeGreaterThan(0);
  expect(workflow.permissions?.issues).toBe('write');
});

test('the gate example runs on pull requests that touch the policy', () => {
  const [, text] = files.find(([n]) => n.endsWith('policy-gate.yml'))!;
  const workflow = parse(text) as Workflow & { on: { pull_request?: { paths?: string[] } } };
  expect(workflow.on.pull_request?.paths).toContain('.github/mail-tls-policy.yml');
});

test('the project\'s own CI runs .ci/run and checks that dist/ is current', () => {
  const ci = parse(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as Workflow;
  const runs = Object.values(ci.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
  expect(runs.some((r) => r.includes('bash .ci/run'))).toBe(true);
  expect(runs.some((r) => r.includes('npm run bundle'))).toBe(true);
  expect(runs.some((r) => r.includes('git diff --exit-code') && r.includes('dist'))).toBe(true);
});
