import type { Draft, EndpointChecks } from '../draft.js';
import { DAY_MS } from '../../common/time.js';
import { certificateOf, isExpired, validityEvidence, validityOf } from '../certificate.js';
import type { Endpoint } from '../../plan/types.js';
import type { EndpointFacts } from '../../facts/endpoint.js';
import { describeEndpoint } from '../describe.js';
import { defineRule } from '../rule.js';
import { CERTIFICATE_CHAIN } from '../server-docs.js';

export const meta = defineRule({
  id: 'certificate-expiring',
  defaultSeverity: 'warning',
  scope: 'endpoint',
  fixedBy: 'mail-server',
  inconclusive: false,
  title: 'Certificate expiring soon',
  summary: 'Fewer than min-days-left days remain before the certificate expires.',
  what: "The certificate expires in fewer days than the policy's min-days-left.",
  why: 'Validity ends at notAfter (RFC 5280 §4.1.2.5); renewing well ahead leaves time to notice a failed renewal before clients start refusing the service.',
  fix: 'Renew now and find out why automatic renewal did not run; make sure the renewal hook reloads Postfix, Dovecot and nginx, since a new file on disk is not served until the daemon reloads.',
  references: ['RFC 5280 §4.1.2.5'],
  securitySeverity: '3.1',
  servers: CERTIFICATE_CHAIN,
});

function checkExpiring(endpoint: Endpoint, facts: EndpointFacts, now: Date): Draft[] {
  const certificate = certificateOf(facts);
  if (certificate === null) return [];
  const validity = validityOf(certificate);
  if (validity === null || isExpired(validity, now)) return [];
  const minDaysLeft = endpoint.settings.certificate.minDaysLeft;
  const msLeft = validity.notAfter - now.getTime();
  if (msLeft >= minDaysLeft * DAY_MS) return [];
  const daysLeft = Math.floor(msLeft / DAY_MS);
  return [
    {
      rule: 'certificate-expiring',
      setting: 'certificate.min-days-left',
      message: `${describeEndpoint(endpoint)} presents a certificate that expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'}, fewer than the policy's ${minDaysLeft}.`,
      evidence: validityEvidence(certificate),
    },
  ];
}

export const checks: EndpointChecks = { require: checkExpiring };
