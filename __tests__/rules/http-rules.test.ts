import { draftEndpoint } from '../../src/rules/endpoint-drafts.js';
import { redirectProblem } from '../../src/rules/http.js';
import { endpoint, goodFacts, HOST, NOW } from './fixtures.js';

describe('redirectProblem', () => {
  test.each<[number | null, string | null, string | null]>([
    [301, `https://${HOST}/`, null],
    [302, `https://${HOST}/webmail/?a=1`, null],
    [303, `https://${HOST}`, null],
    [307, `https://${HOST.toUpperCase()}/`, null],
    [308, `https://${HOST}./`, null],
    [301, `https://${HOST}:443/`, null],
    [301, `  https://${HOST}/  `, null],
    [200, null, 'status 200 is not a redirect'],
    [304, `https://${HOST}/`, 'status 304 is not a redirect'],
    [null, null, 'no HTTP response'],
    [301, null, 'status 301 without a Location header'],
    [301, '', 'status 301 without a Location header'],
    [301, '/login', 'Location is not an absolute URL'],
    [301, '//mail.example.com/', 'Location is not an absolute URL'],
    [301, `http://${HOST}/`, 'Location uses http, not https'],
    [301, 'https://www.example.com/', 'Location points at another host (www.example.com)'],
    [301, `https://${HOST}.evil.test/`, `Location points at another host (${HOST}.evil.test)`],
    [301, `https://${HOST}@evil.test/`, 'Location points at another host (evil.test)'],
    [301, `https://${HOST}:8443/`, 'Location uses port 8443, not 443'],
  ])('%s %j → %j', (status, location, problem) => {
    expect(redirectProblem(HOST, status, location)).toBe(problem);
  });

  test('IPv6 literal hosts compare without brackets', () => {
    expect(redirectProblem('2001:db8::25', 301, 'https://[2001:db8::25]/')).toBeNull();
  });

  test('a policy host with a trailing dot matches', () => {
    expect(redirectProblem(`${HOST}.`, 301, `https://${HOST}/`)).toBeNull();
  });
});

describe('http-not-redirected', () => {
  const target = endpoint('http');

  test('a good redirect draws nothing', () => {
    expect(draftEndpoint(target, goodFacts(target), NOW)).toEqual([]);
  });

  test('a redirect to http carries status and Location as evidence', () => {
    const facts = goodFacts(target);
    facts.http = { status: 302, location: `http://${HOST}/login`, error: null };
    const drafts = draftEndpoint(target, facts, NOW);
    expect(drafts.map((draft) => draft.rule)).toEqual(['http-not-redirected']);
    expect(drafts[0]!.evidence).toBe(`status: 302; Location: http://${HOST}/login`);
    expect(drafts[0]!.message).toContain('not https');
  });

  test('a page served over HTTP is a finding', () => {
    const facts = goodFacts(target);
    facts.http = { status: 200, location: null, error: null };
    expect(draftEndpoint(target, facts, NOW).map((draft) => draft.rule)).toEqual(['http-not-redirected']);
  });

  test('garbage instead of HTTP is misbehaviour, not a missing redirect', () => {
    const facts = goodFacts(target);
    facts.error = { kind: 'misbehaving', step: 'http', message: 'not an HTTP status line' };
    facts.http = { status: null, location: null, error: 'not an HTTP status line' };
    expect(draftEndpoint(target, facts, NOW).map((draft) => draft.rule)).toEqual(['service-misbehaving']);
  });

  test('a forbidden http port that answers is only "reachable"', () => {
    const forbidden = endpoint('http', { expectation: 'forbid' });
    const facts = goodFacts(forbidden);
    facts.http = { status: 200, location: null, error: null };
    expect(draftEndpoint(forbidden, facts, NOW).map((draft) => draft.rule)).toEqual(['forbidden-service-reachable']);
  });
});
