import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'runner-network-limited',
  defaultSeverity: 'warning',
  scope: 'run',
  fixedBy: 'no-server',
  inconclusive: true,
  title: "The runner's own network could not test this",
  summary: "The runner's own network could not test an endpoint (no route for its address family, or a port filtered on the runner's path). Without an override: notice when the same host and port were tested over another address, warning (inconclusive) when nothing of them was.",
  what: 'The runner, not the server, kept an endpoint from being tested: it has no route for the address family (every connect to an address of that family, usually IPv6, failed at once with ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL or EAFNOSUPPORT), or a filter on its path drops the port (connections to it timed out on every address of two or more hosts that answered on other ports). A notice when the same host and port were tested over another address; a warning, and the check inconclusive, when nothing of them was.',
  why: "No server should be blamed for the checker's network. GitHub-hosted runners have no IPv6 route, and many networks block outbound port 25 as RFC 5068 §3 recommends for hosts that are not mail servers; what could not be tested is neither a pass nor a violation.",
  fix: "Run the check on a self-hosted runner with IPv6 and open egress on the mail ports, or set addresses: ipv4 (the CLI's -4) to probe only what the runner can reach; a port filtered on the runner's path needs a runner on another network.",
  references: ['RFC 5068 §3', 'RFC 8314 §3'],
  securitySeverity: '1.0',
  servers: {},
});
