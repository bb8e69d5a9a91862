// Loopback servers that speak just enough SMTP, IMAP, POP3 and HTTP to be judged, with hostile
// text in every place a finding quotes: greetings, capability lists, the Location header and the
// certificate's subject and subjectAltName. Used to prove that no peer can issue workflow commands
// (or repaint the log) through what the tool prints.
import { webcrypto } from 'node:crypto';
import net from 'node:net';
import tls from 'node:tls';
import type { Pem } from '../../src/demo/certificates.js';
import { closeDestroyingAll, listenOnLoopback } from '../../src/demo/loopback.js';

/**
 * What a hostile peer would send. Each carries the marker `pwned` (or `x` for the commands that
 * take no message), so the assertions can tell remote text from the tool's own words.
 */
export const PAYLOADS: readonly string[] = [
  '::error::pwned',
  '##[error]pwned',
  '%0A::warning::pwned',
  '\r\n::error::pwned',
  '::add-mask::x',
  '::stop-commands::x',
  '\x1b[31mpwned\x1b[0m',
  'u2028\u2028::error::pwned',
  'u0085\u0085::error::pwned',
  '<b>pwned</b>',
];

/**
 * Mentions and references in every form GitHub links (users, teams, issues in this and other
 * repositories, GH-n, commits, issue URLs): plaintext a peer before TLS, or anyone on the path,
 * can put in a capability line, to have the tracking issue notify people or cross-reference
 * issues.
 */
export const REFERENCES = 'AUTH PLAIN @octocat @org/team #1 GH-2 owner/repo#3 octocat@a5c3785ed8d6a35868bc169f07e40e889087fd2e https://github.com/owner/repo/issues/4 www.github.com/owner/repo/pull/5';

/**
 * A policy a fork's pull request could propose: values and keys that would be workflow commands
 * or log markers if quoted verbatim in a problem message. Each carries `pwned`.
 */
export const HOSTILE_POLICY = `version: 1
hosts:
  - host: "mail ::error::pwned %0A::warning::pwned ##[error]pwned"
    require: [imaps]
  - host: mail.example.com
    require: ["##[error]pwned", "::error::pwned"]
    "##[warning]pwned": 1
  - host: "::add-mask::pwned"
    require: [imaps]
    timeout: "##[error]pwned"
`;

/** The payloads that fit on one protocol line (no CR/LF, no other C0 control). */
export const LINE_PAYLOADS = PAYLOADS.filter((p) => !/[\x00-\x1f]/.test(p));

export interface Scripted {
  port: number;
  readonly accepted: number;
  close(): Promise<void>;
}

