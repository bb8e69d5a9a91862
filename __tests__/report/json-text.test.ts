// The JSON the tool writes (report, SARIF, plan), read as the runner reads a step's stdout: no
// line may be a workflow command or carry a `##[` log marker, whatever the strings hold, and a
// JSON parser must get the very same data back.
import fc from 'fast-check';
import { canonicalReport, jsonText, reportJsonChunks, reportToJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/report/types.js';
import { commandInjections } from '../action/runner.js';
import { seedPropertiesForRepeatableRuns } from '../support/fast-check-seed.js';
import { certificateFacts } from '../support/certificate-facts.js';
import { endpoint, finding, HOSTILE, plaintext, report, tls } from './fixtures.js';

seedPropertiesForRepeatableRuns();

const MARKERS = ['##[error]pwned', '###[warning]pwned', '##vso[task.setvariable]pwned', '\\##[error]pwned', '#', '##', 'a\u2028::error::pwned', 'b\u0085::error::pwned', '::error::pwned'];

/** Lines of `text` the runner would act on, or that hold a log marker anywhere. */
function runnerProblems(text: string): string[] {
  return [...commandInjections(text, new Set()), ...text.split('\n').filter((line) => line.includes('##') || line.trimStart().startsWith('::'))];
}

function hostileReport(): Report {
  const text = [HOSTILE, ...MARKERS].join(' ');
  return report(
    [endpoint({ plaintext: plaintext({ greeting: text, capabilities: MARKERS }), tls: tls({ certificate: certificateFacts({ subject: `CN=${text}`, san: MARKERS }) }) })],
    [finding({ message: text, evidence: text, host: 'mx.example.com' })],
  );
}

test('the check can fail: plain JSON.stringify of the same report puts a marker on a line', () => {
  expect(runnerProblems(JSON.stringify(hostileReport(), null, 2)).length).toBeGreaterThan(0);
});

test('a hostile report, as JSON and as SARIF: no marker on any line, the same data when parsed', () => {
  const r = hostileReport();
  const json = reportToJson(r);
  expect(runnerProblems(json)).toEqual([]);
  expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(r)));
  const sarif = toSarif(r, { policyUri: r.policy });
  const sarifText = jsonText(sarif);
  expect(runnerProblems(sarifText)).toEqual([]);
  expect(JSON.parse(sarifText)).toEqual(JSON.parse(JSON.stringify(sarif)));
  expect(sarifText).toContain('\\u0023#[error]pwned');
});

test('any strings, keys included: never a marker line, always the same data back', () => {
  const piece = fc.oneof(fc.constantFrom('#', '##', '[', ':', '::', '\\', '"', '\n', '\r', '\u2028', '\u0085', 'vso['), fc.string({ unit: 'binary' }));
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const value = fc.dictionary(text, fc.oneof(text, fc.array(text, { maxLength: 4 })), { maxKeys: 4 });
  fc.assert(
    fc.property(value, (v) => {
      const out = jsonText(v);
      expect(runnerProblems(out)).toEqual([]);
      expect(JSON.parse(out)).toEqual(v);
    }),
  );
});

test('written in pieces, endpoint by endpoint, the report is the very bytes of the whole written at once', () => {
  const piece = fc.oneof(fc.constantFrom('#', '##', '#[error]', '\n', '\u2028', '\u0085', '"endpoints": []', '\n  "endpoints": []'), fc.string({ unit: 'binary' }));
  const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  const endpoints = fc.array(
    fc.record({ host: text, port: fc.integer({ min: 1, max: 65535 }), greeting: text }).map(({ host, port, greeting }) => endpoint({ host, port, plaintext: plaintext({ greeting }) })),
    { maxLength: 5 },
  );
  fc.assert(
    fc.property(endpoints, text, (list, message) => {
      const r = report(list, [finding({ message, evidence: message, host: 'mx.example.com' })]);
      const chunks = [...reportJsonChunks(r)];
      expect(chunks.length).toBe(list.length === 0 ? 1 : list.length + 2);
      expect(chunks.join('')).toBe(jsonText(canonicalReport(r)));
      expect(reportToJson(r)).toBe(jsonText(canonicalReport(r)));
    }),
  );
});
