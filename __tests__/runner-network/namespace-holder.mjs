// Runs inside a fresh network and mount namespace (unshare --net --mount), started by
// namespace.ts: brings up `lo` (the namespace's only interface), loads the test's nftables rules
// into the namespace's own tables, bind-mounts the test's resolver files over /etc inside the
// private mount namespace, and opens listening sockets there (TCP servers, and UDP sockets for DNS)
// whose handles it passes to the test process over IPC. Nothing here touches the host's network or files: a namespace made by unshare
// has its own interfaces, routes and firewall, and mounts made in a private mount namespace stay in it.
import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import net from 'node:net';

function run(command, args, input) {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}: ${result.stderr.trim()}`);
  return result.stdout;
}

process.on('message', (message) => {
  try {
    if (message.setup) {
      run('ip', ['link', 'set', 'lo', 'up']);
      if (message.setup.nft) run('nft', ['-f', '-'], message.setup.nft);
      for (const [source, target] of message.setup.mounts) run('mount', ['--bind', source, target]);
      process.send({ ready: true, links: run('ip', ['-o', 'link', 'show']), routes6: run('ip', ['-6', 'route', 'show']) });
    } else if (message.listen) {
      const { id, host, port } = message.listen;
      const server = net.createServer();
      server.once('error', (err) => process.send({ failed: `listen ${host}:${port}: ${err.message}`, id }));
      // Once the handle is over there, this copy stops accepting: only the test process serves it.
      server.listen(port, host, () => process.send({ listening: id }, server, () => server.close()));
    } else if (message.bindUdp) {
      const { id, host, port } = message.bindUdp;
      const socket = dgram.createSocket('udp4');
      socket.once('error', (err) => process.send({ failed: `bind udp ${host}:${port}: ${err.message}`, id }));
      // As with a TCP server: once the handle is over there, only the test process reads it.
      socket.bind(port, host, () => process.send({ bound: id }, socket, () => socket.close()));
    }
  } catch (err) {
    process.send({ failed: err instanceof Error ? err.message : String(err), id: message.listen?.id ?? message.bindUdp?.id });
  }
});
// The test process is gone (or done): so is the namespace, with its last process.
process.on('disconnect', () => process.exit(0));
process.send({ started: process.pid });
