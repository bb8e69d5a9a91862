// The cipher questions: which classes of TLS 1.0–1.2 cipher suites a server accepts, asked the
// way the version sweep asks about versions (client-hello.ts, tls.ts): one ClientHello offering
// only the suites of the classes in question, and the suite the server picks is the evidence. A
// refusal (an alert such as handshake_failure, a close, a reset) means it accepts none of them.
// No key is agreed and nothing is encrypted: the connection ends at the ServerHello, or, when a
// finite-field DHE suite was picked, at the ServerKeyExchange that carries the DH group, which
// TLS 1.2 sends before any key is derived.
//
// Cost (docs/ciphers.md, "Cost: the budget"): one question offers every class still
// open at once, and the picked suite says which classes it proves accepted; only those are
// dropped before asking again. So a version costs one connection when the server refuses every
// class, and at most one per class: at TLS 1.2 four (weak, anonymous, no forward secrecy, DHE;
// with the non-AEAD class of the intermediate and modern profiles still four, the fourth answer
// then leaving what is left untested over budget), at TLS 1.1 and 1.0 two (weak, anonymous; three
// for the DHE group where it is the newest version accepted). A server that accepts TLS 1.2 and
// 1.3 therefore costs at most four extra connections, and one or two when it is well configured.
// The first question at TLS 1.2 can also be asked on its own, ahead of the version sweep
// (`askFirstCipherQuestion`), and its answer handed back (`askCiphers`'s `first`): the engine
// decides where, since a suite picked at TLS 1.2 answers the sweep's TLS 1.2 question too.
import type { Socket } from 'node:net';
import type { CipherClass, CipherFacts, CipherVersionFacts, TlsVersionName } from '../facts/endpoint.js';
import { CONNECTION_BUDGET_REACHED, type CipherVersion, classesAt } from '../facts/vocabulary.js';
import { ServerHelloReader, clientHello } from './client-hello.js';
import { type TlsContext, askHello, sniName } from './tls.js';

type KeyExchange = 'RSA' | 'DH' | 'ECDH' | 'DHE' | 'ECDHE' | 'DH_anon' | 'ECDH_anon';

interface Suite {
  code: number;
  /** The IANA name (the TLS Cipher Suites registry). */
  name: string;
  classes: readonly CipherClass[];
}

const AEAD = /_(GCM|CCM|CCM_8|CHACHA20_POLY1305)(_|$)/;
// IDEA's 64-bit block is 3DES's weakness (Sweet32), and TLS 1.2 dropped it with DES (RFC 5246 §1.2).
const WEAK = /_WITH_(NULL|RC4|DES|3DES|IDEA|RC2|DES40)_|_EXPORT_|_MD5$/;

function keyExchangeOf(name: string): KeyExchange {
  const kx = name.slice('TLS_'.length, name.indexOf('_WITH_')).replace(/_EXPORT$/, '');
  if (kx === 'DH_anon' || kx === 'ECDH_anon' || kx === 'RSA' || kx === 'DHE' || kx === 'ECDHE') return kx;
  if (kx.startsWith('DHE_')) return 'DHE';
  if (kx.startsWith('ECDHE_')) return 'ECDHE';
  if (kx.startsWith('DH_')) return 'DH';
  if (kx.startsWith('ECDH_')) return 'ECDH';
  throw new RangeError(`unknown key exchange in ${name}`);
}

/** Its classes follow from the name: the key exchange before _WITH_, the cipher and MAC after. */
function suite(code: number, name: string): Suite {
  const kx = keyExchangeOf(name);
  const classes: CipherClass[] = [];
  if (WEAK.test(name)) classes.push('weak');
  if (kx === 'DH_anon' || kx === 'ECDH_anon') classes.push('anonymous');
  if (kx === 'RSA' || kx === 'DH' || kx === 'ECDH') classes.push('no-forward-secrecy');
  if (!AEAD.test(name)) classes.push('non-aead');
  if (kx === 'DHE') classes.push('dhe');
  return { code, name, classes };
}

/**
 * The TLS 1.0–1.2 suites the questions can offer, from the IANA registry: every suite of the
 * classes asked about that OpenSSL, GnuTLS, Schannel or an old Java stack has shipped (the ones a
 * mail server can be configured to accept), and the (EC)DHE suites with CBC for the non-AEAD
 * class. ECDHE with AEAD is in no class: it is what a good server picks, and no question offers it.
 */
