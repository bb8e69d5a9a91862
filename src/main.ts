// The GitHub Action: a thin shell over run.ts. Reads inputs, writes annotations, the job summary
// and outputs, and fails the step. Only this file (and the CLI) touch @actions/*.
import * as core from '@actions/core';
import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import type { IssueLinks } from './report/issue.js';
import type { Report } from './report/types.js';
import { parseShard } from './shard/shard.js';
import { DEFAULT_POLICY_FILE, parseBoolean, parseCheckSettings } from './options.js';
import { annotationsFor } from './report/annotations.js';
import { neutralise } from './report/neutralise.js';
import { summaryMarkdown } from './report/summary.js';
import { notConcluded } from './report/words.js';
import type { Plan } from './plan/types.js';
import type { EndpointFacts } from './facts/endpoint.js';
import { check, merge } from './run.js';
import { actionHome, useProjectHome } from './rules/links.js';

/** Shard reports matching the `merge` pattern (relative to the workspace), sorted, files only. */
async function reportFiles(pattern: string, workspace: string): Promise<string[]> {
  const anchored = pattern
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (line.startsWith('!') ? `!${join(workspace, line.slice(1))}` : isAbsolute(line) ? line : join(workspace, line)))
    .join('\n');
  // @actions/glob is loaded only in a merge run.
  const glob = await import('@actions/glob');
  const globber = await glob.create(anchored, { matchDirectories: false, implicitDescendants: false });
  return (await globber.glob()).sort();
}

/** The policy's name as annotations need it: relative to the repository root. */
function repoRelative(path: string): string {
  const workspace = process.env.GITHUB_WORKSPACE;
  const absolute = isAbsolute(path) ? path : join(workspace ?? process.cwd(), path);
  if (!workspace) return path;
  const rel = relative(workspace, absolute);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split('\\').join('/');
}

async function defaultOutputPath(name: string): Promise<string> {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'mail-tls-gate');
  await mkdir(dir, { recursive: true });
  return join(dir, name);
}

/**
 * One log line per host, when the last of its endpoints is done. Host names come from the policy
 * or, for a domain's MX hosts, from DNS answers: the domains stage admits only host names, and the
 * line is neutralised all the same, since whoever answers the MX query chose the name.
 */
function hostProgress(log: (line: string) => void): { planned: (plan: Plan) => void; done: (facts: EndpointFacts) => void } {
  const left = new Map<string, { total: number; remaining: number; reachable: number }>();
  return {
    planned: (plan) => {
      for (const e of plan.endpoints) {
        const entry = left.get(e.host) ?? { total: 0, remaining: 0, reachable: 0 };
        entry.total += 1;
        entry.remaining += 1;
        left.set(e.host, entry);
      }
      log(`${plan.endpoints.length} endpoint${plan.endpoints.length === 1 ? '' : 's'} on ${left.size} host${left.size === 1 ? '' : 's'} planned`);
    },
    done: (facts) => {
      const entry = left.get(facts.host);
      if (!entry) return;
      entry.remaining -= 1;
      if (facts.reachable) entry.reachable += 1;
      if (entry.remaining === 0) log(neutralise(`${facts.host}: ${entry.total} endpoints probed, ${entry.reachable} reachable`, 400));
    },
  };
}

