// What every fixture server does alike: listen on an ephemeral loopback port, and close without
// waiting for clients that never hang up.
import type * as net from 'node:net';

export async function listenOnLoopback(server: net.Server, host = '127.0.0.1'): Promise<{ port: number; address: string }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const bound = server.address() as net.AddressInfo;
  return { port: bound.port, address: bound.address };
}

/** Stops listening and destroys every tracked connection, then resolves. */
export function closeDestroyingAll(server: net.Server, sockets: Iterable<net.Socket>): Promise<void> {
  return new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    server.close(() => resolve());
  });
}
