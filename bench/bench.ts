// `npm run bench`: what a full check costs next to the bare minimum, measured in one run on
// loopback. It reports and never fails: the exit code is 0 unless the bench itself crashes.
//
//   (a) floor     one bare TLS handshake per endpoint (node:tls connect, handshake, destroy);
//                 every figure of (a) and (b) is the median of its passes, taken in alternation
//   (b) check     the same endpoints through the real engine (probeAll), sweep and certificate
//                 facts included; each round runs it twice: with the engine's cache of read
//                 certificates (as `check` runs) and with that cache off (every certificate read
//                 afresh). Three rounds of (a), (b), (b'), then a last (a)
//   (c) ratio     (b) / (a) wall time, for both runs of (b)
//   (a') floor with the check's questions, for reference: per endpoint the connections the check
//                 makes on these fixtures (4), each with the least code that makes it, one after
//                 another in the engine's order: (a)'s bare handshake, then the first cipher
//                 question at TLS 1.2 (asked ahead of the sweep after a TLS 1.3 session, refused
//                 here) and the version sweep's TLS 1.2 and TLS 1.0-1.1 questions as raw
//                 ClientHellos (client-hello.ts, the engine's offers), each read to the first
//                 record of the answer and hung up
//                 (bench/floor.ts, bareQuestions), in a client process of its own so that (e)
//                 stays the peak of what this process did without it (bench/questions-floor.ts).
//                 Its passes sit between (a) and (b) in every round, and after the last (a); its
//                 connections per endpoint must equal (b)'s.
//                 Ratios (a')/(a) and (b)/(a') in wall time, client and server CPU, no target; and
//                 the fixture servers' CPU per connection in (a), (a') and (b), and per connection
//                 past (a)'s one: what an extra connection costs the server
//   (d) tarpit    endpoints that accept and never speak, against ⌈n/concurrency⌉ × timeout + 1 s;
//                 and drip endpoints (an SMTP greeting sent one byte a second), same bound
//   (e) peak RSS  of this process
//   (f) connections opened per endpoint in (b), and of them the cipher questions of each endpoint
//                 that accepts TLS 1.2 and 1.3 (at most 4, docs/ciphers.md)
//   (h) mixed     the fleet of a mail host: smtp, submission, imap, pop3 and managesieve on
//                 Postfix-like servers (plaintext pipelined after STARTTLS is thrown away), https
//                 and imaps; the full check against its floor: per endpoint the dialogue up to
//                 STARTTLS (where there is one) plus one bare handshake; three rounds of floor and
//                 check, each figure the median of its passes. Beside them, for reference, (a')'s
//                 floor with the check's questions on this fleet, in the same rounds: over STARTTLS
//                 each connection goes through the dialogue up to STARTTLS, as the engine's do, and
//                 the injection test's connection is the dialogue with STARTTLS and the harmless
//                 command pipelined, then a bare handshake offering TLS 1.2 alone (which answers
//                 the TLS 1.2 question there); its ratios and the servers' CPU per connection as
//                 for (a')
//   (i) one host  the whole policy of one host through the built CLI, and sslscan beside it
//                 (bench/one-host.ts)
//   (g) cold start, (j) shards and merge: bench/cold-start.ts, bench/shards.ts; (g) and (i) run under
//                 this node and node 24 (bench/runtimes.ts)
//
// The servers run in a child process (bench/fixtures.ts) so that this process does the client's
// work only. 1,000 endpoints point round-robin at a few dozen servers: it is the client that is
// measured, and a server per endpoint would measure the machine instead.

import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import * as tls from 'node:tls';
import type { Endpoint } from '../src/plan/types.js';
import type { HostSettings } from '../src/policy/types.js';
import { SERVICES, type ServiceName } from '../src/policy/services.js';
import { setCertificateCacheSize } from '../src/probe/certificate.js';
import { CONNECTION_BUDGET_REACHED, MAX_CONNECTIONS_PER_ENDPOINT } from '../src/facts/vocabulary.js';
import { CIPHER_QUESTIONS_PER_VERSION as MODERN_CIPHER_QUESTIONS } from '../src/probe/cipher-questions.js';
import { probeAll } from '../src/probe/engine.js';
import { judgedCipherClasses } from '../src/rules/cipher-classes.js';
import type { EndpointFacts } from '../src/facts/endpoint.js';
import { bareHandshake, bareStarttls, pool } from './floor.js';
import { oneHostRows } from './one-host.js';
import { coldStartRows } from './cold-start.js';
import { runtimes } from './runtimes.js';
import { shardRows } from './shards.js';
import { median, type Row, seconds, table, within } from './rows.js';
import { type FixtureReady, type FixtureTarget, STARTTLS_SERVICES } from './fixtures.js';
import { type QuestionsFloorReply, type QuestionsFloorRequest, type QuestionsFloorSummary, combineQuestionsFloors } from './questions-floor.js';

