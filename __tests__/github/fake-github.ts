// A stand-in for the few GitHub REST endpoints the tracking issue uses, on loopback: list a
// repository's issues (with Link-header pagination), create one, update one, comment on one.
// It records every request so that tests can assert exactly what the action asked for.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../src/demo/loopback.js';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: string[];
  comments: string[];
  pull_request?: { url: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | null;
  authorization: string | undefined;
}

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  issues: FakeIssue[];
  requests: RecordedRequest[];
  /** Answer 403 to these methods (e.g. ['POST', 'PATCH'] for a read-only token). */
  forbid: Set<string>;
  /** Page size used when the client asks for more. */
  maxPerPage: number;
  open(): FakeIssue[];
  add(issue: Partial<FakeIssue> & { body: string }): FakeIssue;
  close(): Promise<void>;
}

export async function startFakeGitHub(owner = 'owner', repo = 'repo'): Promise<FakeGitHub> {
  const fake: FakeGitHub = {
    url: '',
    owner,
    repo,
    issues: [],
    requests: [],
    forbid: new Set(),
    maxPerPage: 100,
    open: () => fake.issues.filter((i) => i.state === 'open' && !i.pull_request),
    add: (issue) => {
      const full: FakeIssue = { number: fake.issues.length + 1, title: 'an issue', state: 'open', labels: [], comments: [], ...issue };
      fake.issues.push(full);
      return full;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    handle(fake, req, res).catch((err: unknown) => send(res, 500, { message: String(err) }));
  });
  const { port } = await listenOnLoopback(server);
  fake.url = `http://127.0.0.1:${port}`;
  return fake;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}

function view(fake: FakeGitHub, i: FakeIssue): Record<string, unknown> {
  return {
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason ?? null,
    labels: i.labels.map((name) => ({ name })),
    html_url: `https://github.example/${fake.owner}/${fake.repo}/issues/${i.number}`,
    ...(i.pull_request ? { pull_request: i.pull_request } : {}),
  };
}

async function handle(fake: FakeGitHub, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', fake.url);
  const body = await readBody(req);
  fake.requests.push({
    method: req.method ?? '',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    body,
    authorization: req.headers.authorization,
  });
  if (fake.forbid.has(req.method ?? '')) {
    send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    return;
  }
  const base = `/repos/${fake.owner}/${fake.repo}/issues`;
  if (req.method === 'GET' && url.pathname === base) {
    const state = url.searchParams.get('state') ?? 'open';
    const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), fake.maxPerPage);
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = fake.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .sort((a, b) => b.number - a.number);
    const items = all.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < all.length) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.href}>; rel="next"`;
    }
    send(res, 200, items.map((i) => view(fake, i)), headers);
    return;
  }
  if (req.method === 'POST' && url.pathname === base) {
    const issue = fake.add({
      title: String(body?.title ?? ''),
      body: String(body?.body ?? ''),
      labels: (body?.labels as string[] | undefined) ?? [],
    });
    send(res, 201, view(fake, issue));
    return;
  }
  const one = new RegExp(`^${base}/(\\d+)(/comments)?$`).exec(url.pathname);
  const issue = one ? fake.issues.find((i) => i.number === Number(one[1])) : undefined;
  if (one && issue === undefined) {
    send(res, 404, { message: 'Not Found' });
    return;
  }
  if (issue && req.method === 'PATCH' && !one![2]) {
    if (typeof body?.title === 'string') issue.title = body.title;
    if (typeof body?.body === 'string') issue.body = body.body;
    if (body?.state === 'open' || body?.state === 'closed') issue.state = body.state;
    if (typeof body?.state_reason === 'string') issue.state_reason = body.state_reason;
    send(res, 200, view(fake, issue));
    return;
  }
  if (issue && req.method === 'POST' && one![2]) {
    issue.comments.push(String(body?.body ?? ''));
    send(res, 201, { id: issue.comments.length, body: body?.body });
    return;
  }
  send(res, 404, { message: 'Not Found' });
}
