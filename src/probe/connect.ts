// TCP connections to one planned endpoint. Every socket opened here is remembered so that the
// engine can destroy all of them on every path, and counted for the `connections` fact.
import net from 'node:net';
import { CONNECTION_BUDGET_REACHED, MAX_CONNECTIONS_PER_ENDPOINT } from '../facts/vocabulary.js';
import { ProbeFailure, failureFromSocketError, systemErrorCode } from './failure.js';

/** The cap, not the server, stopped a connection: says nothing about the server. */
export class ConnectionBudgetReached extends ProbeFailure {
  constructor() {
    super('other', 'connect', `${CONNECTION_BUDGET_REACHED}: no more than ${MAX_CONNECTIONS_PER_ENDPOINT} connections to one endpoint`);
    this.name = 'ConnectionBudgetReached';
  }
}

export class Connector {
  private readonly open = new Set<net.Socket>();
  /** TCP connections attempted so far (the report's `connections`). */
  connections = 0;
  /** TCP connections the server accepted. */
  established = 0;

  constructor(
    readonly address: string,
    readonly port: number,
    readonly timeoutMs: number,
  ) {
    // Only a literal address is ever dialled: a name here would mean a DNS look-up, and so a
    // target nobody planned.
    if (net.isIP(address) === 0) throw new ProbeFailure('other', 'connect', `not an IP address: ${address}`);
  }

  /** Opens a TCP connection, or throws a ProbeFailure (refused, timeout, unreachable, …). */
  connect(): Promise<net.Socket> {
    // A safety net, not a plan: the engine's steps stay under it (see engine.ts).
    if (this.connections >= MAX_CONNECTIONS_PER_ENDPOINT) {
      return Promise.reject(new ConnectionBudgetReached());
    }
    this.connections += 1;
    const socket = new net.Socket();
    this.open.add(socket);
    // Errors after connect are seen by whoever reads the socket (LineReader, TLS); this keeps a
    // late reset on an idle socket from becoming an uncaught 'error' event.
    socket.on('error', () => undefined);
    socket.once('close', () => this.open.delete(socket));
    return new Promise<net.Socket>((resolve, reject) => {
      // An error that arrives before this turn of the event loop ends came from the connect call
      // itself (no route, no such address family): no packet went out, so no server answered.
      let sameTurn = true;
      const turn = setImmediate(() => (sameTurn = false));
      const timer = setTimeout(() => {
        finish();
        socket.destroy();
        reject(new ProbeFailure('timeout', 'connect', `no TCP connection within ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      const onError = (err: Error) => {
        const atOnce = sameTurn;
        finish();
        socket.destroy();
        const failure = failureFromSocketError(err, 'connect');
        const code = systemErrorCode(err);
        if (code !== '') failure.error.code = code;
        // Only for "no route" errors: a refusal from loopback can also come back within the turn.
        if (atOnce && failure.error.kind === 'unreachable') failure.error.atOnce = true;
        reject(failure);
      };
      const onConnect = () => {
        finish();
        this.established += 1;
        socket.setNoDelay(true);
        resolve(socket);
      };
      const finish = () => {
        clearTimeout(timer);
        clearImmediate(turn);
        socket.off('error', onError);
        socket.off('connect', onConnect);
      };
      socket.once('error', onError);
      socket.once('connect', onConnect);
      socket.connect({ host: this.address, port: this.port });
    });
  }

  /** Destroys every socket this connector opened that is still open. */
  destroyAll(): void {
    for (const socket of this.open) socket.destroy();
    this.open.clear();
  }
}
