import type { Policy, Waiver } from '../../policy/types.js';
import type { PolicyCheck, PolicyDraft } from '../draft.js';
import { expiredWaivers, waiverEnd } from '../waivers.js';
import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'waiver-expired',
  defaultSeverity: 'warning',
  scope: 'policy',
  fixedBy: 'no-server',
  inconclusive: false,
  title: 'Waiver expired',
  summary: "A waiver's expiry date has passed.",
  what: 'A waiver in the policy is past its expires date (a waiver holds through that day, UTC) and no longer waives anything.',
  why: 'Waivers are meant to be temporary: once expired, the waived finding counts again, and reporting the lapse at the waiver line shows where to renew or remove the exception.',
  fix: 'Fix the waived problem and delete the waiver, or, if the exception is still justified, set a new expires date and update the reason.',
  references: ['mail-tls-gate policy: waivers'],
  securitySeverity: '3.1',
  servers: {},
});

/** Each waiver past its expires day, or with a date that does not parse, at the waiver's own line. */
function checkWaivers(policy: Policy, now: Date): PolicyDraft[] {
  return expiredWaivers(policy.waivers, now).map(expiredDraft);
}

function expiredDraft(waiver: Waiver): PolicyDraft {
  const readable = !Number.isNaN(waiverEnd(waiver));
  const scope = waiver.port === null ? waiver.host : `${waiver.host} port ${waiver.port}`;
  return {
    rule: 'waiver-expired',
    host: waiver.host,
    port: waiver.port,
    message: readable
      ? `The waiver of ${waiver.rule} for ${scope} expired on ${waiver.expires} and no longer applies.`
      : `The waiver of ${waiver.rule} for ${scope} has an unreadable expires date (${waiver.expires}) and does not apply.`,
    evidence: `reason: ${waiver.reason}; expires: ${waiver.expires}`,
    location: waiver.location,
  };
}

export const checkPolicy: PolicyCheck = checkWaivers;
