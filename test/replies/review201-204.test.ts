/** Review rounds 201-204: device, plugin and CI send logs, replies wrapped after their code, a network's port-25 filter, two refusing domains, placeholder passwords, and people's questions in other languages. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, leadOf, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the question asked, answered first', () => {
  it.each([
    ['r201c-03', "Is Mailgun down? No: Mailgun's inbound server is up and answered"],
    ['r201c-18', "Is Mailgun down? No: Mailgun's SMTP host is up"],
    ['r201c-12', 'Is Mailgun blocking you? No block'],
    ['r201c-02', 'Is it progress? Yes: Relaying Denied comes from a session that sent no login at all'],
    ['r201c-02', 'The password sent decodes to **** (its base64, KioqKg==, is in the transcript)'],
    ['r201c-07', 'The paste says the mail was coming in (someone writing to you), so the outgoing case is unlikely'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });

  it('asks "is Mailgun down?" once, not also "is Mailgun blocking you?" (r201c-10)', () => {
    const reply = replyText(paste('r201c-10'));
    expect(reply).toContain('Is Mailgun down? No');
    expect(reply).not.toContain('Is Mailgun blocking you?');
    expect(reply).not.toContain('Is the email down?');
  });

  it('asks "is your email down?" where Mailgun is not named in the question', () => {
    expect(replyText("is our email down?\nMailgun event: failed, permanent\nrecipient: bob@partner.example\ndelivery-status: 554 5.7.1 <bob@partner.example>: Relay access denied\nmx-host: mail.partner.example")).toContain('Is your email down? No');
  });
});

describe('what the reply says', () => {
  it("names the second domain's refusal beside the first, as the same case (r201c-10)", () => {
    const reply = replyText(paste('r201c-10'));
    expect(reply).toContain('Another refused recipient in the paste');
    expect(reply).toContain('ap@ridgeway-coop.org');
    expect(reply).toContain("that recipient's own server refused as relaying too, for its own domain");
  });

  it('gives a customer who was writing in a message to send back, not a question about their application (r201c-07)', () => {
    const reply = replyText(paste('r201c-07'));
    expect(reply).toContain('Poderia nos encaminhar a mensagem completa');
    expect(reply).not.toContain('in your application, in a bounce you received');
    expect(reply).not.toContain('The most common cause is an application sending');
  });

  it("tells a provider's port-25 filter: another port, no login advice, no suppression (r201a-30)", () => {
    const reply = replyText(paste('r201a-30'));
    expect(leadOf(reply, 2)).toContain('The network you send from filtered the connection (smtp-filter.netmaxx-fiber.pl answered)');
    expect(leadOf(reply, 2)).toContain('answers in place of the mail server, in the words of a relay refusal');
    expect(reply).toContain("Not a Relaying Denied error: it looks like an internet provider's block of port 25");
    expect(reply).toContain('Change the port to 587 with STARTTLS');
    expect(reply).not.toContain('Bounces list');
    expect(reply).not.toContain('block list');
  });
});

describe('round 202', () => {
  it.each([
    ['r202c-12', 'The password sent decodes to YOUR_SMTP_PASSWORD'],
    ['r202c-13', 'Is it worse? No, it is one problem: Mailgun refused the login (535)'],
    ['r202c-15', 'Is it progress? Yes, on your side: Mailgun accepted the message this time'],
    ['r202c-16', 'Is Mailgun blocking you? No: Mailgun accepted the message and tried to deliver it'],
    ['r202c-18', 'Is Mailgun blocking you? No block'],
    ['r202c-17', 'Is Mailgun down? No'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });

  it("tells the port-25 filter without claiming relay words the filter did not say (r202a-29)", () => {
    const reply = replyText(paste('r202a-29'));
    expect(reply).toContain('The network you send from filtered the connection (mailout.t-online.de answered)');
    expect(reply).not.toContain('in the words of a relay refusal');
    expect(reply).toContain('smtp.eu.mailgun.org');
  });
});

describe('round 203', () => {
  it('tells a variable sent by its name, not its value (r203c-07)', () => {
    expect(leadOf(replyText(paste('r203c-07')), 4)).toContain("the variable's name itself, never replaced by its value");
  });

  it.each(['r203c-01', 'r203c-02'])('gives the agent a message for the customer who wrote in (%s)', (name) => {
    const reply = replyText(paste(name));
    expect(reply).toContain('What you can tell');
    // (asked in Polish and Italian: the message in it alone since round 238)
    expect(reply).toMatch(/problem leży po naszej stronie|il problema è da parte nostra/);
  });

  it('leaves out "if the domain should not receive through Mailgun" where the agent said it does, in Polish (r203c-01)', () => {
    expect(replyText(paste('r203c-01'))).not.toContain('should not receive mail through Mailgun');
    expect(replyText(paste('r203c-02'))).toContain('should not receive mail through Mailgun');
  });

  it('answers "is that progress?" after the relay refusal turned into a 535 (r203c-08)', () => {
    expect(leadOf(replyText(paste('r203c-08')), 3)).toContain('Is it progress? Yes: Relaying Denied comes from a session that sent no login at all');
  });
});

describe('round 204', () => {
  it.each([
    ['r204c-12', 'Is it progress? Yes: the login works now, and what is left is the sandbox domain\'s own limit'],
    ['r204c-18', 'Is Mailgun down? No'],
    ['r204c-04', 'Is Mailgun blocking you? No block'],
  ])('%s: %s', (name, answer) => {
    expect(leadOf(replyText(paste(name)), 4)).toContain(answer);
  });

  it("names an unexpanded variable sent as the password, and warns of no exposed secret (r204c-09)", () => {
    const reply = replyText(paste('r204c-09'));
    expect(reply).toContain("decodes to %SMTP_PASS%");
    expect(reply).not.toContain('rotate');
  });
});
