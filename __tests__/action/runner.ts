// What the Actions runner does around `node dist/index.js`, for the end-to-end action tests: the
// environment it sets (every input, with action.yml's defaults, as INPUT_<NAME> with the hyphens
// kept), the files it hands over (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), and how it reads the
// step's stdout back (workflow commands, percent-decoded) and its outputs (heredoc format).
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ACTION, ROOT, cleanEnv, makeTempDir, runNode, type RunResult } from '../cli/built.js';
import { parseCommand, runnerLines, workflowCommands, type WorkflowCommand } from '../../scripts/workflow-commands.mjs';

export { parseCommand, percentDecode, runnerLines, workflowCommands, type WorkflowCommand } from '../../scripts/workflow-commands.mjs';

export const POLICY_PATH = '.github/mail-tls-policy.yml';

export interface ActionRun extends RunResult {
  workspace: string;
  runnerTemp: string;
  token: string;
  /** Workflow commands in stdout, in order. */
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
  remove(): Promise<void>;
}

/** The runner's input environment name: upper case, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

async function actionDefaults(token: string): Promise<Record<string, string>> {
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = input.default ?? '';
    defaults[name] = value === '${{ github.token }}' ? token : value;
  }
  return defaults;
}

export interface ActionSetup {
  /** Written to .github/mail-tls-policy.yml in the workspace, bytes as given. */
  policy: string | Buffer;
  /** Over action.yml's defaults. */
  inputs?: Record<string, string>;
  /** More files in the workspace, by relative path. */
  files?: Record<string, string | Buffer>;
  timeoutMs?: number;
  /** Over the runner's variables (e.g. GITHUB_API_URL, GITHUB_EVENT_NAME). */
  env?: Record<string, string>;
}

/** Runs the action in a fresh workspace, as the runner would. */
export async function runAction(setup: ActionSetup): Promise<ActionRun> {
  const { policy, inputs = {}, files = {}, timeoutMs = 30_000, env = {} } = setup;
  const dir = await makeTempDir('mtg-action-');
  try {
    return await runIn(dir, policy, inputs, files, timeoutMs, env);
  } catch (error) {
    await dir.remove();
    throw error;
  }
}

/** runAction for one test file: each run's directory stays until `removeAll` (for its afterAll). */
export function actionRuns(): { run(setup: ActionSetup): Promise<ActionRun>; removeAll(): Promise<void> } {
  const runs: ActionRun[] = [];
  return {
    run: async (setup) => {
      const r = await runAction(setup);
      runs.push(r);
      return r;
    },
    removeAll: async () => {
      await Promise.all(runs.splice(0).map((r) => r.remove()));
    },
  };
}

async function runIn(
  dir: { path: string; remove: () => Promise<void> },
  policy: string | Buffer,
  inputs: Record<string, string>,
  files: Record<string, string | Buffer>,
  timeoutMs: number,
  extraEnv: Record<string, string> = {},
): Promise<ActionRun> {
  const workspace = join(dir.path, 'workspace');
  const runnerTemp = join(dir.path, 'runner-temp');
  await mkdir(join(workspace, '.github'), { recursive: true });
  await mkdir(runnerTemp, { recursive: true });
  await writeFile(join(workspace, POLICY_PATH), policy);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), content);
  }
  const outputFile = join(dir.path, 'github-output');
  const summaryFile = join(dir.path, 'step-summary.md');
  const eventFile = join(dir.path, 'event.json');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: 'owner/repo' } }));

  const token = `ghs_${randomBytes(18).toString('hex')}`;
  const values = { ...(await actionDefaults(token)), ...inputs };
  const env = cleanEnv({
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_JOB: 'mail-tls',
    GITHUB_ACTION: 'gate',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [inputVariable(k), v])),
    ...extraEnv,
  });
  // The runner starts the action in the workspace.
  const result = await runNode([ACTION], { env, cwd: workspace, timeoutMs });
  return {
    ...result,
    workspace,
    runnerTemp,
    token,
    commands: workflowCommands(result.stdout),
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    remove: dir.remove,
  };
}

/**
 * The runner's older syntax, `##[name props]data`, which it looks for anywhere in a line (not
 * only at its start) and which the log viewer also renders (`##[error]`, `##[group]`); or null.
 */
