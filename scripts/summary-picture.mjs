// `npm run summary-picture` (as root, with Debian's chromium): two pictures of one real run of the
// action entry point (dist/index.js) against the demo's servers, rendered by headless Chromium
// (--headless --no-sandbox --disable-gpu, background networking, sync and component updates off):
//   docs/images/job-summary.png   the job summary the run wrote;
//   docs/images/annotations.png   the policy file with the annotations the run printed (its
//                                 `::error file=…,line=…,title=…::` commands, read back the way the
//                                 runner reads them) under the lines they point at, drawn the way
//                                 a pull request's diff view shows check annotations.
// It runs in its own network and mount namespaces (`unshare --net --mount`): only loopback, and
// the demo's host names in a private /etc/hosts.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { parse } from 'yaml';
import { workflowCommands } from './workflow-commands.mjs';

/** Close to how GitHub shows a job summary: its fonts, table borders and code spans. */
const SUMMARY_STYLE = `
body { margin: 0; background: #fff; }
main { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1f2328; padding: 16px 24px; max-width: 1350px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; }
h3 { font-size: 1.25em; margin: 24px 0 16px; } h4 { font-size: 1em; margin: 24px 0 16px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, "DejaVu Sans Mono", monospace; background: #eff1f3; border-radius: 6px; padding: .2em .4em; }
a { color: #0969da; text-decoration: none; } details { margin: 0 0 16px; } p { margin: 0 0 16px; }
`;

/**
 * Close to how a pull request's diff view shows check annotations: the file's lines in a bordered
 * box, and under an annotated line a card with the level's icon and colour, "Check failure on
 * line N in FILE", the check run's name, the title in bold and the message as printed.
 */
const ANNOTATIONS_STYLE = `
body { margin: 0; background: #fff; }
main { font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1f2328; padding: 16px 24px; max-width: 1350px; }
.file { border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.file-header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font: 12px/20px ui-monospace, "DejaVu Sans Mono", monospace; font-weight: 600; }
.file-header span { font: 12px/20px -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: #59636e; font-weight: 400; margin-left: 8px; }
table { border-collapse: collapse; width: 100%; font: 12px/20px ui-monospace, "DejaVu Sans Mono", monospace; }
td.num { width: 1%; min-width: 50px; padding: 0 10px; text-align: right; color: #59636e; user-select: none; vertical-align: top; }
td.code { padding: 0 10px; white-space: pre-wrap; word-break: break-all; }
tr.annotated td { background: #fff8c5; } tr.annotated td.num { background: #fae17d; }
tr.gap td { background: #ddf4ff; color: #59636e; padding: 2px 10px; }
tr.note > td { padding: 8px 10px 8px 60px; background: #fff; border-top: 1px solid #d1d9e0; border-bottom: 1px solid #d1d9e0; }
.card { border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px 12px; font: 14px/1.5 -apple-system, "Segoe UI", "DejaVu Sans", Helvetica, Arial, sans-serif; }
.card.error { border-left: 4px solid #d1242f; } .card.warning { border-left: 4px solid #9a6700; } .card.notice { border-left: 4px solid #0969da; }
.card .head { display: flex; align-items: center; gap: 8px; font-weight: 600; }
.card .head svg { flex: none; }
.card .run { color: #59636e; font-size: 12px; margin: 0 0 6px 24px; }
.card .title { font-weight: 600; margin-left: 24px; }
.card .message { margin: 2px 0 0 24px; font: 12px/18px ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
`;

/** Each level's word and icon (drawn here: a circle with a cross, a triangle with "!", a circle with "i"). */
const LEVELS = {
  error: {
    word: 'Check failure',
    icon: '<svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#d1242f"/><path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/></svg>',
  },
  warning: {
    word: 'Check warning',
    icon: '<svg width="16" height="16" viewBox="0 0 16 16"><path d="M8 1L15.5 14.5H0.5Z" fill="#9a6700" stroke="#9a6700" stroke-linejoin="round"/><path d="M8 5.6v4.2" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="12.1" r="0.95" fill="#fff"/></svg>',
  },
  notice: {
    word: 'Check notice',
    icon: '<svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="#0969da"/><path d="M8 7.2v4.6" stroke="#fff" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="4.6" r="0.95" fill="#fff"/></svg>',
  },
};

/** Lines of context kept around each annotated line, as a diff view keeps around a change. */
const CONTEXT_LINES = 2;
/** The job name the README's workflow step runs under; the check run is called after it. */
const JOB = 'mail-tls';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const IMAGES = join(ROOT, 'docs', 'images');

/** Every text on these pages came from a peer or from a file: escaped before it is markup. */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/**
 * The policy file's lines with each annotation card under the line it points at, and the lines
 * far from any annotation folded into one row, as the diff view folds unchanged lines. A page
 * taller than `maxHeight` keeps the lines (each with its cards) that fit and ends in a row that
 * names the annotated lines left out: a script in the page does it, where the layout is known.
 */
