#!/usr/bin/env node
// The command line: a thin shell over run.ts. Prints results, sets the exit code, nothing else.
import { parseArgs } from 'node:util';
import { runDemo } from './demo/demo.js';
import { formatProblem } from './policy/load.js';
import { reportToJson } from './report/json.js';
import { formatText, shouldUseColor } from './report/text.js';
import { formatPlan } from './report/plan.js';
import type { Report } from './report/types.js';
import { check, merge, validate } from './run.js';
import { parseCheckSettings } from './options.js';
import { parseShard } from './shard/shard.js';
import { TOOL_VERSION } from './version.js';

const USAGE = `usage:
  mail-tls-gate check POLICY [--format text|json|sarif]
                      [--fail-on error|warning|notice|inconclusive|never]
                      [--concurrency N] [--per-host N] [--timeout 10s] [--retry-after 5s]
                      [--ca-file PEM] [--report FILE] [--sarif FILE] [--helo-name NAME]
                      [--shard i/n] [--resolver ADDR[:PORT]]
  mail-tls-gate merge REPORT... [--format text|json|sarif] [--fail-on ...]
                      [--report FILE] [--sarif FILE]
  mail-tls-gate validate POLICY [--format text|json]
  mail-tls-gate demo
  mail-tls-gate --version

exit codes: 0 pass; 1 findings at or above --fail-on (with --fail-on inconclusive, also checks
  that could not be concluded); 2 invalid policy or usage; 3 no such finding, but some required
  checks could not be concluded (a busy service, an unanswered question, an unresolved forbidden
  host, or no required endpoint reachable); with
  --fail-on never, 0 whatever was found`;

const EXIT_USAGE = 2;

function usageError(message: string): number {
  process.stderr.write(`mail-tls-gate: ${message}\n\n${USAGE}\n`);
  return EXIT_USAGE;
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        concurrency: { type: 'string' },
        timeout: { type: 'string' },
        'per-host': { type: 'string' },
        'retry-after': { type: 'string' },
        'ca-file': { type: 'string' },
        report: { type: 'string' },
        sarif: { type: 'string' },
        'helo-name': { type: 'string' },
        shard: { type: 'string' },
        resolver: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    return usageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(TOOL_VERSION + '\n');
    return 0;
  }
  const [command, ...rest] = positionals;
  switch (command) {
    case 'check':
      return runCheck(rest, values);
    case 'merge':
      return runMerge(rest, values);
    case 'validate':
      return runValidate(rest, values.format ?? 'text');
    case 'demo':
      if (rest.length > 0) return usageError('demo takes no arguments');
      return runDemo();
    case undefined:
      return usageError('no command given');
    default:
      return usageError(`unknown command '${command}'`);
  }
}

type Values = Record<string, string | boolean | undefined>;