export function parseLogMarker(line: string): { name: string; message: string } | null {
  const start = line.indexOf('##[');
  if (start === -1) return null;
  const end = line.indexOf(']', start);
  if (end === -1) return null;
  const info = line.slice(start + 3, end);
  const space = info.indexOf(' ');
  return { name: space === -1 ? info : info.slice(0, space), message: line.slice(end + 1) };
}

/** GITHUB_OUTPUT as the runner reads it: `name<<DELIMITER` … `DELIMITER` blocks, or `name=value`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i += 1; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`);
      out[name!] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot read line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** The commands this action issues itself. */
export const OWN_COMMANDS: ReadonlySet<string> = new Set(['error', 'warning', 'notice', 'group', 'endgroup', 'debug']);

/** Line breaks the runner honours, and the Unicode ones a viewer might: a stricter reading. */
const ANY_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/;

function looksLikeCommand(text: string): boolean {
  return text.split(ANY_BREAK).some((part) => part.trimStart().startsWith('::') || /##(\[|vso\[)/i.test(part));
}

/** The hostile fixtures mark their text `pwned`; none of the tool's own messages starts with it. */
function startsWithRemoteMarker(text: string): boolean {
  return text.split(ANY_BREAK).some((part) => /^\s*pwned/i.test(part));
}

/**
 * Every way `text` (a stream the runner reads, or a file a person reads) could let a peer drive
 * the runner or the log: an ESC byte, a `##[` marker, a command this action never issues
 * (`add-mask`, `stop-commands` without our own random token, …), a command after a Unicode line
 * separator, or one of the tool's own commands whose decoded message or properties would read as
 * a command once split into lines, or that is a hostile `::error::pwned`. Empty when clean.
 */
export function commandInjections(text: string, own: ReadonlySet<string> = OWN_COMMANDS): string[] {
  const problems: string[] = [];
  let resumeToken: string | null = null;
  for (const line of runnerLines(text)) {
    const shown = JSON.stringify(line);
    if (line.includes('\x1b')) problems.push(`ESC byte: ${shown}`);
    if (/[\u2028\u2029\u0085]\s*::/.test(line)) problems.push(`command after a Unicode line separator: ${shown}`);
    if (resumeToken !== null) {
      if (line.trim() === `::${resumeToken}::`) resumeToken = null;
      else if (/##(\[|vso\[)/i.test(line)) problems.push(`log marker inside a stop-commands block: ${shown}`);
      continue;
    }
    const command = parseCommand(line);
    if (command === null) {
      const marker = parseLogMarker(line);
      if (line.trimStart().startsWith('::')) problems.push(`command-like line: ${shown}`);
      else if (marker !== null) problems.push(`log marker '${marker.name}': ${shown}`);
      // Stricter than the runner: a marker's start is enough, closed or not, old `##vso[` too.
      else if (/##(\[|vso\[)/i.test(line)) problems.push(`log marker: ${shown}`);
      continue;
    }
    if (command.name === 'stop-commands' && /^[A-Za-z0-9]{16,}$/.test(command.message) && !/pwned/i.test(command.message)) {
      resumeToken = command.message;
      continue;
    }
    if (!own.has(command.name)) {
      problems.push(`command '${command.name}' the tool never issues: ${shown}`);
      continue;
    }
    const texts = [command.message, ...Object.values(command.properties)];
    if (texts.some(looksLikeCommand)) problems.push(`'${command.name}' whose decoded text holds a command: ${shown}`);
    if (texts.some(startsWithRemoteMarker)) problems.push(`'${command.name}' issued with remote text: ${shown}`);
    if (texts.some((t) => t.includes('\x1b'))) problems.push(`'${command.name}' whose decoded text holds ESC: ${shown}`);
  }
  if (resumeToken !== null) problems.push('stop-commands block never resumed');
  return problems;
}

/**
 * What a run let out that it must not: the token in any output, log or summary, or a workflow
 * command a peer could drive (see commandInjections). Empty when clean.
 */
export function leaks(r: ActionRun): string[] {
  const shown = { stdout: r.stdout, stderr: r.stderr, summary: r.summary, outputs: JSON.stringify(r.outputs) };
  const token = Object.entries(shown).flatMap(([where, text]) => (text.includes(r.token) ? [`the token in ${where}`] : []));
  return [...token, ...commandInjections(r.stdout)];
}