/** A TCP (or TLS, with `pem`) server on 127.0.0.1 whose sessions `serve` scripts. */
export async function startScripted(serve: (socket: net.Socket) => void, pem?: Pem): Promise<Scripted> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const handler = (socket: net.Socket) => {
    socket.on('error', () => socket.destroy());
    serve(socket);
  };
  const server: net.Server = pem
    ? tls.createServer({ cert: pem.cert, key: pem.key }, handler)
    : net.createServer(handler);
  server.on('connection', (socket: net.Socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  server.on('tlsClientError', (_err: Error, socket: net.Socket) => socket.destroy());
  const { port } = await listenOnLoopback(server);
  return {
    port,
    get accepted() {
      return accepted;
    },
    close: () => closeDestroyingAll(server, sockets),
  };
}

/**
 * Text as bytes on the wire: Latin-1 when every character fits in a byte (so U+0085 goes out as
 * the single byte 0x85, as a hostile server would send it), UTF-8 otherwise (U+2028).
 */
export function wire(text: string): Buffer {
  return Buffer.from(text, /^[\x00-\xff]*$/.test(text) ? 'latin1' : 'utf8');
}

/** Calls `answer` once per received line (CR stripped); writes whatever it returns (see `wire`). */
function lineByLine(socket: net.Socket, answer: (line: string) => string | null | 'close'): void {
  let pending = '';
  socket.on('data', (chunk: Buffer) => {
    pending += chunk.toString('latin1');
    for (let lf = pending.indexOf('\n'); lf !== -1; lf = pending.indexOf('\n')) {
      const line = pending.slice(0, lf).replace(/\r$/, '');
      pending = pending.slice(lf + 1);
      const reply = answer(line);
      if (reply === 'close') {
        socket.end();
        return;
      }
      if (reply !== null) socket.write(wire(reply));
    }
  });
}

/** SMTP whose greeting is `greeting` (raw bytes) and whose EHLO lists `capabilities`; no STARTTLS. */
export function smtpSession(greeting: string, capabilities: readonly string[]) {
  return (socket: net.Socket): void => {
    socket.write(wire(greeting));
    lineByLine(socket, (line) => {
      const verb = line.split(' ', 1)[0]!.toUpperCase();
      if (verb === 'EHLO') {
        const all = ['fixture.test', ...capabilities];
        return all.map((c, i) => `250${i === all.length - 1 ? ' ' : '-'}${c}\r\n`).join('');
      }
      if (verb === 'QUIT') return 'close';
      return '500 5.5.2 unknown\r\n';
    });
  };
}

/** IMAP without STARTTLS whose capability list carries `capabilities`. */
export function imapSession(capabilities: readonly string[]) {
  const caps = ['IMAP4rev1', ...capabilities, 'LOGINDISABLED'].join(' ');
  return (socket: net.Socket): void => {
    socket.write(wire(`* OK [CAPABILITY ${caps}] ready\r\n`));
    lineByLine(socket, (line) => {
      const [tag = '*', verb = ''] = line.split(' ');
      if (verb.toUpperCase() === 'CAPABILITY') return `* CAPABILITY ${caps}\r\n${tag} OK done\r\n`;
      if (verb.toUpperCase() === 'LOGOUT') return 'close';
      return `${tag} BAD unknown\r\n`;
    });
  };
}

/** POP3 without STLS whose CAPA reply lists `capabilities`. */
export function pop3Session(capabilities: readonly string[]) {
  return (socket: net.Socket): void => {
    socket.write('+OK ready\r\n');
    lineByLine(socket, (line) => {
      const verb = line.split(' ', 1)[0]!.toUpperCase();
      if (verb === 'CAPA') return ['+OK list follows', 'TOP', ...capabilities, 'UIDL', '.'].map((c) => `${c}\r\n`).join('');
      if (verb === 'QUIT') return 'close';
      return '-ERR unknown\r\n';
    });
  };
}

/** HTTP answering every request with a 301 to `location` (written raw, whatever it holds). */
export function httpRedirect(location: string) {
  return (socket: net.Socket): void => {
    lineByLine(socket, (line) =>
      line === ''
        ? `HTTP/1.1 301 Moved Permanently\r\nLocation: ${location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`
        : null,
    );
  };
}

/** A self-signed certificate whose subject CN and subjectAltName DNS names are `cn` and `sans`. */
export async function hostileCertificate(cn: string, sans: readonly string[]): Promise<Pem> {
  await import('reflect-metadata');
  const x509 = await import('@peculiar/x509');
  x509.cryptoProvider.set(webcrypto as never);
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
  const keys = (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const name = new x509.Name([{ CN: [{ utf8String: cn }] }]);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name,
    notBefore: new Date(Date.now() - 3_600_000),
    notAfter: new Date(Date.now() + 30 * 86_400_000),
    keys,
    signingAlgorithm: alg,
    extensions: [new x509.SubjectAlternativeNameExtension(sans.map((value) => ({ type: 'dns' as const, value })))],
  });
  const der = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { cert: cert.toString('pem') + '\n', key: x509.PemConverter.encode(der, 'PRIVATE KEY') + '\n' };
}

/**
 * A leaf for `sans` issued by a CA whose subject CN is `caCn`: the chain a server sends (leaf,
 * then CA) and the CA's certificate alone, for a DANE-TA record that makes the CA's subject a
 * thing the outputs quote.
 */
export async function hostileIssuedChain(caCn: string, sans: readonly string[]): Promise<{ pem: Pem; ca: string }> {
  await import('reflect-metadata');
  const x509 = await import('@peculiar/x509');
  x509.cryptoProvider.set(webcrypto as never);
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
  const generate = async () => (await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const [caKeys, leafKeys] = await Promise.all([generate(), generate()]);
  const notBefore = new Date(Date.now() - 3_600_000);
  const notAfter = new Date(Date.now() + 60 * 86_400_000);
  const caName = new x509.Name([{ CN: [{ utf8String: caCn }] }]);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: caName,
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: alg,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    issuer: ca.subjectName,
    subject: new x509.Name([{ CN: [{ utf8String: sans[0] ?? 'leaf' }] }]),
    notBefore,
    notAfter,
    publicKey: leafKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: alg,
    extensions: [new x509.SubjectAlternativeNameExtension(sans.map((value) => ({ type: 'dns' as const, value })))],
  });
  const der = await webcrypto.subtle.exportKey('pkcs8', leafKeys.privateKey);
  const caPem = ca.toString('pem') + '\n';
  return { pem: { cert: leaf.toString('pem') + '\n' + caPem, key: x509.PemConverter.encode(der, 'PRIVATE KEY') + '\n' }, ca: caPem };
}
