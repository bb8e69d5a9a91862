// GnuTLS's own test server (gnutls-serv, Debian's gnutls-bin) as a fixture: a TLS stack that is
// not OpenSSL, set up by a priority string. gnutls-serv has no option to listen on one address:
// it listens on all of them, for the few seconds of each case; the probes only ever go to
// 127.0.0.1.
import { type ChildProcess, spawn } from 'node:child_process';
import * as net from 'node:net';
import { connect } from '../probe/helpers.js';
import { findProgram } from './system-tool.js';

export const GNUTLS_SERV = findProgram('gnutls-serv');

/** A port nothing listens on, on any address (gnutls-serv takes all of them). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Does 127.0.0.1:port accept a connection yet? */
function connects(port: number): Promise<boolean> {
  return connect(port).then(
    (socket) => {
      socket.destroy();
      return true;
    },
    () => false,
  );
}

export interface GnutlsServer {
  port: number;
  stop(): Promise<void>;
}

/**
 * gnutls-serv with the certificate and key files and `priority`, once it accepts connections on
 * 127.0.0.1. `dhparams`: a PEM file of DH parameters, for DHE and anonymous DH suites.
 */
export async function gnutlsServ(files: { cert: string; key: string; dhparams?: string }, priority: string): Promise<GnutlsServer> {
  if (!GNUTLS_SERV) throw new Error('gnutls-serv is not installed: apt-get install gnutls-bin');
  const port = await freePort();
  const args = ['--echo', '-q', '-a', '-p', String(port), `--x509certfile=${files.cert}`, `--x509keyfile=${files.key}`, `--priority=${priority}`];
  if (files.dhparams) args.push(`--dhparams=${files.dhparams}`);
  const child: ChildProcess = spawn(GNUTLS_SERV, args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  const deadline = Date.now() + 10_000;
  while (!(await connects(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`gnutls-serv did not start on port ${port} with priority ${priority}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, stop };
}
