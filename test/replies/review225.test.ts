/**
 * Round 225: the customer message says whom it is for, and uses what the paste says was done: an address said to be
 * right (the receiving side's fix, not "check the address"), a likely typo (named), a password changed already (the
 * application still sends the old one), a recipient whose own server refuses (a note for their IT).
 */
import { describe, expect, it } from 'vitest';
import { messageSection, OUTGOING, RECIPIENT_HOST, replyText } from './helpers.js';

const heading = (reply: string): string => messageSection(reply).split('\n')[0] ?? '';

const AUTH_FAILURE = '535 5.7.0 Mailbox credentials not valid\nhost smtp.mailgun.org port 587\nuser postmaster@mg.shop.example';

describe('the message names whom it is for', () => {
  it('the person the ask names, in its words', () => {
    expect(heading(replyText(`What do I tell the vendor?\n\n${RECIPIENT_HOST}`))).toBe('What you can tell the vendor');
    expect(heading(replyText(`Can you write a short note I can forward to Brightline's IT admin?\n\n${RECIPIENT_HOST}`))).toBe('What you can tell the IT admin');
    expect(heading(replyText(`what do we tell our client?\n\n${OUTGOING}`))).toBe('What you can tell the client');
  });

  it('else the one the message is written for: the customer, the recipient, the person who wrote in', () => {
    expect(heading(replyText(`¿qué le digo al cliente?\n\n${OUTGOING}`))).toBe('What you can tell the customer');
    const notReceiving = replyText(`bob@partner.example says he never gets our emails. What should I write back to them?\n\n${RECIPIENT_HOST}`);
    expect(heading(notReceiving)).toBe('What you can tell the recipient');
  });

  it('a customer\'s admin is not the customer: the one after the possessive is named', () => {
    expect(heading(replyText(`What do I tell the customer's admin?\n\n${RECIPIENT_HOST}`))).toBe('What you can tell the admin');
  });
});

describe('the recipient-host message uses what the paste says', () => {
  it('by default it asks to check the address', () => {
    const message = messageSection(replyText(`what do I tell the customer?\n\n${RECIPIENT_HOST}`));
    expect(message).toContain('Please check the address');
    expect(message).toContain('bob@partner.example');
  });

  it('an address said to be right: the receiving side must accept mail for it, not "check the address" again', () => {
    const message = messageSection(replyText(`The customer already confirmed the address is correct. What do I tell the customer?\n\n${RECIPIENT_HOST}`));
    expect(message).toContain('As the address is right, the fix is on the recipient');
    expect(message).not.toContain('check the address');
  });

  it('a provider domain one letter off: the address meant is named, whatever was said of it', () => {
    const paste = RECIPIENT_HOST.replaceAll('bob@partner.example', 'jane.doe@gmial.com').replace('mail.partner.example', 'mx.gmial.com');
    const message = messageSection(replyText(`what do I tell the customer?\n\n${paste}`));
    expect(message).toContain('jane.doe@gmail.com');
    expect(message).toContain('most likely the one meant');
  });

  it('to the recipient whose own server refuses: a note for their IT, in "our emails" words', () => {
    const reply = replyText(`Our customer bob@partner.example says he doesn't receive our invoices. What do I tell the customer?\n\n${RECIPIENT_HOST}`);
    const message = messageSection(reply);
    expect(message).toContain('Our emails to bob@partner.example are refused by your mail server');
    expect(message).toContain('forward this to whoever runs your email (your IT, or your email provider)');
  });

  it('in the language asked in (no English twin for a person who asked in it; since round 238)', () => {
    const message = messageSection(replyText(`Der Kunde hat die Adresse schon geprüft, sie stimmt. Was sage ich dem Kunden?\n\n${RECIPIENT_HOST}`));
    expect(message).toContain('Auf Deutsch:');
    expect(message).not.toContain('In English:');
  });
});

describe('the login message after a password change', () => {
  it('the password was reset: the application still sends the old one, not "set a new password" again', () => {
    const message = messageSection(replyText(`We reset the SMTP password yesterday and it still fails. What do I tell the customer?\n\n${AUTH_FAILURE}`));
    expect(message).toContain('still sends the old one');
    expect(message).not.toContain('Please set a new SMTP password');
  });

  it('in Portuguese too ("Resetamos ontem a senha")', () => {
    const message = messageSection(replyText(`Resetamos ontem a senha SMTP no Mailgun e continua dando erro. O que eu digo ao cliente?\n\n${AUTH_FAILURE}`));
    expect(message).toContain('Em português:');
    expect(message).toContain('mas a aplicação ainda envia a antiga');
  });

  it('without a change said, a new password is the fix', () => {
    expect(messageSection(replyText(`What do I tell the customer?\n\n${AUTH_FAILURE}`))).toContain('Please set a new SMTP password');
  });

  it('the new password said to be in already: not "still sends the old one"', () => {
    const message = messageSection(replyText(`We reset the password and pasted the new password into the app after the reset. What do I tell the customer?\n\n${AUTH_FAILURE}`));
    expect(message).not.toContain('still sends the old one');
  });
});

