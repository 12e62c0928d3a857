/**
 * Round 273's leftovers: "did something change on your side?", "can Mailgun release this?", and Portuguese questions
 * of blame and resending.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, leadOf, OUTGOING, RECIPIENT_HOST, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);
const LOGIN_REFUSED = 'smtplib.SMTPAuthenticationError: (535, b"5.7.0 Mailgun is not loving your login or password")\nEMAIL_HOST = "smtp.mailgun.org"';

describe('"did something change on your side?"', () => {
  it('a refused login: nothing at Mailgun explains it, the login the application sends does not match (and no "Is Mailgun blocking you?")', () => {
    const reply = replyText(paste('r273b-02'));
    expect(reply).toMatch(/Did something change at Mailgun\? Nothing that explains this: Mailgun refused the login the application sends/);
    expect(reply).not.toContain('Is Mailgun blocking you?');
  });

  it.each([
    ['Did something change on your side?'],
    ['did mailgun change anything last night?'],
    ['Hat sich bei euch etwas geändert?'],
    ['Avez-vous changé quelque chose de votre côté ?'],
    ['¿Cambiaron algo ayer?'],
    ['Mudou alguma coisa do lado de vocês?'],
    ['Is er bij jullie iets veranderd?'],
    ['Avete cambiato qualcosa?'],
  ])('%s, beside a session that did not log in: the sending side changed', (question) => {
    expect(replyText(`${OUTGOING}\n${question}`)).toMatch(/Did something change at Mailgun\? Nothing that explains this: Mailgun's SMTP host has always refused a session that does not log in\. Something on the sending side did/);
  });

  it('a recipient refusal: the change is on the recipient side', () => {
    expect(replyText(`${RECIPIENT_HOST}\nDid something change on your side?`)).toMatch(/Did something change at Mailgun\? Not at Mailgun: it accepted the message .* What changed is on the recipient's side/);
  });

  it('"why did it work before?" asked too answers it once, and a change of their own DNS is not asked of Mailgun', () => {
    const both = replyText(`${OUTGOING}\nIt worked until Monday, why? Did something change on your side?`);
    expect(both).toContain('Why did it work before?');
    expect(both).not.toContain('Did something change at Mailgun?');
    expect(replyText(`${OUTGOING}\nDid something change in our DNS?`)).not.toContain('Did something change at Mailgun?');
  });
});

describe('"can Mailgun release this?"', () => {
  it('a recipient refusal: Mailgun holds nothing back; its one part is the Bounces list', () => {
    const reply = replyText(paste('r273c-13'));
    expect(reply).toMatch(/Can Mailgun let it through\? No: Mailgun holds nothing back; "mx\.distribuidora-aurora\.com\.br" refused the message/);
    expect(reply).toContain("Mailgun's one part is the domain's Bounces list, where this refusal puts the address");
  });

  it.each([
    ['Can Mailgun release it on their side?'],
    ['could you guys just unblock these?'],
    ['Kann Mailgun das freigeben?'],
    ['Mailgun peut débloquer ça ?'],
    ['¿Mailgun puede liberar eso?'],
  ])('%s, beside a session that did not log in: nothing to release', (question) => {
    expect(replyText(`${OUTGOING}\n${question}`)).toContain('Can Mailgun let it through? There is nothing to release');
  });

  it('a statement is not the question', () => {
    expect(replyText(`${OUTGOING}\nWe let it through our firewall.`)).not.toContain('Can Mailgun let it through?');
  });
});

describe('Portuguese questions of blame and resending', () => {
  it('"a culpa é nossa (da loja) ou do destinatário?" asks whose side, "Devem reenviar?" whether to resend', () => {
    const reply = replyText(paste('r273c-13'));
    expect(leadOf(reply)).toMatch(/^Whose side is it on\? The recipient's/m);
    expect(reply).toContain('Will it be sent again? Not as things are');
  });

  it('"¿Debemos volver a enviarlo?" asks to resend; a statement of blame does not ask whose side', () => {
    expect(replyText(`${RECIPIENT_HOST}\n¿Debemos volver a enviarlo?`)).toContain('Will it be sent again?');
    expect(diagnose(`${RECIPIENT_HOST}\nA culpa é nossa, já sabemos.`).facts.ownSideAsked).toBe(false);
    expect(diagnose(LOGIN_REFUSED).facts.ownSideAsked).toBe(false);
  });
});

describe('an API key as the password beside a full SMTP login', () => {
  it("the customer message keeps the settings' user name and replaces only the password (no user \"api\" assumed)", () => {
    const reply = replyText(paste('r273c-05'));
    expect(reply).toContain('with an API key as its password');
    expect(reply).toContain('The user name, postmaster@mg.osteria-lucchesi.it, is right; in your application\'s mail settings, replace the password');
    expect(reply).not.toContain('often with the user name "api"');
  });

  it('with the user "api" the message still says to enter the full login', () => {
    const reply = replyText('535 5.7.0 Mailgun is not loving your login or password\nhost: smtp.mailgun.org\nuser: api\npassword: MAILGUN_API_KEY\nsending domain mg.shop.example\nWrite a message for the customer.');
    expect(reply).not.toContain('is right; in your application');
    expect(reply).toContain("enter your domain's full SMTP login (such as postmaster@mg.shop.example) as the user name");
  });
});

describe("Gmail's per-mailbox receiving rate", () => {
  it('is the recipient\'s mailbox receiving too much, not a server throttling the sending', () => {
    const reply = replyText(paste('r273c-10'));
    expect(reply).toContain("The recipient's mailbox is receiving mail faster than its provider allows, from all its senders");
    expect(reply).not.toContain('is throttling the sending');
  });
});
