// The example workflows (examples/workflows/ and the README's) are what users copy: each must be
// valid YAML shaped as a workflow, and every input given to this action must be one action.yml
// declares (a misspelt input is silently ignored by the runner, never an error).
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PACKAGE_REPOSITORY_URL, TOOL_VERSION } from '../../src/version.js';
import { makeTempDir, ROOT, runNode } from '../cli/built.js';

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

/** The YAML blocks of the README and docs/*.md that are workflows (they have `jobs:`). */
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const readmeWorkflows: [string, string][] = pages.flatMap((page) =>
  [...readFileSync(join(ROOT, page), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((text) => /^jobs:/m.test(text))
    .map((text, i): [string, string] => [`${page} workflow ${i + 1}`, text]),
);

const isThisAction = (uses: string | undefined): boolean => uses !== undefined && (/(^|\/)mail-tls-gate@/.test(uses) || uses === './');

test('there are example workflows for each way of using the gate', () => {
  expect(files.map(([name]) => name)).toEqual(
    expect.arrayContaining(['examples/workflows/policy-gate.yml', 'examples/workflows/nightly.yml', 'examples/workflows/fleet-matrix.yml', 'examples/workflows/code-scanning.yml']),
  );
  expect(readmeWorkflows.filter(([name]) => name.startsWith('README.md')).length).toBeGreaterThanOrEqual(1);
  expect(readmeWorkflows.length).toBeGreaterThanOrEqual(4);
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
  const gate = shardJob.steps.find((s) => isThisAction(s.uses))!;
  // The matrix's list is the one place that sets the count.
  expect(String(gate.with!.shard)).toBe('${{ matrix.shard }}/${{ strategy.job-total }}');
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

test('the README opens with the copy-paste step: its permissions, the workflow file it goes in, this action', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const [, first] = readmeWorkflows.find(([name]) => name.startsWith('README.md'))!;
  expect(readme.indexOf(first)).toBeLessThan(readme.indexOf('\n## ', readme.indexOf('\n## ') + 1));
  const workflow = parse(first) as Workflow;
  expect(workflow.permissions).toEqual({ contents: 'read' });
  expect(first.split('\n')[0]).toBe('# .github/workflows/policy-gate.yml');
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

/** Every workflow file: the examples and this project's own. */
const projectWorkflows: [string, string][] = readdirSync(join(ROOT, '.github', 'workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => [`.github/workflows/${f}`, readFileSync(join(ROOT, '.github', 'workflows', f), 'utf8')]);
const everyWorkflow = [...files, ...readmeWorkflows, ...projectWorkflows];

/**
 * The current major version of each action used, looked up in each action's repository (its
 * newest release and the `runs.using: node24` of its action.yml). A workflow using an action not
 * listed here fails the test below until someone looks its version up and adds it.
 */
const CURRENT_MAJOR: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/download-artifact': 'v8',
  'github/codeql-action/upload-sarif': 'v4',
};

/** This action, as users name it: the package's repository at the major tag the release workflow moves. */
const THIS_ACTION = `${PACKAGE_REPOSITORY_URL.replace('https://github.com/', '')}@v${TOOL_VERSION.split('.')[0]}`;

describe.each(everyWorkflow)('%s, as the linter and the conventions want it', (name, text) => {
  const workflow = parse(text) as Workflow & { concurrency?: unknown; on: Record<string, { paths?: string[] } | null> | string };
  const uses = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => u !== undefined));

  test('uses each action at its current major version, and this action by its real address', () => {
    for (const use of uses) {
      if (use === './') continue;
      if (/(^|\/)mail-tls-gate@/.test(use)) {
        expect([name, use]).toEqual([name, THIS_ACTION]);
        continue;
      }
      const [action, version] = use.split('@');
      expect([name, action, version]).toEqual([name, action, CURRENT_MAJOR[action!]]);
    }
  });

  test('runs clean-up and merge steps on !cancelled(), never always() (which also runs on a cancelled run)', () => {
    expect(text).not.toMatch(/always\(\)/);
  });

  test('its trigger paths name the file a user copies it to', () => {
    if (typeof workflow.on === 'string') return;
    // A snippet says where it goes in its first line (`# .github/workflows/x.yml`); a file is named by itself.
    const own = name.endsWith('.yml') ? `.github/workflows/${name.split('/').at(-1)}` : /^# (\.github\/workflows\/\S+\.yml)$/m.exec(text.split('\n')[0]!)?.[1];
    for (const trigger of Object.values(workflow.on)) {
      for (const path of trigger?.paths ?? []) {
        if (path.startsWith('.github/workflows/')) expect([name, path]).toEqual([name, own]);
      }
    }
  });
});

test.each(files.filter(([name]) => /(nightly|code-scanning|fleet-matrix|policy-gate)\.yml$/.test(name)))(
  '%s runs one at a time (concurrency)',
  (_name, text) => {
    const workflow = parse(text) as { concurrency?: { group?: string; 'cancel-in-progress'?: boolean } };
    expect(workflow.concurrency?.group).toMatch(/^mail-tls-/);
    expect(typeof workflow.concurrency?.['cancel-in-progress']).toBe('boolean');
  },
);

test('the fleet merge job runs unless the run was cancelled', () => {
  const [, text] = files.find(([n]) => n.endsWith('fleet-matrix.yml'))!;
  const workflow = parse(text) as { jobs: Record<string, { if?: string; needs?: string }> };
  expect(workflow.jobs['merge']?.if).toBe('${{ !cancelled() }}');
});

test('CI runs the action itself (uses: ./) against the demo servers, and checks what it found', () => {
  const ci = parse(readFileSync(join(ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as Workflow;
  const job = Object.values(ci.jobs).find((j) => j.steps.some((s) => s.uses === './'))!;
  expect(job).toBeDefined();
  const runs = job.steps.map((s) => s.run ?? '').join('\n');
  expect(runs).toContain('demo-servers -- serve demo-run');
  expect(runs).toContain('demo-servers/index.js verify demo-run demo-run/report.json');
});

describe('actionlint', () => {
  test('passes on every workflow file and every README workflow', async () => {
    const r = await runNode([join(ROOT, 'scripts', 'lint-workflows.mjs')], { timeoutMs: 120_000 });
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 0,
      stdout: `actionlint: ${everyWorkflow.length} workflows, 0 problems\n`,
      stderr: '',
    });
  }, 120_000);

  test('is really actionlint: a broken workflow fails with its findings at their lines', async () => {
    const dir = await makeTempDir('mtg-actionlint-');
    try {
      const broken = join(dir.path, 'broken.yml');
      await writeFile(
        broken,
        'on: push\njobs:\n  gate:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event_nam }}"\n',
      );
      const r = await runNode([join(ROOT, 'scripts', 'lint-workflows.mjs'), broken], { cwd: dir.path, timeoutMs: 120_000 });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('broken.yml:3:3: job "gate" needs job "build" which does not exist in this workflow [job-needs]');
      expect(r.stdout).toMatch(/broken\.yml:7:\d+: property "event_nam" is not defined in object type \{.*\} \[expression\]/);
      expect(r.stdout).toContain('actionlint: 1 workflow, 2 problems');
    } finally {
      await dir.remove();
    }
  }, 120_000);
});