describe('the outgoing message fits a script as well as a settings screen', () => {
  it('it says to make the program log in, in its settings or its code', () => {
    const message = messageSection(replyText(`what do I tell the customer?\n\n${OUTGOING}`));
    expect(message).toContain('add the login step to its code');
  });
});

const UNKNOWN_AT_M365 = '{"event":"failed","severity":"permanent","reason":"bounce","recipient":"tanaka.h@sakura.example","delivery-status":{"code":550,"enhanced-code":"5.1.10","mx-host":"sakura-example.mail.protection.outlook.com","message":"5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient tanaka.h@sakura.example not found by SMTP address lookup"}}';
const UNKNOWN_AT_GMAIL = '{"event":"failed","severity":"permanent","reason":"bounce","recipient":"robert.vance@gmail.com","delivery-status":{"code":550,"enhanced-code":"5.1.1","mx-host":"gmail-smtp-in.l.google.com","message":"5.1.1 The email account that you tried to reach does not exist."}}';

describe('an unknown address said to be right', () => {
  it('the steps say what is left on the receiving side (Microsoft 365: the Exchange admin center), not "check for typos" again', () => {
    const reply = replyText(`The partner confirmed the address is correct. What next?\n${UNKNOWN_AT_M365}`);
    expect(reply).toContain("so the recipient's Microsoft 365 has no mailbox or alias for it");
    expect(reply).toContain('Exchange admin center');
    expect(reply).not.toContain('Check the recipient address for typos');
    expect(reply).not.toContain('Stop sending to addresses that keep bouncing');
  });

  it('elsewhere, the receiving server has no mailbox for it (at a free mailbox provider, no administrator to ask: round 273); unsaid, the typo check stays', () => {
    expect(replyText(`We verified the address with the customer.\n${UNKNOWN_AT_GMAIL}`)).toContain('The address is said to be right, but "gmail.com" says it has no such account');
    expect(replyText(`We verified the address with the customer.\n${UNKNOWN_AT_GMAIL.replaceAll('gmail.com', 'brightwater-dental.example')}`)).toContain('The address is said to be right, so the receiving server has no mailbox for it');
    expect(replyText(UNKNOWN_AT_GMAIL)).toContain('Check the recipient address for typos');
  });

  it('the customer message for the sender does not ask to check the address again', () => {
    const message = messageSection(replyText(`We verified the address with the recipient. What do I tell the customer?\n${UNKNOWN_AT_GMAIL}`));
    expect(message).toContain('As the address is right, the recipient (or their mail administrator) has to check it on their side');
    expect(message).not.toContain('check the address for a typo');
  });

  it('a customer who "gets other email there" is the recipient: the message speaks to them', () => {
    const reply = replyText(`Customer insists he gets other email there. What do I tell him?\n${UNKNOWN_AT_GMAIL}`);
    expect(heading(reply)).toBe('What you can tell the recipient');
    expect(messageSection(reply)).toContain('Our emails to robert.vance@gmail.com are refused');
  });
});

describe('the address taken off the Bounces list already', () => {
  it('says why that could not help while the cause stands, and that it goes back on the list', () => {
    const reply = replyText(`Removed robert.vance@gmail.com from Suppressions > Bounces and resent, it bounced again:\n${UNKNOWN_AT_GMAIL}`);
    expect(reply).toContain("You took the address off the Bounces list: that lets Mailgun try it again, but cannot help while the recipient's server has no such mailbox");
  });

  it('for a relay refusal at the recipient\'s server too, said in French', () => {
    const event = '{"event":"failed","severity":"permanent","recipient":"compta@atelier.example","delivery-status":{"code":550,"message":"5.7.1 Unable to relay","enhanced-code":"5.7.1","mx-host":"mail.atelier.example"}}';
    const reply = replyText(`On a aussi retiré l'adresse de la liste Bounces et renvoyé : même échec.\n${event}`);
    expect(reply).toContain("cannot help while the recipient's server still refuses it");
  });

  it('not when it was only asked about', () => {
    expect(replyText(`Should I remove it from the bounces list?\n${UNKNOWN_AT_GMAIL}`)).not.toContain('You took the address off the Bounces list');
  });
});

describe('asks for a message in more forms (r225c-12)', () => {
  it('"I need to tell our customer (Fjord Travel) something today — can you write me 2-3 sentences for them?"', () => {
    const sandbox = '421 Domain sandbox4f2a.mailgun.org is not allowed to send: Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.';
    expect(messageSection(replyText(`${sandbox}\nI need to tell our customer (Fjord Travel) something today — can you write me 2-3 sentences for them?`))).toContain('test (sandbox) domain');
  });
});

