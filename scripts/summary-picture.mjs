// `npm run summary-picture` (as root, with Debian's chromium): docs/images/job-summary.png, the
// job summary of a real run of the action entry point (dist/index.js) against the demo's
// servers, rendered by headless Chromium. It runs in its own network and mount namespaces
// (`unshare --net --mount`): only loopback, and the demo's host names in a private /etc/hosts.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { parse } from 'yaml';

/** Close to how GitHub shows a job summary: its fonts, table borders and code spans. */
const STYLE = `
body { margin: 0; background: #fff; }
main { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1f2328; padding: 16px 24px; max-width: 1350px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; } h4 { font-size: 1em; margin: 24px 0 16px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, "DejaVu Sans Mono", monospace; background: #eff1f3; border-radius: 6px; padding: .2em .4em; }
a { color: #0969da; text-decoration: none; } details { margin: 0 0 16px; } p { margin: 0 0 16px; }
`;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(ROOT, 'docs', 'images', 'job-summary.png');

if (process.env.MAIL_TLS_GATE_IN_NAMESPACE !== '1') {
  // Start again inside fresh namespaces; nothing of the machine's network is touched.
  execFileSync('unshare', ['--net', '--mount', process.execPath, fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
    env: { ...process.env, MAIL_TLS_GATE_IN_NAMESPACE: '1' },
  });
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'mtg-summary-'));
const workspace = join(work, 'workspace');
mkdirSync(workspace, { recursive: true });
execFileSync('ip', ['link', 'set', 'lo', 'up']);
writeFileSync(join(work, 'hosts'), '127.0.0.1 localhost mail.good.demo.test mail.bad.demo.test\n');
execFileSync('mount', ['--bind', join(work, 'hosts'), '/etc/hosts']);

const servers = spawn(process.execPath, [join(ROOT, 'build', 'demo-servers', 'index.js'), 'serve', join(workspace, 'demo')], { stdio: 'inherit' });
try {
  for (let i = 0; i < 300 && !existsSync(join(workspace, 'demo', 'ready')); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(join(workspace, 'demo', 'ready'))) throw new Error('the demo servers did not start');

  // The runner's environment around the action: every input (action.yml's defaults, then ours).
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]));
  Object.assign(inputs, { policy: 'demo/policy.yml', 'ca-file': 'demo/ca.pem', 'per-host': '32', token: '', summary: 'true' });
  const summary = join(work, 'summary.md');
  writeFileSync(summary, '');
  writeFileSync(join(work, 'output'), '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'example/mail',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: work,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  try {
    execFileSync(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: workspace, env, stdio: 'ignore' });
  } catch {
    // The demo fails on purpose: exit 1 is the run this picture shows.
  }

  const markdown = readFileSync(summary, 'utf8');
  if (!markdown.includes('mail.bad.demo.test')) throw new Error('the action wrote no job summary');
  const page = join(work, 'summary.html');
  writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>${STYLE}</style><main>${marked.parse(markdown, { gfm: true })}</main>`);
  mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=1400,1000', `--screenshot=${OUTPUT}`, `file://${page}`], { stdio: 'ignore' });
  process.stdout.write(`wrote ${OUTPUT.slice(ROOT.length)}\n`);
} finally {
  servers.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
