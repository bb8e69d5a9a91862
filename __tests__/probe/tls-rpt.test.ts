// The RFC 8460 reader (the _smtp._tls TXT record), over text alone.
import { readTlsRptRecords } from '../../src/probe/tls-rpt.js';

describe('the _smtp._tls TXT record (RFC 8460 §3)', () => {
  test.each([
    [['v=TLSRPTv1; rua=mailto:tls@example.com'], ['mailto:tls@example.com']],
    [['v=TLSRPTv1;rua=mailto:a@example.com,https://reports.example.com/tls'], ['mailto:a@example.com', 'https://reports.example.com/tls']],
  ])('%j is valid', (records, rua) => {
    expect(readTlsRptRecords(records, null)).toMatchObject({ rua, problem: null });
  });
  test.each([
    [[], 'ENODATA', /no v=TLSRPTv1 record/],
    [[], 'ETIMEOUT', /look-up failed/],
    [['v=TLSRPTv1;'], null, /no rua/],
    [['v=TLSRPTv1; rua=ftp://example.com/'], null, /neither a mailto: nor an https:/],
    [['v=TLSRPTv1; rua=mailto:nobody'], null, /neither/],
    [['v=TLSRPTv1; rua=mailto:a@example.com', 'v=TLSRPTv1; rua=mailto:b@example.com'], null, /2 v=TLSRPTv1 records/],
  ])('%j (%s) is missing or malformed', (records, error, problem) => {
    const read = readTlsRptRecords(records, error);
    expect(read.rua).toEqual([]);
    expect(read.problem).toMatch(problem);
  });
});
