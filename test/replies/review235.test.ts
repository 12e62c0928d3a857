/**
 * Round 235: an ordinary week, readers of messages, threads after a first fix. The flaws it found: a thread's old error
 * under "Before (Mon 10:02):" answered in place of the new one, a Logs row's sender read as a second refused recipient, an
 * address replaced taken for the one meant, a host changed from read as the host in use, a password read from an old one's
 * variable.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

describe('threads after a first fix', () => {
  it('"Before (Mon 10:02):" above the old error: the new one, a 535, is answered', () => {
    const d = diagnose(fixturePaste('pastes235c', 'r235c-04'));
    expect([d.scenario, d.kind, d.facts.replyCode]).toEqual(['not-relaying-denied', 'auth-failure', 535]);
  });

  it('an address said to be the one replaced is not suggested as the one meant', () => {
    expect(diagnose(fixturePaste('pastes235c', 'r235c-17')).facts.similarAddress).toBeNull();
  });

  it('a host changed from ("z smtp.mailgun.org na smtp.eu.mailgun.org") is not the host in use', () => {
    const d = diagnose(fixturePaste('pastes235c', 'r235c-14'));
    expect(d.facts.host).toBe('smtp.eu.mailgun.org');
    expect(replyText(fixturePaste('pastes235c', 'r235c-14'))).not.toContain('The paste shows the US host');
  });

  it("a password read from an old one's variable, after a reset", () => {
    expect(replyText(fixturePaste('pastes235c', 'r235c-18'))).toContain('The program still gets the old password: its password is set from MG_SMTP_PASS_OLD');
  });
});

describe('what the paste shows, read', () => {
  it("a Logs row's sender with its display name is no second refused recipient", () => {
    expect(diagnose(fixturePaste('pastes235a', 'r235a-11')).facts.otherErrors).toEqual([]);
  });

  it.each([['pastes235b', 'r235b-09'], ['pastes235b', 'r235b-11']])('"geen tikfout", "non è un errore di battitura": the address is right (%s/%s)', (set, name) => {
    expect(diagnose(fixturePaste(set, name)).facts.addressConfirmed).toBe(true);
  });

  it('"también reciben correo por Routes" beside a secretary sending: the side is left open', () => {
    expect(diagnose(fixturePaste('pastes235b', 'r235b-12')).scenario).toBe('undetermined');
  });

  it('Polish "nie wiem, czy to mail wychodzący ..., czy ktoś pisał do nich" leaves the side open', () => {
    expect(diagnose(fixturePaste('pastes235b', 'r235b-13')).scenario).toBe('undetermined');
  });

  it('"Please write the message for the PATIENT, in German": a message for the patient', () => {
    expect(messageSection(replyText(fixturePaste('pastes235a', 'r235a-06')))).toContain('What you can tell the patient');
  });
});