describe('an undetermined refusal after a password change, and with the address said to be right (r225c-08, r225c-09)', () => {
  it('Portuguese "já trocou a senha SMTP duas vezes": a changed password cannot fix it by itself, and "O que pedir pra ele agora?" gets a message', () => {
    const reply = replyText('Pessoal, o cliente já trocou a senha SMTP duas vezes e continua recebendo isso:\n\n"Mensagem não entregue. Erro: 550 Relaying denied"\n\nNão sei nem se é no envio ou no recebimento. O que pedir pra ele agora?');
    expect(reply).toContain('A changed password cannot fix this by itself');
    expect(messageSection(reply)).toContain('Em português:');
  });

  it('the address said to be right: the third case is the receiving server\'s setup, not "double-check the address"', () => {
    const reply = replyText('The address is correct, we checked with the customer.\n\n550 5.7.1 Relaying denied');
    expect(reply).toContain('With the address said to be right, that server');
    expect(reply).not.toContain('Double-check the recipient address.');
    expect(replyText('550 5.7.1 Relaying denied')).toContain('Double-check the recipient address.');
  });
});

describe('round 226: asks for a message in more forms, and the reader they name', () => {
  const event = '{"event":"failed","severity":"permanent","recipient":"anna@partner.example","delivery-status":{"code":554,"enhanced-code":"5.7.1","mx-host":"mail.partner.example","message":"5.7.1 <anna@partner.example>: Relay access denied"}}';
  it.each([
    ['Preciso de uma mensagem em português para o administrador de TI da empresa destinatária.', 'the IT admin', 'Em português:'],
    ["Mi serve un messaggio in italiano per l'amministratore IT del destinatario.", 'the IT admin', 'In italiano:'],
    ['Schreib mir bitte eine kurze Nachricht auf Deutsch an den Kollegen.', 'the colleague', 'Auf Deutsch:'],
    ['¿Me escribes un mensaje en español para su desarrollador?', 'the developer', 'En español:'],
    ['Puoi scrivermi due righe in italiano per il collega (Marco)?', 'the colleague', 'In italiano:'],
    ['Bitte eine Nachricht auf Deutsch an die Empfängerin selbst.', 'the recipient', 'Auf Deutsch:'],
    ['Can you give me something to reply to them?', 'the customer', 'Mailgun accepted'],
  ])('%s', (ask, reader, words) => {
    const reply = replyText(`${ask}\n${event}`);
    expect(heading(reply)).toBe(`What you can tell ${reader}`);
    expect(messageSection(reply)).toContain(words);
  });

  it('the recipient\'s IT as the reader gets the note for the recipient\'s side', () => {
    expect(messageSection(replyText(`Preciso de uma mensagem em português para o administrador de TI da empresa destinatária.\n${event}`))).toContain('Em português: Os nossos e-mails para anna@partner.example');
  });

  it('a patient who never gets her reminders is the recipient: "Can you draft a short, friendly message the clinic can send to the patient herself"', () => {
    const full = '{"event":"failed","severity":"permanent","recipient":"m.keller@shaw.example","delivery-status":{"code":552,"enhanced-code":"5.2.2","message":"5.2.2 Mailbox full"}}';
    const reply = replyText(`A patient says she never gets her appointment reminders. Can you draft a short, friendly message the clinic can send to the patient herself?\n${full}`);
    expect(heading(reply)).toBe('What you can tell the patient');
    expect(messageSection(reply)).toContain('Our emails to m.keller@shaw.example are refused because the mailbox is full');
  });

  it('not a description of a message sent: "Ich habe eine Nachricht an den Kunden geschickt"', () => {
    expect(replyText(`Ich habe eine Nachricht an den Kunden geschickt.\n${event}`)).not.toContain('What you can tell');
  });
});

describe('the code review of round 225-226: the reader is the ask\'s own, not any person the line names', () => {
  const event = '{"event":"failed","severity":"permanent","recipient":"anna@partner.example","delivery-status":{"code":554,"enhanced-code":"5.7.1","mx-host":"mail.partner.example","message":"5.7.1 <anna@partner.example>: Relay access denied"}}';
  it.each([
    'Die Mail an den Empfänger kommt nicht an. Was sage ich dem Kunden?',
    'El correo no llega al destinatario. ¿Qué le digo al cliente?',
    'We sent it to the recipient twice. What do I tell the customer?',
  ])('%s: the message for the sender, headed "the customer"', (ask) => {
    const reply = replyText(`${ask}\n${event}`);
    expect(heading(reply)).toBe('What you can tell the customer');
    expect(messageSection(reply)).not.toContain('Our emails to');
  });

  it('"a note for the customer\'s IT admin" is no note for the recipient\'s side', () => {
    const reply = replyText(`Can you write a note for the customer's IT admin?\n${event}`);
    expect(heading(reply)).toBe('What you can tell the IT admin');
    expect(messageSection(reply)).not.toContain('Our emails to');
  });

  it('a changed password beside a session that logged in (235) is not told to log in', () => {
    const transcript = 'We changed the SMTP password twice already and still:\n> AUTH LOGIN\n< 235 2.7.0 Authentication successful\n> MAIL FROM:<a@shop.example>\n> RCPT TO:<b@partner.example>\n< 550 5.7.1 Relaying denied';
    expect(replyText(transcript)).not.toContain('the program has to be set to log in');
  });
});
