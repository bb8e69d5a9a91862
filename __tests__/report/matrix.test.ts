import { SERVICE_NAMES, SERVICES } from '../../src/policy/services.js';
import { fleetMatrix, OTHER_COLUMN } from '../../src/report/matrix.js';
import { summaryMarkdown } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import { ruleDocsUrl } from '../../src/rules/links.js';
import { endpoint, finding, report, unreachable } from './fixtures.js';

function threeHosts() {
  return report(
    [
      endpoint({ host: 'a.example.com', port: 25, service: 'smtp' }),
      endpoint({ host: 'a.example.com' }),
      endpoint({ host: 'b.example.com' }),
      endpoint({ host: 'b.example.com', address: '192.0.2.2' }),
      unreachable({ host: 'b.example.com', port: 143, service: 'imap' }),
      endpoint({ host: 'c.example.com', port: 25, service: 'smtp' }),
    ],
    [
      // a: a warning and an error on the same cell: the error is shown, with one more.
      finding({ host: 'a.example.com', rule: 'certificate-expiring', severity: 'warning' }),
      finding({ host: 'a.example.com', rule: 'certificate-untrusted', severity: 'error' }),
      // b: everything waived on imaps; imap (forbidden, unreachable) passes.
      finding({ host: 'b.example.com', rule: 'tls-version-legacy', severity: 'error', waived: true, waiverReason: 'OPS-1' }),
      finding({ host: 'b.example.com', rule: 'waiver-expired', severity: 'warning', address: null, port: null, service: null }),
    ],
  );
}