export async function runAction(): Promise<void> {
  // Rule links and the schema address point where the runner fetched this action from.
  const home = actionHome(process.env);
  if (home) useProjectHome(home);
  const settings = parseCheckSettings(
    {
      failOn: core.getInput('fail-on'),
      concurrency: core.getInput('concurrency'),
      perHost: core.getInput('per-host'),
      timeout: core.getInput('timeout'),
      retryAfter: core.getInput('retry-after'),
      resolver: core.getInput('resolver'),
      trust: core.getInput('trust'),
      allowLoopback: core.getInput('allow-loopback'),
    },
    (name) => name,
  );
  const summary = parseBoolean('summary', core.getInput('summary') || 'true');
  const issue = parseBoolean('issue', core.getInput('issue') || 'false');
  const shardText = core.getInput('shard');
  const shard = shardText ? parseShard('shard', shardText) : undefined;
  const mergePattern = core.getInput('merge');
  const bad = [
    ...(settings.ok ? [] : settings.messages),
    ...(summary.ok ? [] : [summary.message]),
    ...(issue.ok ? [] : [issue.message]),
    ...(shard && !shard.ok ? [shard.message] : []),
    ...(shard && mergePattern ? ['shard and merge: a job either probes a shard or merges the shards\' reports, not both'] : []),
  ];
  if (!settings.ok || !summary.ok || !issue.ok || bad.length > 0) {
    // Input values are quoted in these messages, and an input can carry event text (`${{ … }}`).
    for (const message of bad) core.error(`invalid input ${neutralise(message, 500)}`);
    core.setFailed(`${bad.length} invalid input${bad.length === 1 ? '' : 's'}`);
    return;
  }

  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const policyPath = core.getInput('policy') || DEFAULT_POLICY_FILE;
  const policyName = repoRelative(policyPath);
  const reportPath = core.getInput('report') || (await defaultOutputPath('report.json'));
  const sarifPath = core.getInput('sarif') || (await defaultOutputPath('report.sarif'));

  let report: Report;
  let exitCode: 0 | 1 | 3;
  if (mergePattern) {
    const paths = await reportFiles(mergePattern, workspace);
    core.info(`merge: ${paths.length} report(s) match '${neutralise(mergePattern, 200)}'`);
    const merged = await merge({
      reportPaths: paths,
      failOn: settings.value.failOn,
      reportPath,
      sarifPath,
    });
    if (merged.kind === 'refused') {
      const problems = paths.length === 0 ? [`no file matches '${mergePattern}'`] : merged.problems;
      for (const p of problems) core.error(`merge: ${neutralise(p.split(workspace + '/').join(''), 500)}`);
      core.setOutput('result', 'fail');
      core.setFailed(`mail-tls-gate: the shard reports could not be merged (${problems.length} problem(s)); nothing was judged`);
      return;
    }
    report = merged.report;
    exitCode = merged.exitCode;
  } else {
    const progress = hostProgress((line) => core.info(line));
    const outcome = await core.group('mail-tls-gate: probing', () =>
      check({
        policyPath: isAbsolute(policyPath) ? policyPath : join(workspace, policyPath),
        policyName,
        ...settings.value,
        caFile: core.getInput('ca-file') || undefined,
        heloName: core.getInput('helo-name') || undefined,
        reportPath,
        sarifPath,
        shard: shard?.ok ? shard.value : undefined,
        onPlanned: progress.planned,
        onEndpointDone: progress.done,
      }),
    );

    if (outcome.kind === 'invalid' && outcome.refusal !== undefined) {
      // Nothing in the policy to point at (a file that cannot be read): one plain error.
      core.setOutput('result', 'fail');
      core.setFailed(`mail-tls-gate: ${outcome.refusal}; nothing was probed`);
      return;
    }
    if (outcome.kind === 'invalid') {
      for (const p of outcome.problems) {
        core.error(p.message, {
          title: 'invalid policy',
          file: p.location.file,
          startLine: p.location.line,
          startColumn: p.location.column,
        });
      }
      core.setOutput('result', 'fail');
      core.setFailed(`the policy has ${outcome.problems.length} problem(s); nothing was probed`);
      return;
    }

    report = outcome.report;
    exitCode = outcome.exitCode;
  }
  for (const a of annotationsFor(report)) {
    const properties = { title: a.title, file: a.file, startLine: a.line, startColumn: a.column };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
  if (summary.value && process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(summaryMarkdown(report), true).write();
  }
  core.setOutput('result', report.summary.result);
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('notices', report.summary.notices);
  core.setOutput('report', reportPath);
  core.setOutput('sarif', sarifPath);
  // An action step passes or fails: an inconclusive run (the command line's exit code 3) fails
  // it too, since a run that could not conclude must never read as a pass; fail-on `never` is
  // the one way to keep such a step green. The `result` output tells the two failures apart.
  const issueProblem = issue.value ? await trackingIssue(report, shard !== undefined) : null;
  const open = notConcluded(report);
  if (open.length > 0) core.info(`not concluded:\n${open.map((line) => `  ${neutralise(line, 300)}`).join('\n')}`);
  if (exitCode === 0 && issueProblem !== null) core.setFailed(`mail-tls-gate: tracking issue: ${issueProblem}`);
  if (exitCode !== 0) {
    const s = report.summary;
    const counts = `${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s) in ${s.endpoints} endpoint(s)`;
    if (s.result === 'inconclusive') {
      core.setFailed(`mail-tls-gate: inconclusive: ${open.length} check(s) could not be concluded (see the job summary); ${counts}`);
    } else {
      core.setFailed(`mail-tls-gate: ${counts}${open.length > 0 ? `; ${open.length} check(s) not concluded` : ''}`);
    }
  }
}

/** The run's links for the issue, from the runner's environment (only well-formed values). */
function issueLinks(report: Report): IssueLinks {
  const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const repository = process.env.GITHUB_REPOSITORY ?? '';
  const runId = process.env.GITHUB_RUN_ID ?? '';
  const sha = process.env.GITHUB_SHA ?? '';
  if (!/^https?:\/\/[^\s()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return {};
  const base = `${server.replace(/\/+$/, '')}/${repository}`;
  const relativePolicy = !isAbsolute(report.policy) && !report.policy.split('/').includes('..');
  return {
    runUrl: /^\d+$/.test(runId) ? `${base}/actions/runs/${runId}` : undefined,
    policyUrl: /^[0-9a-f]{40,64}$/.test(sha) && relativePolicy ? `${base}/blob/${sha}/${report.policy.split('/').map(encodeURIComponent).join('/')}` : undefined,
  };
}

/** Opens, updates or closes the tracking issue; returns what went wrong, or null. */
async function trackingIssue(report: Report, sharded: boolean): Promise<string | null> {
  if (sharded) {
    core.warning('issue: a shard sees only part of the plan; the tracking issue is kept by the merge job (merge input), not by a shard');
    return null;
  }
  const event = process.env.GITHUB_EVENT_NAME ?? '';
  if (event === 'pull_request' || event === 'pull_request_target') {
    core.info('tracking issue: not kept on pull requests (they check a proposed policy); use it on schedule or push runs');
    return null;
  }
  try {
    // Loaded only when asked for, so that a plain gate starts without Octokit.
    const { syncTrackingIssue } = await import('./github/tracking-issue.js');
    const done = await syncTrackingIssue({
      token: core.getInput('token'),
      label: core.getInput('issue-label') || 'mail-tls-gate',
      repository: process.env.GITHUB_REPOSITORY ?? '',
      apiUrl: process.env.GITHUB_API_URL,
      links: issueLinks(report),
      report,
      log: (line) => core.info(line),
    });
    if (done.action !== 'none') core.setOutput('issue', String(done.number));
    return null;
  } catch (err) {
    // The API's error text can quote what it was sent (titles, labels): neutralised like remote text.
    const message = neutralise((err as Error)?.message ?? String(err), 500);
    core.error(`tracking issue: ${message}`);
    return message;
  }
}

runAction().catch((err: unknown) => core.setFailed(`mail-tls-gate: internal error: ${neutralise(String((err as Error)?.message ?? err), 500)}`));
