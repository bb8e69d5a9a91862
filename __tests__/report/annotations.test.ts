import { annotationsFor, ANNOTATIONS_PER_LEVEL, LINES_PER_ANNOTATION } from '../../src/report/annotations.js';
import { RULES } from '../../src/rules/registry.js';
import { ruleDocsUrl } from '../../src/rules/links.js';
import { finding, HOSTILE, POLICY, report } from './fixtures.js';

type Rule = Parameters<typeof ruleDocsUrl>[0];
/** The rule as annotations name it: the title from the rule metadata, then the id. */
const named = (rule: Rule): string => `${RULES[rule].title} (${rule})`;
const howTo = (rule: Rule): string => `How to fix ${named(rule)}: ${ruleDocsUrl(rule)}`;

const at = (line: number, column = 7) => ({ file: POLICY, line, column });

describe('annotationsFor', () => {
  test('groups unwaived findings per policy line and severity, most severe first, then by line', () => {
    const annotations = annotationsFor(
      report(
        [],
        [
          finding({ rule: 'certificate-expiring', severity: 'warning', location: at(5) }),
          finding({ rule: 'certificate-untrusted', severity: 'error', location: at(9, 11), message: 'The chain does not reach a trusted root.' }),
          finding({ rule: 'certificate-name-mismatch', severity: 'error', location: at(9, 5), port: 995, service: 'pop3s', message: 'No SAN matches.' }),
          finding({ rule: 'certificate-untrusted', severity: 'error', location: at(9, 11), port: 995, service: 'pop3s', message: 'The chain does not reach a trusted root.' }),
          finding({ rule: 'starttls-not-offered', severity: 'error', location: at(3), port: 143, service: 'imap', message: 'STARTTLS is not advertised.' }),
          finding({ rule: 'tls-version-legacy', severity: 'error', location: at(3), waived: true, waiverReason: 'x' }),
        ],
      ),
    );
    expect(annotations).toEqual([
      {
        level: 'error',
        file: POLICY,
        line: 3,
        column: 7,
        title: named('starttls-not-offered'),
        message: ['mail.example.com:143 imap — STARTTLS is not advertised.', howTo('starttls-not-offered')].join('\n'),
      },
      {
        level: 'error',
        file: POLICY,
        line: 9,
        column: 5,
        title: `${named('certificate-name-mismatch')}; ${named('certificate-untrusted')}`,
        message: [
          'mail.example.com:993 imaps — The chain does not reach a trusted root.',
          'mail.example.com:995 pop3s — No SAN matches.',
          'mail.example.com:995 pop3s — The chain does not reach a trusted root.',
          howTo('certificate-name-mismatch'),
          howTo('certificate-untrusted'),
        ].join('\n'),
      },
      {
        level: 'warning',
        file: POLICY,
        line: 5,
        column: 7,
        title: named('certificate-expiring'),
        message: ['mail.example.com:993 imaps — The certificate expires in 10 days.', howTo('certificate-expiring')].join('\n'),
      },
    ]);
  });

  test('says once how many addresses showed the same finding', () => {
    const [a] = annotationsFor(
      report(
        [],
        ['192.0.2.1', '192.0.2.2', '2001:db8::1'].map((address) => finding({ address })),
      ),
    );
    expect(a!.message).toBe(`mail.example.com:993 imaps — The certificate expires in 10 days. (on 3 addresses)\n${howTo('certificate-expiring')}`);
  });

  test('names a domain-wide finding by its domain alone', () => {
    const [a] = annotationsFor(
      report([], [finding({ rule: 'mta-sts-missing', severity: 'error', host: 'example.com', address: null, port: null, service: null, message: 'No MTA-STS policy.' })]),
    );
    expect(a!.message).toBe(`example.com — No MTA-STS policy.\n${howTo('mta-sts-missing')}`);
  });

  test('titles and fix lines take the rule titles from the rule metadata', () => {
    const [a] = annotationsFor(report([], [finding({ rule: 'plaintext-auth-offered', severity: 'error', port: 587, service: 'submission', message: 'AUTH PLAIN before TLS.' })]));
    expect(RULES['plaintext-auth-offered'].title).toBe('Authentication offered before TLS');
    expect(a!.title).toBe(`${RULES['plaintext-auth-offered'].title} (plaintext-auth-offered)`);
    expect(a!.message.split('\n').at(-1)).toBe(`How to fix ${RULES['plaintext-auth-offered'].title} (plaintext-auth-offered): ${ruleDocsUrl('plaintext-auth-offered')}`);
  });

  test('gives nothing for a clean or fully waived run', () => {
    expect(annotationsFor(report([], []))).toEqual([]);
    expect(annotationsFor(report([], [finding({ waived: true, waiverReason: 'ok' })]))).toEqual([]);
  });

  test('rolls lines beyond the tenth of a level into one annotation that counts them', () => {
    const errors = Array.from({ length: 13 }, (_, i) =>
      finding({ rule: 'certificate-expired', severity: 'error', location: at(10 + i), port: 1000 + i }),
    );
    // Two findings on the last line: the roll-up counts findings as well as lines.
    errors.push(finding({ rule: 'certificate-weak', severity: 'error', location: at(22), port: 1012 }));
    const warnings = [finding({ severity: 'warning', location: at(40) })];
    const annotations = annotationsFor(report([], [...errors, ...warnings]));

    const ofError = annotations.filter((a) => a.level === 'error');
    expect(ofError).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(ofError.slice(0, 9).map((a) => a.line)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(ofError[9]).toEqual({
      level: 'error',
      file: POLICY,
      line: 19,
      column: 7,
      title: '4 more policy lines with errors',
      message: [
        '5 more errors on 4 policy lines are not annotated (GitHub shows at most 10 errors per step). The job summary lists every finding.',
        `Lines: ${POLICY}:19, ${POLICY}:20, ${POLICY}:21, ${POLICY}:22`,
        'Rules: certificate-expired, certificate-weak',
      ].join('\n'),
    });
    expect(annotations.filter((a) => a.level === 'warning').map((a) => a.line)).toEqual([40]);
    expect(annotations.at(-1)!.level).toBe('warning');
  });

  test('exactly ten lines of a level need no roll-up', () => {
    const errors = Array.from({ length: 10 }, (_, i) => finding({ severity: 'error', location: at(i + 1) }));
    const annotations = annotationsFor(report([], errors));
    expect(annotations.map((a) => a.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(annotations.every((a) => a.title === named('certificate-expiring'))).toBe(true);
  });

  test('caps the lines of one annotation and points at the summary for the rest', () => {
    const many = Array.from({ length: 40 }, (_, i) => finding({ host: `mx${String(i).padStart(2, '0')}.example.com` }));
    const [a] = annotationsFor(report([], many));
    const lines = a!.message.split('\n');
    // The findings' lines are capped; the link to the rule's page always follows them.
    expect(lines).toHaveLength(LINES_PER_ANNOTATION + 1);
    expect(lines[0]).toBe('mx00.example.com:993 imaps — The certificate expires in 10 days.');
    expect(lines.at(-2)).toBe(`… and ${40 - (LINES_PER_ANNOTATION - 1)} more on this line: the job summary lists every finding.`);
    expect(lines.at(-1)).toBe(howTo('certificate-expiring'));
  });

  test('hostile remote text never reaches an annotation intact', () => {
    const [a] = annotationsFor(report([], [finding({ message: `greeting was ${HOSTILE}`, evidence: HOSTILE })]));
    const lines = a!.message.split('\n');
    expect(lines).toEqual([expect.any(String), howTo('certificate-expiring')]);
    expect(a!.message).not.toMatch(/::|##\[|%0A|\r|\x1b|\u2028|\u0085/i);
    expect(a!.message).toContain(': :error: :x');
    expect(lines[0]!.length).toBeLessThanOrEqual(300);
  });
});