describe('fleetMatrix', () => {
  test('a mark per cell: pass, fail with the most severe rule, waived, not asked', () => {
    const m = fleetMatrix(threeHosts());
    expect(m.columns).toEqual(['smtp', 'imap', 'imaps', OTHER_COLUMN]);
    expect(m.rows.map((r) => [r.host, r.worst])).toEqual([
      ['a.example.com', 'error'],
      ['b.example.com', 'warning'],
      ['c.example.com', null],
    ]);
    const [a, b, c] = m.rows;
    expect(a!.cells).toEqual([
      { mark: 'pass' },
      { mark: 'not-asked' },
      { mark: 'fail', severity: 'error', rule: 'certificate-untrusted', findings: 2 },
      { mark: 'not-asked' },
    ]);
    expect(b!.cells).toEqual([
      { mark: 'not-asked' },
      { mark: 'pass' },
      { mark: 'waived', rule: 'tls-version-legacy' },
      { mark: 'fail', severity: 'warning', rule: 'waiver-expired', findings: 1 },
    ]);
    expect(c!.cells).toEqual([{ mark: 'pass' }, { mark: 'not-asked' }, { mark: 'not-asked' }, { mark: 'not-asked' }]);
  });

  test('the summary opens with the matrix: hosts with findings open, the rest collapsed', () => {
    const md = summaryMarkdown(threeHosts());
    const fleet = md.indexOf('### Fleet');
    expect(fleet).toBeGreaterThan(0);
    expect(fleet).toBeLessThan(md.indexOf('### Hosts'));
    expect(md).toContain(`| <code>a.example.com</code> | ✅ | — | ❌ [certificate-untrusted](${ruleDocsUrl('certificate-untrusted')}) +1 | — |`);
    expect(md).toContain(`| <code>b.example.com</code> | — | ✅ | 💤 | ⚠️ [waiver-expired](${ruleDocsUrl('waiver-expired')}) |`);
    const details = md.slice(md.indexOf('<details>'), md.indexOf('</details>'));
    expect(details).toContain('<summary>1 host without findings</summary>');
    expect(details).toContain('| <code>c.example.com</code> | ✅ | — | — | — |');
    expect(details).not.toContain('a.example.com');
  });

  test('the text opens with a compact matrix and a legend', () => {
    const lines = formatText(threeHosts(), { color: false }).split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'Fleet: 3 hosts, 2 with findings, 1 without',
      '  HOST           smtp  imap  imaps  other',
      '  a.example.com  ok    .     E1     .',
      '  b.example.com  .     ok    wv     W2',
      '  c.example.com  ok    .     .      .',
      '  ok pass · E/W/N error/warning/notice, the most severe rule (numbered below) · wv waived · . not asked',
      `  1  certificate-untrusted  ${ruleDocsUrl('certificate-untrusted')}`,
      `  2  waiver-expired         ${ruleDocsUrl('waiver-expired')}`,
      '',
    ]);
  });

  describe('at 200 hosts', () => {
    const hosts = Array.from({ length: 200 }, (_, i) => `mx${String(i).padStart(3, '0')}.mail.example.com`);
    const big = report(
      hosts.flatMap((host) => SERVICE_NAMES.map((service) => endpoint({ host, service, port: SERVICES[service].port }))),
      hosts.flatMap((host, i) =>
        i % 10 === 0
          ? [finding({ host, rule: 'tls-version-legacy', severity: 'error', port: 993, service: 'imaps' }), finding({ host, rule: 'certificate-expiring', severity: 'warning', port: 443, service: 'https' })]
          : [],
      ),
    );

    test('the summary shows the 20 failing hosts and collapses the 180 passing ones, in bounded size', () => {
      const md = summaryMarkdown(big);
      const matrix = md.slice(md.indexOf('### Fleet'), md.indexOf('### Hosts'));
      const open = matrix.slice(0, matrix.indexOf('<details>'));
      const collapsed = matrix.slice(matrix.indexOf('<details>'), matrix.indexOf('</details>'));
      expect(open.split('\n').filter((l) => l.startsWith('| <code>'))).toHaveLength(20);
      expect(collapsed).toContain('<summary>180 hosts without findings</summary>');
      expect(collapsed.split('\n').filter((l) => l.startsWith('| <code>'))).toHaveLength(180);
      // About 100 bytes a passing host and 400 a failing one (two linked rules).
      expect(Buffer.byteLength(matrix, 'utf8')).toBeLessThan(40 * 1024);
      for (const line of matrix.split('\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThan(600);
    });

    test('the text stays one short line per host', () => {
      const text = formatText(big, { color: false });
      const matrix = text.slice(0, text.indexOf('\n\n')).split('\n');
      // Title, header, 200 hosts, legend, two rules.
      expect(matrix).toHaveLength(1 + 1 + 200 + 1 + 2);
      for (const line of matrix.slice(1, 202)) expect(line.length).toBeLessThanOrEqual(120);
      expect(matrix[2]).toBe('  mx000.mail.example.com  ok    ok          ok           ok    E1     ok    ok     ok           W2     ok');
    });

    test('a cut inside the collapsed hosts still closes the <details> block', () => {
      const md = summaryMarkdown(big, { maxBytes: 16 * 1024 });
      expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(16 * 1024);
      expect(md).toContain('<strong>Summary truncated</strong>');
      expect(md.split('<details>').length).toBe(md.split('</details>').length);
      expect(md.indexOf('</details>')).toBeLessThan(md.indexOf('<strong>Summary truncated</strong>'));
    });
  });

  test('host and service names are escaped in the summary and neutralised in the text', () => {
    const hostile = report([endpoint({ host: '::error::<b>x</b>|', service: '::warning::s|' as never })], []);
    const md = summaryMarkdown(hostile);
    const matrix = md.slice(md.indexOf('### Fleet'), md.indexOf('### Hosts'));
    expect(matrix).not.toMatch(/<b>|::/);
    expect(matrix).toContain('&#58;&#58;error&#58;&#58;&lt;b&gt;x&lt;/b&gt;&#124;');
    const text = formatText(hostile, { color: false });
    expect(text.slice(0, text.indexOf('\n\n'))).not.toMatch(/::/);
  });
});
