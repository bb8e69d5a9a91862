import type { Draft, EndpointChecks } from '../draft.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint } from '../describe.js';
import { failureRule } from '../probe-outcome.js';
import { redirectProblem } from '../http.js';
import { defineRule } from '../rule.js';
import { nginx } from '../server-docs.js';

export const meta = defineRule({
  id: 'http-not-redirected',
  defaultSeverity: 'error',
  scope: 'endpoint',
  fixedBy: 'web-server',
  inconclusive: false,
  title: 'HTTP not redirected to HTTPS',
  summary: 'Port 80 does not redirect to https:// on the same host.',
  what: 'Port 80 does not answer with a redirect (301, 302, 303, 307 or 308) whose Location is an absolute https:// URL on the same host and port 443.',
  why: 'Webmail over cleartext HTTP exposes logins and session cookies; a redirect to HTTPS on the same name (ideally with HSTS, RFC 6797) keeps users on the protected site.',
  fix: 'Redirect every request to HTTPS on the same name, e.g. nginx return 301 https://$host$request_uri; in the port-80 server block, or Apache Redirect permanent / https://mail.example.com/.',
  references: ['RFC 9110 §15.4', 'RFC 6797'],
  cwe: '319',
  securitySeverity: '5.4',
  servers: {
    nginx: {
      file: 'the http block',
      settings: [
        'server {',
        '    listen 80;',
        '    server_name mail.example.com;',
        '    return 301 https://$host$request_uri;',
        '}',
        'server {',
        '    listen 443 ssl;',
        '    server_name mail.example.com;',
        '    add_header Strict-Transport-Security "max-age=31536000" always;',
        '}',
      ].join('\n'),
      note: '$host is the name the browser asked for (from the request line or Host header, else server_name), so the redirect stays on the same host. Add listen [::]:80; when the host has an AAAA record. HSTS (RFC 6797) on the HTTPS server keeps browsers from trying cleartext again. With Apache: Redirect permanent / https://mail.example.com/ in the port-80 VirtualHost.',
      docs: [nginx('core', 'listen'), nginx('core', 'server_name'), nginx('rewrite', 'return'), nginx('core', 'var_host'), nginx('headers', 'add_header')],
    },
  },
});

function checkHttpRedirect(endpoint: Endpoint, facts: EndpointFacts): Draft[] {
  if (endpoint.service !== 'http' || facts.http === null) return [];
  // A dialogue that broke down is service-misbehaving; judging its redirect would say it twice.
  if (failureRule(endpoint, facts) !== null) return [];
  const { status, location } = facts.http;
  const problem = redirectProblem(endpoint.host, status, location);
  if (problem === null) return [];
  return [
    {
      rule: 'http-not-redirected',
      message: `${describeEndpoint(endpoint)} does not redirect to https://${endpoint.host}/: ${problem}.`,
      evidence: `status: ${status ?? '(none)'}; Location: ${location ?? '(none)'}${facts.http.error ? `; error: ${facts.http.error}` : ''}`,
    },
  ];
}

export const checks: EndpointChecks = { require: checkHttpRedirect };
