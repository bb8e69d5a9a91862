// What each dialogue concludes from a capability list: the pure half of the dialogues.
import { dialogueFor } from '../../src/probe/dialogues/index.js';
import type { MailDialogue } from '../../src/probe/dialogues/index.js';

const CLIENT = { clientName: 'probe.test' };
const DIALOGUES: Record<'smtp' | 'imap' | 'pop3' | 'managesieve', MailDialogue> = {
  smtp: dialogueFor('smtp', CLIENT)!,
  imap: dialogueFor('imap', CLIENT)!,
  pop3: dialogueFor('pop3', CLIENT)!,
  managesieve: dialogueFor('managesieve', CLIENT)!,
};

test('the table gives each STARTTLS and implicit mail service its dialogue, and web services none', () => {
  expect(dialogueFor('smtp', CLIENT)?.protocol).toBe('smtp');
  expect(dialogueFor('submissions', CLIENT)?.protocol).toBe('smtp');
  expect(dialogueFor('imaps', CLIENT)?.protocol).toBe('imap');
  expect(dialogueFor('pop3', CLIENT)?.protocol).toBe('pop3');
  expect(dialogueFor('managesieve', CLIENT)?.protocol).toBe('managesieve');
  expect(dialogueFor('https', CLIENT)).toBeNull();
  expect(dialogueFor('http', CLIENT)).toBeNull();
});

test('SMTP: both AUTH spellings, mechanisms upper-cased and once each; STARTTLS by keyword only', () => {
  expect(DIALOGUES.smtp.read(['AUTH=login plain', 'AUTH PLAIN CRAM-MD5', 'STARTTLS', 'SIZE 100'])).toEqual({
    starttls: true,
    authBeforeTls: ['LOGIN', 'PLAIN', 'CRAM-MD5'],
    loginDisabled: null,
  });
  expect(DIALOGUES.smtp.read(['X-STARTTLS-LIKE', 'AUTHX PLAIN'])).toEqual({ starttls: false, authBeforeTls: [], loginDisabled: null });
});

test('IMAP: LOGIN counts unless LOGINDISABLED; AUTH= atoms are mechanisms; case does not matter', () => {
  expect(DIALOGUES.imap.read(['IMAP4rev1', 'starttls', 'auth=plain'])).toEqual({ starttls: true, authBeforeTls: ['PLAIN', 'LOGIN'], loginDisabled: false });
  expect(DIALOGUES.imap.read(['IMAP4rev1', 'STARTTLS', 'LOGINDISABLED'])).toEqual({ starttls: true, authBeforeTls: [], loginDisabled: true });
  expect(DIALOGUES.imap.read(['IMAP4rev1', 'AUTH=LOGIN'])).toEqual({ starttls: false, authBeforeTls: ['LOGIN'], loginDisabled: false });
});

test('POP3: SASL mechanisms, then USER; STLS', () => {
  expect(DIALOGUES.pop3.read(['USER', 'SASL PLAIN GSSAPI', 'STLS'])).toEqual({ starttls: true, authBeforeTls: ['PLAIN', 'GSSAPI', 'USER'], loginDisabled: null });
  expect(DIALOGUES.pop3.read(['TOP', 'UIDL'])).toEqual({ starttls: false, authBeforeTls: [], loginDisabled: null });
});

test('ManageSieve: SASL value split; an empty SASL is no mechanism', () => {
  expect(DIALOGUES.managesieve.read(['IMPLEMENTATION x', 'SASL PLAIN LOGIN', 'STARTTLS'])).toEqual({ starttls: true, authBeforeTls: ['PLAIN', 'LOGIN'], loginDisabled: null });
  expect(DIALOGUES.managesieve.read(['IMPLEMENTATION x', 'SASL', 'VERSION 1.0'])).toEqual({ starttls: false, authBeforeTls: [], loginDisabled: null });
});

test('a mechanism name is what RFC 4422 allows (A-Z, 0-9, -, _; 1 to 20); any other word is no mechanism', () => {
  const hostile = '@octocat @org/team #1 <b>x</b> ::error::x PLAIN GH-2 a-very-long-mechanism-name-21';
  expect(DIALOGUES.smtp.read([`AUTH ${hostile}`]).authBeforeTls).toEqual(['PLAIN', 'GH-2']);
  expect(DIALOGUES.smtp.read(['AUTH @octocat #1'])).toEqual({ starttls: false, authBeforeTls: [], loginDisabled: null });
  expect(DIALOGUES.pop3.read([`SASL ${hostile}`]).authBeforeTls).toEqual(['PLAIN', 'GH-2']);
  expect(DIALOGUES.managesieve.read([`SASL ${hostile}`]).authBeforeTls).toEqual(['PLAIN', 'GH-2']);
  expect(DIALOGUES.imap.read(['LOGINDISABLED', 'AUTH=@octocat', 'AUTH=#1', 'AUTH=SCRAM-SHA-256', `AUTH=${'X'.repeat(21)}`]).authBeforeTls).toEqual(['SCRAM-SHA-256']);
  // Twenty characters is still a name.
  expect(DIALOGUES.smtp.read([`AUTH ${'X_'.repeat(10)}`]).authBeforeTls).toEqual(['X_'.repeat(10)]);
});
