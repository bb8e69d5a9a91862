import { escapeMarkdown, summaryMarkdown } from '../../src/report/summary.js';
import { RULES } from '../../src/rules/catalog.js';
import { ruleDocsFolderUrl, ruleDocsUrl } from '../../src/rules/links.js';
import { endpoint, finding, HOSTILE, plaintext, report, tls, unreachable } from './fixtures.js';

const link = (rule: Parameters<typeof ruleDocsUrl>[0]): string => `[${rule}](${ruleDocsUrl(rule)})`;
/** A finding line names its rule by the title in the rule metadata, linked to its page, then the id. */
const titled = (rule: Parameters<typeof ruleDocsUrl>[0]): string => `[${RULES[rule].title}](${ruleDocsUrl(rule)}) (<code>${rule}</code>)`;

function sampleReport() {
  return report(
    [
      endpoint(),
      unreachable({ port: 110, service: 'pop3' }),
      endpoint({ host: 'mx.example.com', port: 25, service: 'smtp', plaintext: plaintext(), tls: tls({ mode: 'starttls', certificate: null, version: null, error: 'alert 40' }) }),
      endpoint({ host: 'clean.example.com', tls: tls({ certificate: null }) }),
    ],
    [
      finding(),
      finding({ rule: 'tls-version-legacy', severity: 'error', waived: true, waiverReason: 'OPS-123', message: 'TLS 1.0 is accepted.' }),
      finding({ rule: 'starttls-failed', severity: 'error', host: 'mx.example.com', port: 25, service: 'smtp', message: 'The upgrade failed.', evidence: 'alert 40' }),
      finding({ rule: 'mta-sts-missing', severity: 'error', host: 'example.com', address: null, port: null, service: null, message: 'No MTA-STS policy.' }),
    ],
  );
}