const ENDPOINTS = 1000;
const CONCURRENCY = 32;
// Names the one fixture certificate carries; 20, so that the shards of (j) (split by host name)
// each get a fair part of the fleet.
const HOST_NAMES = 20;
const HTTPS_SERVERS = 25;
const IMAPS_SERVERS = 25;
const TARPIT_SERVERS = 8;
const TARPIT_ENDPOINTS = 64;
const DRIP_SERVERS = 8;
const DRIP_ENDPOINTS = 64;
const TARPIT_TIMEOUT_MS = 2000;
const CHECK_TIMEOUT_MS = 10_000;
const WARM_UP_ENDPOINTS = 64;
const RATIO_TARGET = 1.5;
const ROUNDS = 3;
const RSS_TARGET_MB = 150;
const MIXED_ENDPOINTS = 700;
/** Servers for each STARTTLS service (smtp, submission, imap, pop3, managesieve). */
const STARTTLS_SERVERS = 5;
// Every endpoint is on 127.0.0.1, so the per-address limit (default 2) would otherwise hold the
// whole run to two probes at once. Equal to the overall concurrency: the address never throttles.
const PER_HOST = CONCURRENCY;

// ---------------------------------------------------------------------------------------------
// Fixtures

async function startFixtures(): Promise<{ child: ChildProcess; ready: FixtureReady }> {
  const child = fork(new URL('./fixtures.js', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<FixtureReady>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the fixture process exited early (code ${code})`)));
    child.on('message', (message: unknown) => {
      const m = message as { type?: string; message?: string };
      if (m.type === 'ready') resolve(message as FixtureReady);
      else if (m.type === 'error') reject(new Error(`fixtures: ${m.message}`));
    });
    child.send({
      type: 'start',
      hostNames: HOST_NAMES,
      httpsServers: HTTPS_SERVERS,
      imapsServers: IMAPS_SERVERS,
      tarpits: TARPIT_SERVERS,
      drips: DRIP_SERVERS,
      starttlsServers: STARTTLS_SERVERS,
    });
  });
  child.removeAllListeners('exit');
  child.removeAllListeners('message');
  return { child, ready };
}

/** CPU time (ms) the fixture process has used so far. */
function serverCpuMs(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      const m = message as { type?: string; cpuMicros?: number };
      if (m.type !== 'usage') return;
      child.off('message', onMessage);
      resolve((m.cpuMicros ?? 0) / 1000);
    };
    child.on('message', onMessage);
    child.send({ type: 'usage' });
  });
}

function stopFixtures(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill(), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' });
  });
}

/** The process that runs the floor with the check's questions (bench/questions-floor.ts). */
function startQuestionsFloor(): ChildProcess {
  return fork(new URL('./questions-floor.js', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/** One request to that process, and its reply. */
function askQuestionsFloor(worker: ChildProcess, request: QuestionsFloorRequest): Promise<QuestionsFloorReply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the questions floor process exited (code ${code})`));
    worker.once('exit', onExit);
    worker.once('message', (message: unknown) => {
      worker.off('exit', onExit);
      const reply = message as QuestionsFloorReply;
      if (reply.type === 'error') reject(new Error(`questions floor: ${reply.message}`));
      else resolve(reply);
    });
    worker.send(request);
  });
}

// ---------------------------------------------------------------------------------------------
// Endpoints, as the planner would build them

function settings(timeoutMs: number): HostSettings {
  return {
    tls: { minVersion: '1.2' },
    certificate: { verify: true, minDaysLeft: 21 },
    timeoutMs,
    addresses: 'all',
  };
}

interface Target extends FixtureTarget {
  service: ServiceName;
}

