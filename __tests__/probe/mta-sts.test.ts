// The RFC 8461 readers (the _mta-sts TXT record, the policy file), over text alone.
import { MAX_MTA_STS_POLICY_BYTES } from '../../src/facts/vocabulary.js';
import { parseMtaStsPolicy, readMtaStsRecords } from '../../src/probe/mta-sts.js';
import { cpuTimeRatio } from '../support/cpu-time.js';

describe('the _mta-sts TXT record (RFC 8461 §3.1)', () => {
  test.each([
    [['v=STSv1; id=20240101'], '20240101', null],
    [['v=STSv1;id=abc;'], 'abc', null],
    [['v=STSv1; id=abc; ext=1'], 'abc', null],
    [['unrelated', 'v=STSv1; id=x1'], 'x1', null],
  ])('%j has id %s', (records, id, problem) => {
    expect(readMtaStsRecords(records, null)).toMatchObject({ id, problem });
  });
  test.each([
    [['v=STSv1; id=a', 'v=STSv1; id=b'], /2 v=STSv1 records/],
    [['v=STSv1;'], /no id/],
    [['v=STSv1; id=not-alnum'], /letters and digits/],
    [['v=STSv1; id=' + 'a'.repeat(33)], /letters and digits/],
    [['v=STSv1; garbage'], /not name=value/],
  ])('%j is invalid', (records, problem) => {
    const read = readMtaStsRecords(records, null);
    expect(read.id).toBeNull();
    expect(read.problem).toMatch(problem);
  });
  test('no v=STSv1 record is no record, not a bad one', () => {
    expect(readMtaStsRecords(['v=spf1 -all'], null)).toMatchObject({ id: null, problem: null });
    expect(readMtaStsRecords([], 'ENOTFOUND')).toMatchObject({ id: null, problem: null, lookupError: 'ENOTFOUND' });
  });
});

describe('the MTA-STS policy file (RFC 8461 §3.2)', () => {
  test('a valid policy, CRLF or LF', () => {
    for (const eol of ['\r\n', '\n']) {
      const text = ['version: STSv1', 'mode: enforce', 'mx: mx1.example.com', 'mx: *.example.net', 'max_age: 604800', ''].join(eol);
      expect(parseMtaStsPolicy(text)).toEqual({ version: 'STSv1', mode: 'enforce', mx: ['mx1.example.com', '*.example.net'], maxAge: 604800, problems: [] });
    }
  });
  test('mode none needs no mx; the first of a repeated key counts; unknown keys are ignored', () => {
    const p = parseMtaStsPolicy('version: STSv1\nmode: none\nmode: enforce\nmax_age: 86400\nfuture: yes\n');
    expect(p).toMatchObject({ mode: 'none', problems: [] });
  });
  test.each([
    ['mode: enforce\nmx: a.example\nmax_age: 1\n', /no version/],
    ['version: STSv2\nmode: enforce\nmx: a.example\nmax_age: 1\n', /not STSv1/],
    ['version: STSv1\nmode: strict\nmx: a.example\nmax_age: 1\n', /mode 'strict'/],
    ['version: STSv1\nmode: enforce\nmax_age: 1\n', /no mx/],
    ['version: STSv1\nmode: enforce\nmx: a.example\nmax_age: 31557601\n', /max_age/],
    ['version: STSv1\nmode: enforce\nmx: a.example\n', /no max_age/],
    ['version: STSv1\nmode: enforce\nmx: a..example\nmax_age: 1\n', /mx 'a..example'/],
    ['<html>not a policy</html>', /not key: value/],
  ])('%j is invalid', (text, problem) => {
    expect(parseMtaStsPolicy(text).problems.join('; ')).toMatch(problem);
  });
  test('trailing blanks are dropped, leading and inner ones kept', () => {
    const p = parseMtaStsPolicy('version: STSv1 \t\nmode: enforce\t\nmx: mx1.example.com  \nmax_age: 86400 \n \t \n');
    expect(p).toEqual({ version: 'STSv1', mode: 'enforce', mx: ['mx1.example.com'], maxAge: 86400, problems: [] });
  });
  test('a body of blanks ending in a letter (the worst case of a trailing-blank regex) costs about what an ordinary body does', () => {
    const size = MAX_MTA_STS_POLICY_BYTES;
    const worst = ' \t'.repeat(size / 2 - 1) + ' x';
    const ordinary = 'k'.repeat(size);
    expect(worst.length).toBe(ordinary.length);
    expect(parseMtaStsPolicy(worst).problems).toContain('line 1 is not key: value');
    expect(cpuTimeRatio(() => parseMtaStsPolicy(worst), () => parseMtaStsPolicy(ordinary))).toBeLessThan(10);
  });
});