const CIPHER_SUITES: readonly Suite[] = [
  // weak, RSA key transport
  suite(0x0001, 'TLS_RSA_WITH_NULL_MD5'),
  suite(0x0002, 'TLS_RSA_WITH_NULL_SHA'),
  suite(0x003b, 'TLS_RSA_WITH_NULL_SHA256'),
  suite(0x0003, 'TLS_RSA_EXPORT_WITH_RC4_40_MD5'),
  suite(0x0004, 'TLS_RSA_WITH_RC4_128_MD5'),
  suite(0x0005, 'TLS_RSA_WITH_RC4_128_SHA'),
  suite(0x0006, 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5'),
  suite(0x0008, 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA'),
  suite(0x0009, 'TLS_RSA_WITH_DES_CBC_SHA'),
  suite(0x000a, 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'),
  // weak, ephemeral key exchange
  suite(0x0011, 'TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA'),
  suite(0x0012, 'TLS_DHE_DSS_WITH_DES_CBC_SHA'),
  suite(0x0013, 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA'),
  suite(0x0014, 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA'),
  suite(0x0015, 'TLS_DHE_RSA_WITH_DES_CBC_SHA'),
  suite(0x0016, 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA'),
  suite(0xc006, 'TLS_ECDHE_ECDSA_WITH_NULL_SHA'),
  suite(0xc007, 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA'),
  suite(0xc008, 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA'),
  suite(0xc010, 'TLS_ECDHE_RSA_WITH_NULL_SHA'),
  suite(0xc011, 'TLS_ECDHE_RSA_WITH_RC4_128_SHA'),
  suite(0xc012, 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA'),
  // anonymous (aNULL)
  suite(0x0017, 'TLS_DH_anon_EXPORT_WITH_RC4_40_MD5'),
  suite(0x0018, 'TLS_DH_anon_WITH_RC4_128_MD5'),
  suite(0x0019, 'TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA'),
  suite(0x001a, 'TLS_DH_anon_WITH_DES_CBC_SHA'),
  suite(0x001b, 'TLS_DH_anon_WITH_3DES_EDE_CBC_SHA'),
  suite(0x0034, 'TLS_DH_anon_WITH_AES_128_CBC_SHA'),
  suite(0x003a, 'TLS_DH_anon_WITH_AES_256_CBC_SHA'),
  suite(0x006c, 'TLS_DH_anon_WITH_AES_128_CBC_SHA256'),
  suite(0x006d, 'TLS_DH_anon_WITH_AES_256_CBC_SHA256'),
  suite(0x00a6, 'TLS_DH_anon_WITH_AES_128_GCM_SHA256'),
  suite(0x00a7, 'TLS_DH_anon_WITH_AES_256_GCM_SHA384'),
  suite(0x0046, 'TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA'),
  suite(0x0089, 'TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA'),
  suite(0xc015, 'TLS_ECDH_anon_WITH_NULL_SHA'),
  suite(0xc016, 'TLS_ECDH_anon_WITH_RC4_128_SHA'),
  suite(0xc017, 'TLS_ECDH_anon_WITH_3DES_EDE_CBC_SHA'),
  suite(0xc018, 'TLS_ECDH_anon_WITH_AES_128_CBC_SHA'),
  suite(0xc019, 'TLS_ECDH_anon_WITH_AES_256_CBC_SHA'),
  // no forward secrecy: RSA key transport and static (EC)DH
  suite(0x009c, 'TLS_RSA_WITH_AES_128_GCM_SHA256'),
  suite(0x009d, 'TLS_RSA_WITH_AES_256_GCM_SHA384'),
  suite(0xc09c, 'TLS_RSA_WITH_AES_128_CCM'),
  suite(0xc09d, 'TLS_RSA_WITH_AES_256_CCM'),
  suite(0x002f, 'TLS_RSA_WITH_AES_128_CBC_SHA'),
  suite(0x0035, 'TLS_RSA_WITH_AES_256_CBC_SHA'),
  suite(0x003c, 'TLS_RSA_WITH_AES_128_CBC_SHA256'),
  suite(0x003d, 'TLS_RSA_WITH_AES_256_CBC_SHA256'),
  suite(0x0041, 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA'),
  suite(0x0084, 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA'),
  suite(0x0096, 'TLS_RSA_WITH_SEED_CBC_SHA'),
  suite(0x0007, 'TLS_RSA_WITH_IDEA_CBC_SHA'),
  suite(0x0030, 'TLS_DH_DSS_WITH_AES_128_CBC_SHA'),
  suite(0x0031, 'TLS_DH_RSA_WITH_AES_128_CBC_SHA'),
  suite(0x0036, 'TLS_DH_DSS_WITH_AES_256_CBC_SHA'),
  suite(0x0037, 'TLS_DH_RSA_WITH_AES_256_CBC_SHA'),
  suite(0xc004, 'TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA'),
  suite(0xc005, 'TLS_ECDH_ECDSA_WITH_AES_256_CBC_SHA'),
  suite(0xc00e, 'TLS_ECDH_RSA_WITH_AES_128_CBC_SHA'),
  suite(0xc00f, 'TLS_ECDH_RSA_WITH_AES_256_CBC_SHA'),
  suite(0xc02d, 'TLS_ECDH_ECDSA_WITH_AES_128_GCM_SHA256'),
  suite(0xc031, 'TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256'),
  // forward secret, finite-field DHE
  suite(0x009e, 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256'),
  suite(0x009f, 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384'),
  suite(0xccaa, 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256'),
  suite(0xc09e, 'TLS_DHE_RSA_WITH_AES_128_CCM'),
  suite(0xc09f, 'TLS_DHE_RSA_WITH_AES_256_CCM'),
  suite(0x00a2, 'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256'),
  suite(0x00a3, 'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384'),
  suite(0x0033, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA'),
  suite(0x0039, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA'),
  suite(0x0067, 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256'),
  suite(0x006b, 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256'),
  suite(0x0032, 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA'),
  suite(0x0038, 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA'),
  suite(0x0045, 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA'),
  suite(0x0088, 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA'),
  // forward secret, ECDHE with CBC: only the non-AEAD class offers them
  suite(0xc009, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA'),
  suite(0xc00a, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA'),
  suite(0xc023, 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256'),
  suite(0xc024, 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384'),
  suite(0xc013, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'),
  suite(0xc014, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'),
  suite(0xc027, 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256'),
  suite(0xc028, 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384'),
];

const BY_CODE = new Map(CIPHER_SUITES.map((s) => [s.code, s]));

/** The suites of the table usable at `version`: those with SHA-256/384 MACs or AEAD are TLS 1.2's (RFC 5246 §A.5). */
function usableAt(s: Suite, version: CipherVersion): boolean {
  return version === 'TLSv1.2' || !/_SHA256$|_SHA384$|_GCM_|_CCM|_CHACHA20_/.test(s.name);
}

const OFFERS = new Map<string, readonly number[]>();

/**
 * The suites of `classes` (any of them) offered at `version`. Worked out once per version and
 * class list (a few dozen at most) instead of once per question: every endpoint asks the same.
 */
function suitesOf(classes: readonly CipherClass[], version: CipherVersion): readonly number[] {
  const key = `${version}:${classes.join(',')}`;
  let offer = OFFERS.get(key);
  if (!offer) {
    offer = Object.freeze(CIPHER_SUITES.filter((s) => usableAt(s, version) && s.classes.some((c) => classes.includes(c))).map((s) => s.code));
    OFFERS.set(key, offer);
  }
  return offer;
}

/** The table's entry for a suite code, if it has one. */
function suiteByCode(code: number): Suite | undefined {
  return BY_CODE.get(code);
}

/** At most this many questions (connections) per version: one per class TLS 1.2 asks by default. */
export const CIPHER_QUESTIONS_PER_VERSION = 4;

/**
 * What to ask. `nonAead`: the endpoint's profile makes non-AEAD suites a class (intermediate,
 * modern). `judged`: the classes some rule judges on this endpoint (the entry point works them out
 * from the rules and the policy, src/rules/cipher-classes.ts, since the probe knows no rules);
 * the others are not asked and are recorded as `notAsked`. Absent: every class is asked.
 */
export interface CipherQuestionOptions {
  nonAead: boolean;
  judged?: ReadonlySet<CipherClass>;
}

/** What one question drew, as `ask` gives it: the ServerHello, a refusal (null), or no answer. */
export type CipherAnswer = Awaited<ReturnType<typeof ask>>;

/**
 * One answer read against its question: the suite picked (`picked`), a refusal of every suite
 * offered, no answer (`untested`: no connection, or none before the deadline), or a suite or
 * version that was not offered (`unoffered`: a broken peer, whose answer proves nothing).
 */
type ReadAnswer =
  | { kind: 'picked'; suite: Suite; dhBits?: number; keyExchangeUnread?: string }
  | { kind: 'refused' }
  | { kind: 'untested'; error: unknown }
  | { kind: 'unoffered'; what: string };

function readAnswer(answer: CipherAnswer, offer: readonly number[], version: CipherVersion): ReadAnswer {
  if (answer === null) return { kind: 'refused' };
  if ('untested' in answer) return { kind: 'untested', error: answer.untested };
  const chosen = suiteByCode(answer.suite);
  if (!chosen || !offer.includes(chosen.code) || answer.version !== version) {
    const what = chosen ? `the server chose ${chosen.name} at ${answer.version ?? 'an unknown version'}, which was not offered` : `the server chose suite 0x${answer.suite.toString(16).padStart(4, '0')}, which was not offered`;
    return { kind: 'unoffered', what };
  }
  return { kind: 'picked', suite: chosen, dhBits: answer.dhBits, keyExchangeUnread: answer.keyExchangeUnread };
}

/**
 * Asks the classes of `classes` at one version, narrowing after each accepted suite. `open`
 * yields a connection ready for a ClientHello (implicit TLS: a TCP connection; STARTTLS: one
 * whose upgrade was accepted); what it throws leaves the classes still open untested. `first`:
 * the first question's answer, already drawn (`askFirstCipherQuestion`): it stands for that
 * question, which then costs no connection here.
 */
async function askCipherClasses(
  open: () => Promise<Socket>,
  ctx: TlsContext,
  version: CipherVersion,
  classes: readonly CipherClass[],
  describeUntested: (error: unknown) => string,
  first?: CipherAnswer,
): Promise<CipherVersionFacts> {
  const facts: CipherVersionFacts = { picked: [], accepted: [], refused: [], untested: [] };
  let remaining = [...classes];
  for (let question = 0; remaining.length > 0; question += 1) {
    if (question >= CIPHER_QUESTIONS_PER_VERSION) {
      // Only a server that accepted a suite of every class asked so far gets here.
      leaveUntested(facts, remaining, `${CONNECTION_BUDGET_REACHED} (${CIPHER_QUESTIONS_PER_VERSION} cipher questions at ${version})`);
      break;
    }
    const offer = suitesOf(remaining, version);
    if (offer.length === 0) {
      facts.refused.push(...remaining);
      break;
    }
    const answer = readAnswer(question === 0 && first !== undefined ? first : await ask(open, ctx, version, offer), offer, version);
    if (answer.kind === 'untested') {
      leaveUntested(facts, remaining, describeUntested(answer.error));
      break;
    }
    if (answer.kind === 'refused') {
      facts.refused.push(...remaining);
      break;
    }
    if (answer.kind === 'unoffered') {
      leaveUntested(facts, remaining, answer.what);
      break;
    }
    const chosen = answer.suite;
    const proven = remaining.filter((c) => chosen.classes.includes(c));
    facts.picked.push({ suite: chosen.name, classes: chosen.classes.filter((c) => classes.includes(c)) });
    facts.accepted.push(...proven);
    remaining = remaining.filter((c) => !proven.includes(c));
    if (answer.dhBits !== undefined) facts.dhBits = answer.dhBits;
    else if (proven.includes('dhe')) {
      // The DHE class is asked for its group: a ServerKeyExchange that could not be read leaves
      // the group unknown, though the class is accepted.
      facts.untested.push('dhe');
      facts.untestedReason = `the DH group could not be read (${answer.keyExchangeUnread ?? 'no ServerKeyExchange'})`;
      facts.accepted = facts.accepted.filter((c) => c !== 'dhe');
    }
  }
  // Every way out goes through here, the untested ones too: the lists are in the order asked.
  return sortFacts(facts, classes);
}

function leaveUntested(facts: CipherVersionFacts, remaining: CipherClass[], reason: string): void {
  facts.untested.push(...remaining);
  facts.untestedReason = facts.untestedReason ? `${facts.untestedReason}; ${reason}` : reason;
}

/** Classes in the order they were asked about, whatever order the answers came in. */
function sortFacts(facts: CipherVersionFacts, classes: readonly CipherClass[]): CipherVersionFacts {
  const order = (list: CipherClass[]) => internedClasses(classes.filter((c) => list.includes(c)));
  return {
    ...facts,
    picked: facts.picked.map(internedPick),
    accepted: order(facts.accepted),
    refused: order(facts.refused),
    untested: order(facts.untested),
  };
}

// A fleet's endpoints give the same few answers, and the facts of every endpoint stay in memory
// until the run's report is written: each distinct class list and each distinct picked suite is
// kept once, frozen, and shared by every endpoint that gave it. Both sets are small and bounded
// (subsets of five classes; the suites of CIPHER_SUITES), whatever a server answers.
const CLASS_LISTS = new Map<string, CipherClass[]>();
const PICKS = new Map<string, CipherVersionFacts['picked'][number]>();

/** The shared, frozen copy of a class list. */
function internedClasses(list: readonly CipherClass[]): CipherClass[] {
  const key = list.join(',');
  let shared = CLASS_LISTS.get(key);
  if (!shared) {
    shared = Object.freeze([...list]) as CipherClass[];
    CLASS_LISTS.set(key, shared);
  }
  return shared;
}

const ANSWERS = new Map<string, CipherVersionFacts>();
/** Distinct answers kept for sharing; past this many (a fleet of odd DH groups), answers are kept as they come. */
const MAX_SHARED_ANSWERS = 1024;

/**
 * The shared, frozen copy of one version's answers, where they carry no free text (an
 * `untestedReason` says what went wrong on that endpoint, and is kept as it is).
 */
function internedAnswers(answers: CipherVersionFacts): CipherVersionFacts {
  if (answers.untestedReason !== undefined) return answers;
  const key = JSON.stringify(answers);
  const shared = ANSWERS.get(key);
  if (shared) return shared;
  if (ANSWERS.size >= MAX_SHARED_ANSWERS) return answers;
  const frozen = Object.freeze(answers);
  ANSWERS.set(key, frozen);
  return frozen;
}

function internedPick(pick: CipherVersionFacts['picked'][number]): CipherVersionFacts['picked'][number] {
  const classes = internedClasses(pick.classes);
  const key = `${pick.suite}:${classes.join(',')}`;
  let shared = PICKS.get(key);
  if (!shared) {
    shared = Object.freeze({ suite: pick.suite, classes });
    PICKS.set(key, shared);
  }
  return shared;
}

/** One question: a ClientHello offering only `suites` at `version` alone. */
async function ask(open: () => Promise<Socket>, ctx: TlsContext, version: CipherVersion, suites: readonly number[]) {
  let raw: Socket;
  try {
    raw = await open();
  } catch (err) {
    return { untested: err };
  }
  const hello = clientHello({ min: version, max: version, servername: sniName(ctx.servername), suites });
  // Read on to the ServerKeyExchange only for a finite-field DH suite: its group is what is asked.
  const reader = new ServerHelloReader((code) => {
    const s = suiteByCode(code);
    return s !== undefined && (s.classes.includes('dhe') || /^TLS_DH_anon_/.test(s.name));
  });
  return askHello(raw, ctx, hello, reader);
}

/** The classes of the questions at `version` (`classesAt`), and those of them that are asked. */
function askedAt(version: CipherVersion, newest: boolean, options: CipherQuestionOptions): { classes: CipherClass[]; asked: CipherClass[] } {
  const classes = classesAt(version, newest, options);
  const judged = options.judged;
  return { classes, asked: judged ? classes.filter((c) => judged.has(c)) : classes };
}

/**
 * The first question at TLS 1.2, asked on its own, and whether its answer shows TLS 1.2 accepted
 * (`tls12Accepted`): where the server picked one of the offered suites at TLS 1.2, that ServerHello
 * answers the sweep's TLS 1.2 question. Any other answer says nothing of TLS 1.2 (a server without
 * it refuses the suites too; no answer, turned away, a suite or version that was not offered).
 * Whichever it is, the answer is the question's if TLS 1.2 turns out accepted.
 */
export interface FirstCipherQuestion {
  /** The classes it asked: those of TLS 1.2's first question that a rule judges. */
  classes: readonly CipherClass[];
  answer: CipherAnswer;
  tls12Accepted: boolean;
}

/**
 * The first question at TLS 1.2, the newest version: the classes it asks (those `judged` keeps)
 * and the suites it offers. What `askFirstCipherQuestion` sends, and what the bench's floor with
 * the check's questions sends in its place.
 */
export function firstQuestionOffer(options: CipherQuestionOptions): { classes: CipherClass[]; suites: readonly number[] } {
  const { asked } = askedAt('TLSv1.2', true, options);
  return { classes: asked, suites: suitesOf(asked, 'TLSv1.2') };
}

/**
 * Asks the first cipher question at TLS 1.2 alone: exactly the ClientHello `askCiphers` would
 * send first at TLS 1.2, the newest version, with every judged class of it. Null, and no
 * connection, where no class is asked there. The engine asks it ahead of the version sweep where
 * its answer is likely to answer the sweep's TLS 1.2 question too, and hands it to `askCiphers`,
 * which takes it as its first answer at TLS 1.2 instead of asking again.
 */
export async function askFirstCipherQuestion(open: () => Promise<Socket>, ctx: TlsContext, options: CipherQuestionOptions): Promise<FirstCipherQuestion | null> {
  const { classes: asked, suites: offer } = firstQuestionOffer(options);
  if (asked.length === 0 || offer.length === 0) return null;
  const answer = await ask(open, ctx, 'TLSv1.2', offer);
  return { classes: asked, answer, tls12Accepted: readAnswer(answer, offer, 'TLSv1.2').kind === 'picked' };
}

/**
 * Every judged class at every accepted version of TLS 1.2 and below, newest first. `accepted` is
 * the sweep's list; versions it left untested are not asked (their classes would only be untested
 * again), and a TLS 1.3-only server is asked nothing. A class no rule judges is not asked at any
 * version, so where every cipher rule is off for the endpoint no question is asked at all, and
 * each version's facts say only what was left unasked. `first`: the first question at TLS 1.2,
 * already asked (`askFirstCipherQuestion`), whose answer is used where TLS 1.2 is asked and
 * dropped where it is not (TLS 1.2 not accepted).
 */
export async function askCiphers(
  open: () => Promise<Socket>,
  ctx: TlsContext,
  accepted: readonly TlsVersionName[],
  options: CipherQuestionOptions,
  describeUntested: (error: unknown) => string,
  first?: FirstCipherQuestion,
): Promise<CipherFacts | null> {
  const versions = (['TLSv1.2', 'TLSv1.1', 'TLSv1'] as const).filter((v) => accepted.includes(v));
  if (versions.length === 0) return null;
  const facts: CipherFacts = {};
  for (const [i, version] of versions.entries()) {
    const { classes, asked } = askedAt(version, i === 0, options);
    let answered: CipherAnswer | undefined;
    // Every answer of the first question stands for it, as any question's does when asked once:
    // one that said nothing of TLS 1.2 (no answer, turned away, a suite not offered) still leaves
    // its classes untested here, and a server or middlebox that swallows such ClientHellos is not
    // waited for twice.
    if (first && version === 'TLSv1.2') {
      // Its question must be this one, or its answer would stand for a question never asked.
      if (first.classes.join(',') !== asked.join(',')) throw new Error(`the first cipher question asked ${first.classes.join(',')}, not ${asked.join(',')}`);
      answered = first.answer;
    }
    // A version with no class left to ask costs no connection: askCipherClasses opens none.
    const answers = await askCipherClasses(open, ctx, version, asked, describeUntested, answered);
    const notAsked = classes.filter((c) => !asked.includes(c));
    facts[version] = internedAnswers(notAsked.length > 0 ? { ...answers, notAsked: internedClasses(notAsked) } : answers);
  }
  return facts;
}