describe('summaryMarkdown', () => {
  test('states the verdict and counts, then one table per host, worst hosts first, then waived findings', () => {
    expect(summaryMarkdown(sampleReport()).split('\n')).toEqual([
      '## mail-tls-gate',
      '',
      '**FAIL&#58; 2 errors, 1 warning in 4 endpoints (1 waived)**',
      '',
      'Policy <code>.github/mail-tls-policy.yml</code>, checked at 2026-06-12T03&#58;00&#58;00.000Z in 1.2 s by mail-tls-gate 0.1.0.',
      '',
      '| Errors | Warnings | Notices | Waived | Endpoints | Unreachable |',
      '|---:|---:|---:|---:|---:|---:|',
      '| 2 | 1 | 0 | 1 | 4 | 1 |',
      '',
      '### Fleet',
      '',
      '4 hosts: 3 with findings, 1 without. ✅ pass · ❌ error · ⚠️ warning · ℹ️ notice, with the most severe rule (its page says how to fix it) and +N more · 💤 waived · — not asked.',
      '',
      '| Host | smtp | imaps | pop3 | other |',
      '|---|:-:|:-:|:-:|:-:|',
      `| <code>example.com</code> | — | — | — | ❌ ${link('mta-sts-missing')} |`,
      `| <code>mx.example.com</code> | ❌ ${link('starttls-failed')} | — | — | — |`,
      `| <code>mail.example.com</code> | — | ⚠️ ${link('certificate-expiring')} | ✅ | — |`,
      '',
      '<details>',
      '<summary>1 host without findings</summary>',
      '',
      '| Host | smtp | imaps | pop3 | other |',
      '|---|:-:|:-:|:-:|:-:|',
      '| <code>clean.example.com</code> | — | ✅ | — | — |',
      '',
      '</details>',
      '',
      '### Hosts',
      '',
      '#### example.com',
      '',
      '| Service | Port | Address | Status | TLS | Certificate | Findings |',
      '|---|---:|---|---|---|---|---|',
      `| — | — | — | — | — | — | <strong>error</strong> ${titled('mta-sts-missing')}: No MTA-STS policy. |`,
      '',
      '#### mx.example.com',
      '',
      '| Service | Port | Address | Status | TLS | Certificate | Findings |',
      '|---|---:|---|---|---|---|---|',
      `| smtp | 25 | 192.0.2.1 | reachable | handshake failed (STARTTLS) | — | <strong>error</strong> ${titled('starttls-failed')}: The upgrade failed. (seen: <code>alert 40</code>) |`,
      '',
      '#### mail.example.com',
      '',
      '| Service | Port | Address | Status | TLS | Certificate | Findings |',
      '|---|---:|---|---|---|---|---|',
      '| pop3 | 110 | 192.0.2.1 | <strong>unreachable&#58; refused at connect</strong> | — | — | none |',
      `| imaps | 993 | 192.0.2.1 | reachable | TLSv1.3 (implicit) | 60 days left | <strong>warning</strong> ${titled('certificate-expiring')}: The certificate expires in 10 days. |`,
      '',
      '#### clean.example.com',
      '',
      '| Service | Port | Address | Status | TLS | Certificate | Findings |',
      '|---|---:|---|---|---|---|---|',
      '| imaps | 993 | 192.0.2.1 | reachable | TLSv1.3 (implicit) | — | none |',
      '',
      '### Waived findings',
      '',
      'Listed for the record; they do not count towards the result.',
      '',
      '| Rule | Severity | Where | Address | Reason | Finding |',
      '|---|---|---|---|---|---|',
      `| ${titled('tls-version-legacy')} | error | mail.example.com&#58;993 imaps | 192.0.2.1 | OPS-123 | TLS 1.0 is accepted. |`,
      '',
    ]);
  });

  test('shows expired certificates as such', () => {
    const md = summaryMarkdown(report([endpoint({ tls: tls({ certificate: { ...tls().certificate!, daysLeft: -3 } }) })], []));
    expect(md).toContain('| imaps | 993 | 192.0.2.1 | reachable | TLSv1.3 (implicit) | expired 3 days ago | none |');
  });

  test('finding lines take the rule title from the rule metadata', () => {
    const md = summaryMarkdown(report([endpoint({})], [finding({ rule: 'certificate-untrusted', severity: 'error', message: 'Self-signed.' })]));
    expect(md).toContain(`<strong>error</strong> [${RULES['certificate-untrusted'].title}](${ruleDocsUrl('certificate-untrusted')}) (<code>certificate-untrusted</code>): Self-signed.`);
  });

  test('escapes remote and policy text so it stays inert text in one cell', () => {
    const hostile = report(
      [endpoint({ host: '<b>x</b>' })],
      [
        finding({ host: '<b>x</b>', message: HOSTILE, evidence: HOSTILE }),
        finding({ waived: true, waiverReason: '<img src=x onerror=alert(1)> @team #1 :smile: *bold* _it_ `code` ~~s~~ \\| www.evil.example' }),
      ],
    );
    // Our own links to rule pages are the only links; take them away and nothing active is left.
    const withLinks = summaryMarkdown(hostile);
    const rulePage = new RegExp(`\\[([A-Za-z0-9 .-]+)\\]\\(${ruleDocsFolderUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[a-z0-9-]+\\.md\\)`, 'g');
    const md = withLinks.replace(rulePage, '$1');
    expect(md).not.toMatch(/<(?!\/?(strong|code|br|details|summary)>)/);
    expect(md).not.toMatch(/\[link\]|\(https?:|www\.|@team|(?<!&)#1|:smile:|\*bold\*|_it_|`code`|~~s~~/);
    expect(md).not.toMatch(/[\r\x1b\u2028\u0085]/);
    // Every table row keeps the column count of its header: no stray `|` got through.
    const cellsPerRow = md
      .split('\n')
      .filter((l) => l.startsWith('|'))
      .map((l) => l.split('|').length - 2);
    // Counts table, the fleet matrix (host with findings, then host without), the host's table
    // (header, rule, one row), the waived table.
    expect(cellsPerRow).toEqual([6, 6, 6, 2, 2, 2, 2, 2, 2, 7, 7, 7, 6, 6, 6]);
    expect(md).toContain('#### &lt;b&gt;x&lt;/b&gt;');
  });

  test('escapeMarkdown turns every active character into an entity (a backslash is doubled first, as in every output)', () => {
    expect(escapeMarkdown('a|b <c> & "d" \'e\' [f](g) *h* _i_ `j` ~k~ #1 @m :n: !o \\p www.q GH-2 s://t')).toBe(
      'a&#124;b &lt;c&gt; &amp; &quot;d&quot; &#39;e&#39; &#91;f&#93;(g) &#42;h&#42; &#95;i&#95; &#96;j&#96; &#126;k&#126; &#35;&#8203;1 &#64;&#8203;m &#58;n&#58; &#33;o &#92;&#92;p www&#8203;&#46;q GH&#8203;-2 s&#58;&#8203;//t',
    );
    expect(escapeMarkdown('line\nbreak\r\x1b[1m')).toBe('line&#92;nbreak&#92;r&#92;x1b&#91;1m');
  });

  test('stays under maxBytes, cut between table rows, with a note naming what was cut', () => {
    const hosts = Array.from({ length: 40 }, (_, i) => `mx${String(i).padStart(2, '0')}.example.com`);
    const big = report(
      hosts.flatMap((host) => [endpoint({ host }), endpoint({ host, address: '192.0.2.2' })]),
      hosts.map((host, i) => finding({ host, severity: i < 5 ? 'error' : 'warning', rule: i < 5 ? 'certificate-expired' : 'certificate-expiring' })),
    );
    const full = summaryMarkdown(big);
    // Room for the fleet matrix, which comes first, and a few host tables.
    const maxBytes = Buffer.byteLength(full.slice(0, full.indexOf('### Hosts')), 'utf8') + 6000;
    const cut = summaryMarkdown(big, { maxBytes });
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(maxBytes);
    expect(full.length).toBeGreaterThan(maxBytes);

    const lines = cut.trimEnd().split('\n');
    const note = lines.at(-1)!;
    expect(note).toMatch(/^<strong>Summary truncated<\/strong> to stay under the job summary size limit: \d+ table rows cut, covering <code>mx\d\d\.example\.com<\/code>/);
    expect(note).toContain('The JSON report and the SARIF file hold every finding.');
    // What is kept is a prefix of the full summary, made of whole lines.
    const kept = lines.slice(0, -2).join('\n');
    expect(full.startsWith(kept + '\n')).toBe(true);
    // The hosts with errors came first and survived.
    for (const host of hosts.slice(0, 5)) expect(kept).toContain(`#### ${host}`);
    // The count of cut rows is right.
    const fullRows = full.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Service') && !l.startsWith('| Errors')).length;
    const keptRows = kept.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Service') && !l.startsWith('| Errors')).length;
    expect(note).toContain(`${fullRows - keptRows} table rows cut`);
  });

  test('names more than ten cut hosts by count', () => {
    const hosts = Array.from({ length: 30 }, (_, i) => `h${String(i).padStart(2, '0')}.example.com`);
    const big = report(hosts.map((host) => endpoint({ host })), []);
    const full = summaryMarkdown(big);
    const maxBytes = Buffer.byteLength(full.slice(0, full.indexOf('### Hosts')), 'utf8') + 3500;
    const note = summaryMarkdown(big, { maxBytes }).trimEnd().split('\n').at(-1)!;
    expect(note).toMatch(/covering (<code>h\d\d\.example\.com<\/code>, ){9}<code>h\d\d\.example\.com<\/code> and \d+ more\./);
  });

  test('is unchanged when it fits', () => {
    const md = summaryMarkdown(sampleReport());
    expect(summaryMarkdown(sampleReport(), { maxBytes: Buffer.byteLength(md) + 2048 })).toBe(md);
    expect(md).not.toContain('truncated');
  });
});