function printProblems(problems: Parameters<typeof formatProblem>[0][]): void {
  for (const p of problems) process.stderr.write(formatProblem(p) + '\n');
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the policy; nothing was probed.\n`);
}

/** The formats `check` and `merge` print their report in. */
const REPORT_FORMATS: readonly string[] = ['text', 'json', 'sarif'];

function printReport(format: string, report: Report, sarif: object): void {
  if (format === 'json') process.stdout.write(reportToJson(report));
  else if (format === 'sarif') process.stdout.write(JSON.stringify(sarif, null, 2) + '\n');
  else process.stdout.write(formatText(report, { color: shouldUseColor(process.stdout, process.env) }));
}

async function runValidate(args: string[], format: string): Promise<number> {
  if (args.length !== 1) return usageError('validate takes exactly one POLICY');
  if (format !== 'text' && format !== 'json') return usageError(`--format: '${format}' is not text or json`);
  const outcome = await validate(args[0]!);
  if (outcome.kind === 'invalid') {
    printProblems(outcome.problems);
    return outcome.exitCode;
  }
  process.stdout.write(
    format === 'json' ? JSON.stringify(outcome.plan.endpoints, null, 2) + '\n' : formatPlan(outcome.policy, outcome.plan),
  );
  return 0;
}

async function runCheck(args: string[], values: Values): Promise<number> {
  if (args.length !== 1) return usageError('check takes exactly one POLICY');
  const format = (values.format as string | undefined) ?? 'text';
  if (!REPORT_FORMATS.includes(format)) return usageError(`--format: '${format}' is not text, json or sarif`);
  const settings = parseCheckSettings(
    {
      failOn: values['fail-on'] as string | undefined,
      concurrency: values.concurrency as string | undefined,
      perHost: values['per-host'] as string | undefined,
      timeout: values.timeout as string | undefined,
      retryAfter: values['retry-after'] as string | undefined,
      resolver: values.resolver as string | undefined,
    },
    (name) => `--${name}`,
  );
  if (!settings.ok) return usageError(settings.messages.join('\n'));
  const shard = values.shard === undefined ? undefined : parseShard('--shard', values.shard as string);
  if (shard && !shard.ok) return usageError(shard.message);

  const progress = startProgress();
  const outcome = await check({
    policyPath: args[0]!,
    ...settings.value,
    caFile: values['ca-file'] as string | undefined,
    reportPath: values.report as string | undefined,
    sarifPath: values.sarif as string | undefined,
    heloName: values['helo-name'] as string | undefined,
    shard: shard?.value,
    onPlanned: (plan) => progress.planned(plan.endpoints.length),
    onEndpointDone: progress.tick,
  }).finally(progress.stop);

  if (outcome.kind === 'invalid') {
    printProblems(outcome.problems);
    return outcome.exitCode;
  }
  printReport(format, outcome.report, outcome.sarif);
  return outcome.exitCode;
}

/** Shard reports combined: the same outputs and exit codes as `check`, without probing. */
async function runMerge(args: string[], values: Values): Promise<number> {
  if (args.length === 0) return usageError('merge takes one or more REPORT files (the JSON reports of shard runs)');
  const format = (values.format as string | undefined) ?? 'text';
  if (!REPORT_FORMATS.includes(format)) return usageError(`--format: '${format}' is not text, json or sarif`);
  const probingOnly = ['concurrency', 'per-host', 'timeout', 'retry-after', 'ca-file', 'helo-name', 'shard', 'resolver'].filter((k) => values[k] !== undefined);
  if (probingOnly.length > 0) return usageError(`merge probes nothing: ${probingOnly.map((k) => `--${k}`).join(', ')} does not apply`);
  const settings = parseCheckSettings({ failOn: values['fail-on'] as string | undefined }, (name) => `--${name}`);
  if (!settings.ok) return usageError(settings.messages.join('\n'));
  const outcome = await merge({
    reportPaths: args,
    failOn: settings.value.failOn,
    reportPath: values.report as string | undefined,
    sarifPath: values.sarif as string | undefined,
  });
  if (outcome.kind === 'refused') {
    for (const p of outcome.problems) process.stderr.write(`mail-tls-gate: merge: ${p}\n`);
    process.stderr.write('nothing was merged.\n');
    return outcome.exitCode;
  }
  printReport(format, outcome.report, outcome.sarif);
  return outcome.exitCode;
}

/** A one-line counter on stderr, only on a terminal and only once a run has taken over 2 s. */
function startProgress(): { planned: (total: number) => void; tick: () => void; stop: () => void } {
  let done = 0;
  let total = 0;
  let shown = false;
  const tty = process.stderr.isTTY === true;
  const startedAt = Date.now();
  const tick = (): void => {
    done += 1;
    if (!tty || Date.now() - startedAt < 2000) return;
    shown = true;
    process.stderr.write(`\r\x1b[Kprobing: ${done}/${total} endpoints done`);
  };
  const planned = (n: number): void => {
    total = n;
  };
  const stop = (): void => {
    if (shown) process.stderr.write('\r\x1b[K');
  };
  return { planned, tick, stop };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not a user error: say so plainly, without a stack trace unless asked.
    process.stderr.write(`mail-tls-gate: internal error: ${(err as Error)?.message ?? err}\n`);
    if (process.env.MAIL_TLS_GATE_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
    process.exitCode = 2;
  },
);
