// A peer's text in the Markdown we hand to GitHub (job summary, tracking issue) must not mention
// anyone, reference any issue or become a link: read the way GitHub reads it, entities decoded
// first, then its mention and reference patterns.
import fc from 'fast-check';
import { issueBody, passComment } from '../../src/report/issue.js';
import { visibleText } from '../../src/report/neutralise.js';
import { escapeMarkdown, summaryMarkdown } from '../../src/report/summary.js';
import { seedPropertiesForRepeatableRuns } from '../support/fast-check-seed.js';
import { decodeCharacterReferences, liveReferences } from '../support/github-references.js';
import { certificateFacts } from '../support/certificate-facts.js';
import { endpoint, finding, plaintext, report, tls } from './fixtures.js';

seedPropertiesForRepeatableRuns();

/** Every reference form GitHub documents, and entity spellings that decode into them. */
const REFERENCES =
  'AUTH PLAIN @octocat @org/team #1 GH-2 gh-3 owner/repo#4 octocat@a5c3785ed8d6a35868bc169f07e40e889087fd2e ' +
  'https://github.com/owner/repo/issues/5 www.github.com/owner/repo/pull/6 &#64;octocat &commat;x &#35;7 (@paren) x:@y';

const hostileReport = () =>
  report(
    [
      endpoint({
        host: 'mx.example.com',
        port: 25,
        service: 'smtp',
        plaintext: plaintext({ greeting: `220 ${REFERENCES}`, capabilities: [REFERENCES] }),
        tls: tls({ certificate: certificateFacts({ subject: `CN=${REFERENCES}`, san: [REFERENCES] }) }),
      }),
    ],
    [
      finding({ rule: 'plaintext-auth-offered', severity: 'error', host: 'mx.example.com', port: 25, service: 'smtp', message: `offers ${REFERENCES}`, evidence: REFERENCES }),
      finding({ rule: 'certificate-name-mismatch', severity: 'error', host: REFERENCES, message: `subject CN=${REFERENCES}`, evidence: `Location: ${REFERENCES}` }),
      finding({ waived: true, waiverReason: REFERENCES, message: REFERENCES }),
    ],
  );

test('the patterns catch every form when the text is not escaped (the check can fail)', () => {
  const kinds = new Set(liveReferences(REFERENCES).map((r) => r.split(':')[0]));
  expect([...kinds].sort()).toEqual(['GH- reference', 'URL', 'issue reference', 'mention']);
  // The old escaping, entities only, is still live once GitHub decodes them.
  expect(liveReferences('&#64;octocat &#35;1 GH-2 https&#58;//x www&#46;x').length).toBe(5);
});

test('escapeMarkdown leaves no live mention, reference or URL, and reads the same once rendered', () => {
  const escaped = escapeMarkdown(REFERENCES, 1000);
  expect(liveReferences(escaped)).toEqual([]);
  // What a reader sees is the peer's text with invisible breaks: nothing dropped, nothing added.
  expect(decodeCharacterReferences(escaped).replace(/\u200b/g, '')).toBe(REFERENCES);
});

test('the job summary quotes hostile capabilities, subjects, host names and Locations with nothing live', () => {
  const md = summaryMarkdown(hostileReport());
  expect(md).toContain('octocat');
  expect(liveReferences(md)).toEqual([]);
});

test('the tracking issue body and the closing comment have nothing live', () => {
  const r = hostileReport();
  const links = { runUrl: 'https://github.com/owner/repo/actions/runs/42', policyUrl: `https://github.com/owner/repo/blob/${'a'.repeat(40)}/p.yml` };
  const { body } = issueBody(r, null, links);
  expect(body).toContain('octocat');
  expect(liveReferences(body)).toEqual([]);
  expect(liveReferences(passComment(r, links))).toEqual([]);
});

test('any text made of reference pieces: nothing live once escaped, and the same text once rendered', () => {
  const piece = fc.oneof(
    fc.constantFrom('@', '#', 'GH-', 'gh-', 'www.', 'https://', ':', '/', '&', '&#64;', '&commat;', '&#x23;', ';', '1', 'octocat', ' ', '\u200b'),
    fc.string({ maxLength: 4 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }).map((parts) => parts.join('')), (text) => {
      const escaped = escapeMarkdown(text, 1000);
      expect(liveReferences(escaped)).toEqual([]);
      expect(decodeCharacterReferences(escaped).replace(/\u200b/g, '')).toBe(visibleText(text, 1000).replace(/\u200b/g, ''));
    }),
  );
});