function annotationsPage(file, text, annotations, maxHeight) {
  const lines = text.replace(/\n$/, '').split(/\r?\n/);
  const byLine = new Map();
  for (const a of annotations) {
    const line = Math.min(Number(a.properties.line), lines.length);
    byLine.set(line, [...(byLine.get(line) ?? []), a]);
  }
  const shown = new Set();
  for (const line of byLine.keys()) {
    for (let n = Math.max(1, line - CONTEXT_LINES); n <= Math.min(lines.length, line + CONTEXT_LINES); n++) shown.add(n);
  }
  const card = (a, line) =>
    `<div class="card ${a.name}"><div class="head">${LEVELS[a.name].icon}${escapeHtml(`${LEVELS[a.name].word} on line ${line} in ${file}`)}</div>` +
    `<div class="run">GitHub Actions / ${JOB}</div>` +
    (a.properties.title ? `<div class="title">${escapeHtml(a.properties.title)}</div>` : '') +
    `<div class="message">${escapeHtml(a.message)}</div></div>`;
  const rows = [];
  for (let n = 1; n <= lines.length; n++) {
    if (!shown.has(n)) {
      const from = n;
      while (n < lines.length && !shown.has(n + 1)) n++;
      rows.push(`<tr class="gap"><td class="num">⋯</td><td>${from === n ? `line ${from}` : `lines ${from}–${n}`}</td></tr>`);
      continue;
    }
    const notes = byLine.get(n) ?? [];
    rows.push(`<tr${notes.length ? ` class="annotated" data-notes="${notes.length}"` : ''}><td class="num">${n}</td><td class="code">${escapeHtml(lines[n - 1]) || ' '}</td></tr>`);
    for (const a of notes) rows.push(`<tr class="note"><td colspan="2">${card(a, n)}</td></tr>`);
  }
  const count = `${annotations.length} annotation${annotations.length === 1 ? '' : 's'}`;
  const fit = `
    const rows = [...document.querySelectorAll('tr')];
    if (document.documentElement.getBoundingClientRect().height > ${maxHeight}) {
      // Room for the closing row and the page's margin; never cut between a line and its cards.
      const keep = rows.findLastIndex((row) => !row.nextElementSibling?.classList.contains('note') && row.getBoundingClientRect().bottom <= ${maxHeight} - 64) + 1;
      const left = rows.slice(keep).filter((row) => row.dataset.notes);
      const more = left.reduce((n, row) => n + Number(row.dataset.notes), 0);
      rows.slice(keep).forEach((row) => row.remove());
      const closing = document.createElement('tr');
      closing.className = 'gap';
      closing.innerHTML = '<td class="num">⋯</td><td></td>';
      closing.lastChild.textContent = more + ' more annotation' + (more === 1 ? '' : 's') + ' below, on line' + (left.length === 1 ? ' ' : 's ') + left.map((row) => row.firstChild.textContent).join(', ');
      document.querySelector('tbody').append(closing);
    }`;
  return (
    `<!doctype html><meta charset="utf-8"><style>${ANNOTATIONS_STYLE}</style><main>` +
    `<div class="file"><div class="file-header">${escapeHtml(file)}<span>${count}</span></div><table>${rows.join('')}</table></div></main>` +
    `<script>${fit}</script>`
  );
}

/** Headless Chromium with nothing running in the background (no updates, sync or first-run pages). */
function chromium(args) {
  return execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
  );
}

/**
 * A screenshot of the whole page. Chromium's --screenshot takes the window, so the page's height
 * is measured first: a script added to a copy records it, --dump-dom reads it back.
 */
function screenshot(page, output, width) {
  const measuring = `${page}.measure.html`;
  writeFileSync(measuring, `${readFileSync(page, 'utf8')}<script>document.documentElement.dataset.height = Math.ceil(document.documentElement.getBoundingClientRect().height)</script>`);
  const height = Number(/data-height="(\d+)"/.exec(chromium([`--window-size=${width},1000`, '--dump-dom', `file://${measuring}`]))?.[1]);
  if (!(height > 0)) throw new Error(`could not measure ${page}`);
  chromium([`--window-size=${width},${height}`, `--screenshot=${output}`, `file://${page}`]);
}

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
  const policy = 'demo/policy.yml';
  Object.assign(inputs, { policy, 'ca-file': 'demo/ca.pem', 'per-host': '32', token: '', summary: 'true' });
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
    GITHUB_JOB: JOB,
    RUNNER_TEMP: work,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  // The step's stdout, as the runner receives it: the workflow commands are in it.
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd: workspace, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // The demo fails on purpose: exit 1 is the run these pictures show.
    if (error.status !== 1 || typeof error.stdout !== 'string') throw error;
    stdout = error.stdout;
  }
  mkdirSync(IMAGES, { recursive: true });

  const markdown = readFileSync(summary, 'utf8');
  if (!markdown.includes('mail.bad.demo.test')) throw new Error('the action wrote no job summary');
  const summaryPage = join(work, 'summary.html');
  writeFileSync(summaryPage, `<!doctype html><meta charset="utf-8"><style>${SUMMARY_STYLE}</style><main>${marked.parse(markdown, { gfm: true })}</main>`);
  // The top of the summary: the verdict, the counts and the matrix.
  chromium(['--window-size=1400,1000', `--screenshot=${join(IMAGES, 'job-summary.png')}`, `file://${summaryPage}`]);
  process.stdout.write('wrote docs/images/job-summary.png\n');

  // The commands that name a line of the policy: what the diff view shows. The step's own failure
  // message names no file, so GitHub shows it on the check run's page only; this picture leaves it out.
  const annotations = workflowCommands(stdout).filter((c) => Object.hasOwn(LEVELS, c.name) && c.properties.file === policy && Number(c.properties.line) >= 1);
  if (annotations.length === 0) throw new Error(`the action printed no annotation on ${policy}`);
  const annotationsPageFile = join(work, 'annotations.html');
  writeFileSync(annotationsPageFile, annotationsPage(policy, readFileSync(join(workspace, policy), 'utf8'), annotations, 1400));
  screenshot(annotationsPageFile, join(IMAGES, 'annotations.png'), 1400);
  process.stdout.write(`wrote docs/images/annotations.png (the first of ${annotations.length} annotations on ${policy})\n`);
} finally {
  servers.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