function endpoints(targets: Target[], count: number, timeoutMs: number): Endpoint[] {
  const shared = settings(timeoutMs);
  return Array.from({ length: count }, (_, i) => {
    const target = targets[i % targets.length]!;
    return {
      host: target.host,
      address: target.address,
      port: target.port,
      service: target.service,
      expectation: 'require',
      // Where a planned endpoint points back into the policy; one list item per target here.
      location: { file: 'bench-policy.yml', line: 4 + (i % targets.length), column: 7 },
      settings: shared,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Measured<T> {
  ms: number;
  /** CPU time of this process (the client). */
  cpuMs: number;
  /** CPU time of the fixture process (the servers). */
  serverCpuMs: number;
  value: T;
}

async function measure<T>(child: ChildProcess, work: () => Promise<T>): Promise<Measured<T>> {
  const serverBefore = await serverCpuMs(child);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const serverAfter = await serverCpuMs(child);
  return { ms, cpuMs: (used.user + used.system) / 1000, serverCpuMs: serverAfter - serverBefore, value };
}

/**
 * A pass of the floor with the check's questions: its wall time and client CPU as that process
 * measured them around the pass, the servers' CPU as `measure` takes it.
 */
async function measureQuestionsFloor(child: ChildProcess, worker: ChildProcess, name: string): Promise<Measured<QuestionsFloorSummary>> {
  const serverBefore = await serverCpuMs(child);
  const pass = await askQuestionsFloor(worker, { type: 'pass', name, concurrency: CONCURRENCY });
  const serverAfter = await serverCpuMs(child);
  if (pass.type !== 'pass') throw new Error(`questions floor: a ${pass.type} reply where a pass belongs`);
  return { ms: pass.ms, cpuMs: pass.cpuMs, serverCpuMs: serverAfter - serverBefore, value: pass.value };
}

/** Each measure of the passes, by its own median (wall time, client CPU, server CPU). */
function medianOf<T>(passes: Measured<T>[]): Omit<Measured<T>, 'value'> {
  return {
    ms: median(passes.map((m) => m.ms)),
    cpuMs: median(passes.map((m) => m.cpuMs)),
    serverCpuMs: median(passes.map((m) => m.serverCpuMs)),
  };
}

/**
 * (a) and the floor of (h): per endpoint, the least a client must do to reach TLS there: one bare
 * handshake (implicit TLS), or the dialogue up to STARTTLS and one bare handshake.
 */
async function floor(list: Endpoint[], context: tls.SecureContext): Promise<number> {
  let ok = 0;
  await pool(list, CONCURRENCY, async (endpoint) => {
    const reached = SERVICES[endpoint.service].transport === 'starttls' ? bareStarttls(endpoint, context) : bareHandshake(endpoint, context);
    if (await reached) ok += 1;
  });
  return ok;
}

/** (b) and (d): the engine as `check` runs it; each endpoint carries its own timeout. */
function check(list: Endpoint[], ca: string): Promise<EndpointFacts[]> {
  return probeAll(list, {
    concurrency: CONCURRENCY,
    perHost: PER_HOST,
    extraCa: [ca],
    heloName: 'bench.example',
    // The cipher classes `check` asks under the bench's policy: its rules at their defaults.
    cipherClasses: (endpoint) => judgedCipherClasses(endpoint, {}),
  });
}

/**
 * A probe that saw what the fixtures are: TLS up, trusted, named, modern versions only; over
 * STARTTLS, also STARTTLS offered and the pipelined command not run inside TLS.
 */
function clean(facts: EndpointFacts): boolean {
  const t = facts.tls;
  const p = facts.plaintext;
  if (SERVICES[facts.service as ServiceName].transport === 'starttls' && (p === null || !p.starttls || p.commandInjection !== false)) return false;
  return (
    facts.error === null &&
    t !== null &&
    t.version === 'TLSv1.3' &&
    t.certificate !== null &&
    t.certificate.trusted &&
    t.certificate.nameMatch &&
    t.versionsAccepted.join(' ') === 'TLSv1.2 TLSv1.3'
  );
}

/** What the table needs of one pass of (b): counts, not the facts themselves. */
interface CheckSummary {
  endpoints: number;
  /** Endpoints whose facts are what the fixtures are (see `clean`). */
  clean: number;
  minConnections: number;
  maxConnections: number;
  /** Connections made over the pass (over all passes, once combined). */
  connections: number;
  /** Cipher questions per endpoint that accepts TLS 1.2 and 1.3 (docs/ciphers.md: at most 4); null when there is none. */
  maxCipherQuestions: number | null;
  minCipherQuestions: number | null;
  /** Connections per host name over the pass: what one operator's server sees. */
  perHost: Map<string, number>;
}

/**
 * The connections an endpoint's cipher questions took, from its facts: one per suite picked, one
 * for the refusal that closed a version's questions, one for a question left unanswered (a class
 * the connection budget left unasked took none).
 */
function cipherQuestions(f: EndpointFacts): number {
  return Object.values(f.tls?.ciphers ?? {}).reduce((n, answers) => {
    const unanswered = answers.untested.length > 0 && !(answers.untestedReason ?? '').startsWith(CONNECTION_BUDGET_REACHED) && answers.untested.some((c) => c !== 'dhe');
    return n + answers.picked.length + (answers.refused.length > 0 ? 1 : 0) + (unanswered ? 1 : 0);
  }, 0);
}

/** Endpoints that accept TLS 1.2 and 1.3 and nothing older: what the budget's "modern server" means. */
function modern(f: EndpointFacts): boolean {
  return f.tls?.versionsAccepted.join(',') === 'TLSv1.2,TLSv1.3';
}

function summarise(facts: EndpointFacts[]): CheckSummary {
  const perHost = new Map<string, number>();
  for (const f of facts) perHost.set(f.host, (perHost.get(f.host) ?? 0) + f.connections);
  const connections = facts.map((f) => f.connections);
  const questions = facts.filter(modern).map(cipherQuestions);
  return {
    endpoints: facts.length,
    clean: facts.filter(clean).length,
    minConnections: Math.min(...connections),
    maxConnections: Math.max(...connections),
    connections: connections.reduce((n, c) => n + c, 0),
    minCipherQuestions: questions.length > 0 ? Math.min(...questions) : null,
    maxCipherQuestions: questions.length > 0 ? Math.max(...questions) : null,
    perHost,
  };
}

/** The smallest or largest of the numbers that are there; null when none is. */
function extreme(pick: (...values: number[]) => number, values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? pick(...present) : null;
}

/** "min-max" of a cipher-question count, or "none" when no endpoint accepted TLS 1.2 and 1.3. */
function questionRange(min: number | null, max: number | null): string {
  return min === null || max === null ? 'none' : `${min}-${max}`;
}

/** The passes together (per-host counts are those of the first). */
function combine(passes: CheckSummary[]): CheckSummary {
  return {
    endpoints: passes.reduce((n, p) => n + p.endpoints, 0),
    clean: passes.reduce((n, p) => n + p.clean, 0),
    minConnections: Math.min(...passes.map((p) => p.minConnections)),
    maxConnections: Math.max(...passes.map((p) => p.maxConnections)),
    connections: passes.reduce((n, p) => n + p.connections, 0),
    minCipherQuestions: extreme(Math.min, passes.map((p) => p.minCipherQuestions)),
    maxCipherQuestions: extreme(Math.max, passes.map((p) => p.maxCipherQuestions)),
    perHost: passes[0]!.perHost,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

const passes = (list: Measured<unknown>[]) => list.map((m) => (m.ms / 1000).toFixed(2)).join(' / ') + ' s';
const rate = (n: number, ms: number) => `${Math.round((n * 1000) / ms)}/s`;
const cpuShare = (m: Measured<unknown>) =>
  `${Math.round(m.cpuMs)} / ${Math.round(m.serverCpuMs)} ms`;
const connectionRange = (s: { minConnections: number; maxConnections: number }) => `${s.minConnections}-${s.maxConnections}`;

/** A measured stage beside a floor with the check's questions, and its connections in one pass. */
interface Stage {
  name: string;
  measured: Measured<unknown>;
  connections: number;
}

/**
 * The rows of a floor with the check's questions, (a') and its twin in (h): its figures, whether
 * every connection got its answer and as many were made as the check made (`expected`, named by
 * `expected.of`), and, for reference, its ratios to the floor under it and the check over it and
 * the servers' CPU per connection in each, and per connection beyond the floor's.
 */
function questionsFloorRows(
  title: string,
  runs: Measured<QuestionsFloorSummary>[],
  endpoints: number,
  name: string,
  floor: Stage,
  check: Stage,
  expected: { of: string; minConnections: number; maxConnections: number },
): Row[] {
  const questions: Measured<QuestionsFloorSummary> = { ...medianOf(runs), value: combineQuestionsFloors(runs.map((m) => m.value)) };
  const mine: Stage = { name, measured: questions, connections: questions.value.connections / runs.length };
  const ratio = (over: Stage, under: Stage, what: string, of: (m: Measured<unknown>) => number): Row =>
    ({ measure: `    ratio ${over.name}/${under.name}, ${what}`, value: (of(over.measured) / of(under.measured)).toFixed(2), target: '(for reference)', verdict: '' });
  const perConnection = (s: Stage) => Math.round((s.measured.serverCpuMs * 1000) / s.connections);
  const beyondFloor = (s: Stage) => Math.round(((s.measured.serverCpuMs - floor.measured.serverCpuMs) * 1000) / (s.connections - floor.connections));
  const { answered } = questions.value;
  return [
    { measure: title, value: seconds(questions.ms), target: '', verdict: '' },
    { measure: `    passes (median of ${runs.length})`, value: passes(runs), target: '', verdict: '' },
    { measure: '    throughput', value: rate(endpoints, questions.ms), target: '', verdict: '' },
    { measure: '    CPU client / servers', value: cpuShare(questions), target: '', verdict: '' },
    { measure: '    endpoints with every connection answered', value: `${answered}/${endpoints}`, target: `${endpoints}/${endpoints}`, verdict: within(answered === endpoints) },
    {
      measure: `    connections per endpoint, as in ${expected.of}`,
      value: connectionRange(questions.value),
      target: `= ${connectionRange(expected)}`,
      verdict: within(questions.value.minConnections === expected.minConnections && questions.value.maxConnections === expected.maxConnections),
    },
    ratio(mine, floor, 'wall time', (m) => m.ms),
    ratio(check, mine, 'wall time', (m) => m.ms),
    ratio(check, mine, 'client CPU', (m) => m.cpuMs),
    ratio(check, mine, 'server CPU', (m) => m.serverCpuMs),
    { measure: `    server CPU per connection, ${floor.name} / ${mine.name} / ${check.name}`, value: `${[floor, mine, check].map(perConnection).join(' / ')} µs`, target: '', verdict: '' },
    { measure: `    server CPU per connection beyond ${floor.name}'s, ${mine.name} / ${check.name}`, value: `${beyondFloor(mine)} / ${beyondFloor(check)} µs`, target: '', verdict: '' },
  ];
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { child, ready } = await startFixtures();
  const questionsWorker = startQuestionsFloor();
  try {
    const targets: Target[] = [];
    // Interleaved, so that consecutive endpoints alternate between web and IMAP servers.
    for (let i = 0; i < Math.max(ready.https.length, ready.imaps.length); i++) {
      if (ready.https[i]) targets.push({ ...ready.https[i]!, service: 'https' });
      if (ready.imaps[i]) targets.push({ ...ready.imaps[i]!, service: 'imaps' });
    }
    const list = endpoints(targets, ENDPOINTS, CHECK_TIMEOUT_MS);
    const tarpitList = endpoints(
      ready.tarpits.map((t) => ({ ...t, service: 'imaps' as const })),
      TARPIT_ENDPOINTS,
      TARPIT_TIMEOUT_MS,
    );
    const dripList = endpoints(
      ready.drips.map((t) => ({ ...t, service: 'smtp' as const })),
      DRIP_ENDPOINTS,
      TARPIT_TIMEOUT_MS,
    );
    const context = tls.createSecureContext({ ca: [...tls.rootCertificates, ready.ca] });

    // Warm-up, not measured: code paths compiled, contexts and root stores built on both sides.
    await floor(list.slice(0, WARM_UP_ENDPOINTS), context);
    await askQuestionsFloor(questionsWorker, { type: 'fleet', name: 'tls', endpoints: list, ca: ready.ca });
    await askQuestionsFloor(questionsWorker, { type: 'pass', name: 'tls', count: WARM_UP_ENDPOINTS, concurrency: CONCURRENCY });
    await check(list.slice(0, WARM_UP_ENDPOINTS), ready.ca);

    // Three rounds of floor, check and check without the certificate cache, and a last floor, so
    // that every check sits between two floors; each figure is the median of its passes, so one
    // pass that met a busy moment of a shared machine moves neither side of the ratio.
    const floors: Measured<number>[] = [];
    const questionFloors: Measured<QuestionsFloorSummary>[] = [];
    // Each pass keeps a summary of its facts, not the facts: the peak RSS is the engine's, not
    // that of six thousand reports held for the table.
    const checks: Measured<CheckSummary>[] = [];
    const checksNoCache: Measured<CheckSummary>[] = [];
    const summarised = (m: Measured<EndpointFacts[]>): Measured<CheckSummary> => ({ ...m, value: summarise(m.value) });
    for (let round = 0; round < ROUNDS; round++) {
      floors.push(await measure(child, () => floor(list, context)));
      questionFloors.push(await measureQuestionsFloor(child, questionsWorker, 'tls'));
      checks.push(summarised(await measure(child, () => check(list, ready.ca))));
      setCertificateCacheSize(0);
      checksNoCache.push(summarised(await measure(child, () => check(list, ready.ca))));
      setCertificateCacheSize();
    }
    floors.push(await measure(child, () => floor(list, context)));
    questionFloors.push(await measureQuestionsFloor(child, questionsWorker, 'tls'));
    const a: Measured<number> = { ...medianOf(floors), value: Math.min(...floors.map((m) => m.value)) };
    const b: Measured<CheckSummary> = { ...medianOf(checks), value: combine(checks.map((m) => m.value)) };
    const bNoCache: Measured<CheckSummary> = { ...medianOf(checksNoCache), value: combine(checksNoCache.map((m) => m.value)) };
    // (h): the mixed fleet (STARTTLS and implicit TLS, as on a mail host), floor and check
    // alternating, then a last floor.
    const mixedTargets: Target[] = [];
    for (let i = 0; i < STARTTLS_SERVERS; i++) {
      for (const service of STARTTLS_SERVICES) {
        const target = ready.starttls[service][i];
        if (target) mixedTargets.push({ ...target, service });
      }
      if (ready.https[i]) mixedTargets.push({ ...ready.https[i]!, service: 'https' });
      if (ready.imaps[i]) mixedTargets.push({ ...ready.imaps[i]!, service: 'imaps' });
    }
    const mixedList = endpoints(mixedTargets, MIXED_ENDPOINTS, CHECK_TIMEOUT_MS);
    await floor(mixedList.slice(0, WARM_UP_ENDPOINTS), context);
    await askQuestionsFloor(questionsWorker, { type: 'fleet', name: 'mixed', endpoints: mixedList, ca: ready.ca });
    await askQuestionsFloor(questionsWorker, { type: 'pass', name: 'mixed', count: WARM_UP_ENDPOINTS, concurrency: CONCURRENCY });
    await check(mixedList.slice(0, WARM_UP_ENDPOINTS), ready.ca);
    const mixedFloors: Measured<number>[] = [];
    const mixedQuestionFloors: Measured<QuestionsFloorSummary>[] = [];
    const mixedChecks: Measured<CheckSummary>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      mixedFloors.push(await measure(child, () => floor(mixedList, context)));
      mixedQuestionFloors.push(await measureQuestionsFloor(child, questionsWorker, 'mixed'));
      mixedChecks.push(summarised(await measure(child, () => check(mixedList, ready.ca))));
    }
    mixedFloors.push(await measure(child, () => floor(mixedList, context)));
    mixedQuestionFloors.push(await measureQuestionsFloor(child, questionsWorker, 'mixed'));
    const hFloor: Measured<number> = { ...medianOf(mixedFloors), value: Math.min(...mixedFloors.map((m) => m.value)) };
    const hCheck: Measured<CheckSummary> = { ...medianOf(mixedChecks), value: combine(mixedChecks.map((m) => m.value)) };
    // Done with the floor with the check's questions: nothing after (h) needs it.
    questionsWorker.kill();
    const starttlsCount = mixedList.filter((e) => SERVICES[e.service].transport === 'starttls').length;

    const d = await measure(child, () => check(tarpitList, ready.ca));
    const drip = await measure(child, () => check(dripList, ready.ca));
    const maxRssMb = process.resourceUsage().maxRSS / 1024;

    const ratio = b.ms / a.ms;
    const cpuRatio = b.cpuMs / a.cpuMs;
    const ratioNoCache = bNoCache.ms / a.ms;
    const cpuRatioNoCache = bNoCache.cpuMs / a.cpuMs;
    const cleanNoCache = bNoCache.value.clean;
    // Connections per host name over one pass of (b): what one operator's server sees.
    const perHost = b.value.perHost;
    const hostConnections = [...perHost.values()];
    const minConn = Math.min(b.value.minConnections, bNoCache.value.minConnections);
    const maxConn = Math.max(b.value.maxConnections, bNoCache.value.maxConnections);
    const cleanCount = b.value.clean;
    const bound = Math.ceil(TARPIT_ENDPOINTS / CONCURRENCY) * TARPIT_TIMEOUT_MS + 1000;
    const tarpitConn = d.value.map((f) => f.connections);
    const tarpitSlowest = Math.max(...d.value.map((f) => f.durationMs));
    const dripBound = Math.ceil(DRIP_ENDPOINTS / CONCURRENCY) * TARPIT_TIMEOUT_MS + 1000;
    const dripConn = drip.value.map((f) => f.connections);
    // A greeting that never completes within the deadline is given up at the greeting step (as a
    // timeout, or as misbehaving when bytes did arrive but never a whole line).
    const dripTimedOut = drip.value.filter((f) => f.error?.step === 'greeting' && (f.error.kind === 'timeout' || f.error.kind === 'misbehaving')).length;

    const rows: Row[] = [
      { measure: '(a) floor: bare handshakes', value: seconds(a.ms), target: '', verdict: '' },
      { measure: `    passes (median of ${floors.length})`, value: passes(floors), target: '', verdict: '' },
      { measure: '    throughput', value: rate(ENDPOINTS, a.ms), target: '', verdict: '' },
      { measure: '    CPU client / servers', value: cpuShare(a), target: '', verdict: '' },
      { measure: '    handshakes completed', value: `${a.value}/${ENDPOINTS}`, target: `${ENDPOINTS}/${ENDPOINTS}`, verdict: within(a.value === ENDPOINTS) },
      { measure: '(b) full check (probeAll)', value: seconds(b.ms), target: '', verdict: '' },
      { measure: `    passes (median of ${checks.length})`, value: passes(checks), target: '', verdict: '' },
      { measure: '    throughput', value: rate(ENDPOINTS, b.ms), target: '', verdict: '' },
      { measure: '    CPU client / servers', value: cpuShare(b), target: '', verdict: '' },
      { measure: '    endpoints with expected facts', value: `${cleanCount}/${b.value.endpoints}`, target: `${b.value.endpoints}/${b.value.endpoints}`, verdict: within(cleanCount === b.value.endpoints) },
      { measure: "(b') full check, certificate cache off", value: seconds(bNoCache.ms), target: '', verdict: '' },
      { measure: `    passes (median of ${checksNoCache.length})`, value: passes(checksNoCache), target: '', verdict: '' },
      { measure: '    throughput', value: rate(ENDPOINTS, bNoCache.ms), target: '', verdict: '' },
      { measure: '    CPU client / servers', value: cpuShare(bNoCache), target: '', verdict: '' },
      { measure: '    endpoints with expected facts', value: `${cleanNoCache}/${bNoCache.value.endpoints}`, target: `${bNoCache.value.endpoints}/${bNoCache.value.endpoints}`, verdict: within(cleanNoCache === bNoCache.value.endpoints) },
      { measure: '(c) ratio (b)/(a), wall time', value: ratio.toFixed(2), target: `<= ${RATIO_TARGET.toFixed(1)}`, verdict: within(ratio <= RATIO_TARGET) },
      { measure: '    ratio (b)/(a), client CPU', value: cpuRatio.toFixed(2), target: '(for reference)', verdict: '' },
      { measure: "    ratio (b')/(a), wall time", value: ratioNoCache.toFixed(2), target: `<= ${RATIO_TARGET.toFixed(1)}`, verdict: within(ratioNoCache <= RATIO_TARGET) },
      { measure: "    ratio (b')/(a), client CPU", value: cpuRatioNoCache.toFixed(2), target: '(for reference)', verdict: '' },
      ...questionsFloorRows(
        "(a') floor with the check's questions, bare: (a), then raw ClientHellos",
        questionFloors,
        ENDPOINTS,
        "(a')",
        // Connections of one pass: the floors make one per endpoint, the checks as counted.
        { name: '(a)', measured: a, connections: ENDPOINTS },
        { name: '(b)', measured: b, connections: b.value.connections / checks.length },
        { of: "(b), (b')", minConnections: minConn, maxConnections: maxConn },
      ),
      { measure: `(d) tarpit: ${TARPIT_ENDPOINTS} endpoints, ${TARPIT_TIMEOUT_MS / 1000} s timeout`, value: seconds(d.ms), target: `<= ${seconds(bound)}`, verdict: within(d.ms <= bound) },
      { measure: '    slowest tarpit endpoint', value: seconds(tarpitSlowest), target: '', verdict: '' },
      { measure: '    connections per tarpit endpoint', value: `${Math.min(...tarpitConn)}-${Math.max(...tarpitConn)}`, target: '', verdict: '' },
      { measure: `    drip: ${DRIP_ENDPOINTS} smtp endpoints, 1 byte/s`, value: seconds(drip.ms), target: `<= ${seconds(dripBound)}`, verdict: within(drip.ms <= dripBound) },
      { measure: '    drip endpoints given up at the greeting', value: `${dripTimedOut}/${DRIP_ENDPOINTS}`, target: `${DRIP_ENDPOINTS}/${DRIP_ENDPOINTS}`, verdict: within(dripTimedOut === DRIP_ENDPOINTS) },
      { measure: '    connections per drip endpoint', value: `${Math.min(...dripConn)}-${Math.max(...dripConn)}`, target: '', verdict: '' },
      { measure: '(e) peak RSS (maxRSS)', value: `${maxRssMb.toFixed(1)} MB`, target: `<= ${RSS_TARGET_MB} MB`, verdict: within(maxRssMb <= RSS_TARGET_MB) },
      { measure: "(f) connections per endpoint in (b), (b')", value: `${minConn}-${maxConn}`, target: `<= ${MAX_CONNECTIONS_PER_ENDPOINT}`, verdict: within(maxConn <= MAX_CONNECTIONS_PER_ENDPOINT) },
      { measure: '    cipher questions per TLS 1.2+1.3 endpoint in (b)', value: questionRange(b.value.minCipherQuestions, b.value.maxCipherQuestions), target: `<= ${MODERN_CIPHER_QUESTIONS}`, verdict: within((b.value.maxCipherQuestions ?? 0) <= MODERN_CIPHER_QUESTIONS) },
      { measure: `    connections per host name in (b) (${perHost.size} names)`, value: `${Math.min(...hostConnections)}-${Math.max(...hostConnections)}`, target: '', verdict: '' },
      { measure: `(h) mixed fleet floor: bare handshake, or dialogue to STARTTLS + bare handshake`, value: seconds(hFloor.ms), target: '', verdict: '' },
      { measure: `    passes (median of ${mixedFloors.length})`, value: passes(mixedFloors), target: '', verdict: '' },
      { measure: '    throughput', value: rate(MIXED_ENDPOINTS, hFloor.ms), target: '', verdict: '' },
      { measure: '    CPU client / servers', value: cpuShare(hFloor), target: '', verdict: '' },
      { measure: '    TLS sessions reached', value: `${hFloor.value}/${MIXED_ENDPOINTS}`, target: `${MIXED_ENDPOINTS}/${MIXED_ENDPOINTS}`, verdict: within(hFloor.value === MIXED_ENDPOINTS) },
      { measure: '    mixed fleet full check (probeAll)', value: seconds(hCheck.ms), target: '', verdict: '' },
      { measure: `    passes (median of ${mixedChecks.length})`, value: passes(mixedChecks), target: '', verdict: '' },
      { measure: '    throughput', value: rate(MIXED_ENDPOINTS, hCheck.ms), target: '', verdict: '' },
      { measure: '    CPU client / servers', value: cpuShare(hCheck), target: '', verdict: '' },
      { measure: '    endpoints with expected facts (injection: false)', value: `${hCheck.value.clean}/${hCheck.value.endpoints}`, target: `${hCheck.value.endpoints}/${hCheck.value.endpoints}`, verdict: within(hCheck.value.clean === hCheck.value.endpoints) },
      { measure: '    ratio check/floor, wall time', value: (hCheck.ms / hFloor.ms).toFixed(2), target: `<= ${RATIO_TARGET.toFixed(1)}`, verdict: within(hCheck.ms / hFloor.ms <= RATIO_TARGET) },
      { measure: '    ratio check/floor, client CPU', value: (hCheck.cpuMs / hFloor.cpuMs).toFixed(2), target: '(for reference)', verdict: '' },
      { measure: '    connections per endpoint', value: `${hCheck.value.minConnections}-${hCheck.value.maxConnections}`, target: `<= ${MAX_CONNECTIONS_PER_ENDPOINT}`, verdict: within(hCheck.value.maxConnections <= MAX_CONNECTIONS_PER_ENDPOINT) },
      { measure: '    cipher questions per TLS 1.2+1.3 endpoint', value: questionRange(hCheck.value.minCipherQuestions, hCheck.value.maxCipherQuestions), target: `<= ${MODERN_CIPHER_QUESTIONS}`, verdict: within((hCheck.value.maxCipherQuestions ?? 0) <= MODERN_CIPHER_QUESTIONS) },
      ...questionsFloorRows(
        "    floor with the check's questions, bare: floor, then the same connections",
        mixedQuestionFloors,
        MIXED_ENDPOINTS,
        'floor with questions',
        { name: 'floor', measured: hFloor, connections: MIXED_ENDPOINTS },
        { name: 'check', measured: hCheck, connections: hCheck.value.connections / mixedChecks.length },
        { of: 'the check', ...hCheck.value },
      ),
    ];

    console.log('mail-tls-gate bench (loopback, one run)');
    console.log(`node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${process.platform}/${process.arch}`);
    console.log(
      `${ENDPOINTS} endpoints round-robin over ${ready.https.length} https + ${ready.imaps.length} imaps servers ` +
        `named by ${HOST_NAMES} host names (one certificate, fixture CA passed as extraCa; the floor trusts node's roots and the same CA), concurrency ${CONCURRENCY}, ` +
        `perHost ${PER_HOST} (every endpoint is 127.0.0.1; the default of 2 would throttle), ` +
        `timeout ${CHECK_TIMEOUT_MS / 1000} s; servers run in a child process`,
    );
    console.log(
      `(h): ${MIXED_ENDPOINTS} endpoints (${starttlsCount} STARTTLS) round-robin over ${mixedTargets.length} servers (${STARTTLS_SERVERS} each of ${[...STARTTLS_SERVICES, 'https', 'imaps'].join(', ')}); ` +
        'the STARTTLS ones Postfix-like (plaintext pipelined after STARTTLS is thrown away); same concurrency, perHost and timeout',
    );
    console.log(
      `(g), (i): under ${runtimes().map((r) => r.label).join(' and ')}; the built entry points and their node -e "" baseline run without ` +
        `NODE_EXTRA_CA_CERTS${process.env.NODE_EXTRA_CA_CERTS ? ' (set here; GitHub runners do not set it)' : ''}`,
    );
    rows.push(...(await oneHostRows(ready)));
    rows.push(...(await coldStartRows()));
    const hostNames = [...new Set(targets.map((t) => t.host))];
    rows.push(...(await shardRows({ ca: ready.ca, hostNames, https: ready.https, imaps: ready.imaps })));
    console.log('');
    console.log(table(rows));
  } finally {
    questionsWorker.kill();
    await stopFixtures(child);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
