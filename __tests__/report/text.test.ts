import { formatText, shouldUseColor } from '../../src/report/text.js';
import { ruleDocsFolderUrl } from '../../src/rules/links.js';
import { endpoint, finding, HOSTILE, plaintext, report, tls, unreachable } from './fixtures.js';

function sampleReport() {
  return report(
    [
      endpoint(),
      endpoint({ address: '2001:db8::1' }),
      unreachable({ port: 110, service: 'pop3' }),
      endpoint({ host: 'mx.example.com', port: 25, service: 'smtp', plaintext: plaintext(), tls: tls({ mode: 'starttls', certificate: null, version: null, error: 'alert 40' }) }),
    ],
    [
      finding(),
      finding({ rule: 'tls-version-legacy', severity: 'error', waived: true, waiverReason: 'OPS-123', message: 'TLS 1.0 is accepted.' }),
      finding({ rule: 'forbidden-service-reachable', severity: 'error', port: 110, service: 'pop3', message: 'Should not be reachable.' }),
      finding({ rule: 'starttls-failed', severity: 'error', host: 'mx.example.com', port: 25, service: 'smtp', message: 'The upgrade handshake failed.', evidence: 'alert 40' }),
      finding({ rule: 'mta-sts-missing', severity: 'error', host: 'example.com', address: null, port: null, service: null, message: 'No MTA-STS policy.' }),
    ],
  );
}

describe('formatText', () => {
  test('groups endpoints per host in aligned columns, findings under each, verdict last', () => {
    expect(formatText(sampleReport(), { color: false }).split('\n')).toEqual([
      'Fleet: 3 hosts, 3 with findings, 0 without',
      '  HOST              smtp  imaps  pop3  other',
      '  example.com       .     .      .     E1',
      '  mail.example.com  .     W2     E3    .',
      '  mx.example.com    E4    .      .     .',
      '  ok pass · E/W/N error/warning/notice, the most severe rule (numbered below) · wv waived · . not asked',
      `  1  mta-sts-missing              ${ruleDocsFolderUrl()}/mta-sts-missing.md`,
      `  2  certificate-expiring         ${ruleDocsFolderUrl()}/certificate-expiring.md`,
      `  3  forbidden-service-reachable  ${ruleDocsFolderUrl()}/forbidden-service-reachable.md`,
      `  4  starttls-failed              ${ruleDocsFolderUrl()}/starttls-failed.md`,
      '',
      'example.com',
      '  error    mta-sts-missing              No MTA-STS policy.',
      '',
      'mail.example.com',
      '  SERVICE  PORT  ADDRESS      STATUS                           TLS                          CERTIFICATE',
      '  pop3     110   192.0.2.1    unreachable: refused at connect  -                            -',
      '    error    forbidden-service-reachable  Should not be reachable.',
      '  imaps    993   192.0.2.1    reachable                        TLSv1.3 (implicit)           60 days left',
      '    warning  certificate-expiring         The certificate expires in 10 days.',
      '    waived   tls-version-legacy           TLS 1.0 is accepted. (waived: OPS-123)',
      '  imaps    993   2001:db8::1  reachable                        TLSv1.3 (implicit)           60 days left',
      '',
      'mx.example.com',
      '  SERVICE  PORT  ADDRESS      STATUS                           TLS                          CERTIFICATE',
      '  smtp     25    192.0.2.1    reachable                        handshake failed (STARTTLS)  -',
      '    error    starttls-failed              The upgrade handshake failed.',
      '                                          seen: alert 40',
      '',
      'FAIL: 3 errors, 1 warning in 4 endpoints (1 waived)',
      '',
    ]);
  });

  test('says PASS with no findings, and counts notices', () => {
    expect(formatText(report([endpoint()], []), { color: false }).trimEnd().split('\n').at(-1)).toBe('PASS: no findings in 1 endpoint');
    const withNotice = report([endpoint()], [finding({ rule: 'tls13-not-supported', severity: 'notice' })]);
    expect(formatText(withNotice, { color: false }).trimEnd().split('\n').at(-1)).toBe('PASS: 1 notice in 1 endpoint');
  });

  test('shows findings on ports the probe never saw, with their place', () => {
    const text = formatText(report([], [finding({ rule: 'required-service-unreachable', severity: 'error', address: null, message: 'No address.' })]), { color: false });
    const afterMatrix = text.slice(text.indexOf('\n\n') + 2);
    expect(afterMatrix.split('\n').slice(0, 2)).toEqual(['mail.example.com', '  error    required-service-unreachable  993 imaps: No address.']);
  });

  test('colours severities, unreachable rows and the verdict only when asked', () => {
    const plain = formatText(sampleReport(), { color: false });
    expect(plain).not.toContain('\x1b');
    const all = formatText(sampleReport(), { color: true }).split('\n');
    expect(all[0]).toBe('\x1b[1mFleet: 3 hosts, 3 with findings, 0 without\x1b[0m');
    expect(all[3]).toBe('  mail.example.com  \x1b[2m.\x1b[0m     \x1b[33mW2\x1b[0m     \x1b[31mE3\x1b[0m    \x1b[2m.\x1b[0m');
    const coloured = all.slice(all.indexOf('') + 1);
    expect(coloured[0]).toBe('\x1b[1mexample.com\x1b[0m');
    expect(coloured[1]).toBe('  \x1b[31merror   \x1b[0m mta-sts-missing              No MTA-STS policy.');
    expect(coloured[5]).toBe('  \x1b[33mpop3     110   192.0.2.1    unreachable: refused at connect  -                            -\x1b[0m');
    expect(coloured[8]).toBe('    \x1b[33mwarning \x1b[0m certificate-expiring         The certificate expires in 10 days.');
    expect(coloured.at(-2)).toBe('\x1b[31mFAIL: 3 errors, 1 warning in 4 endpoints (1 waived)\x1b[0m');
    // Take the escapes away and the text is the plain one.
    expect(all.join('\n').replace(/\x1b\[\d+m/g, '')).toBe(plain);
  });

  test('hostile remote text is neutralised in every place it can appear', () => {
    const hostile = report(
      [endpoint({ host: '::error::host', service: HOSTILE })],
      [finding({ host: '::error::host', service: null, message: HOSTILE, evidence: HOSTILE, waived: true, waiverReason: HOSTILE })],
    );
    for (const color of [false, true]) {
      const text = formatText(hostile, { color });
      const withoutOurColours = text.replace(/\x1b\[\d+m/g, '');
      expect(withoutOurColours).not.toMatch(/::|##\[|%0A|\r|\x1b|\u2028|\u0085/i);
      expect(withoutOurColours).toContain(': :error: :host');
    }
  });
});

describe('shouldUseColor', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  test('follows the terminal by default', () => {
    expect(shouldUseColor(tty, {})).toBe(true);
    expect(shouldUseColor(pipe, {})).toBe(false);
    expect(shouldUseColor({}, {})).toBe(false);
  });
  test('NO_COLOR, when non-empty, wins', () => {
    expect(shouldUseColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(shouldUseColor(tty, { NO_COLOR: '' })).toBe(true);
  });
  test('FORCE_COLOR turns colour on even into a pipe, unless it says 0 or false', () => {
    expect(shouldUseColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldUseColor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(shouldUseColor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldUseColor(tty, { FORCE_COLOR: 'false' })).toBe(false);
  });
  test('a dumb terminal gets no colour', () => {
    expect(shouldUseColor(tty, { TERM: 'dumb' })).toBe(false);
  });
});
