import { defineRule } from '../rule.js';

export const meta = defineRule({
  id: 'waiver-expired',
  defaultSeverity: 'warning',
  scope: 'policy',
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
