/**
 * Round 230: what the person declines and what their paste shows of the sending server's queue. "I don't need a
 * message for the customer" gets no message; messages waiting in a mail server's queue are not told to be sent again.
 */
import { describe, expect, it } from 'vitest';
import { JAPANESE } from '../../src/replies/customer-message/ja.js';
import { messageSection, replyText } from './helpers.js';

const SMTP_REFUSAL = "Customer's app gets 550 5.7.1 Relaying denied from smtp.mailgun.org when sending.";

describe('a message for the customer that the person declines', () => {
  it.each([
    ["I don't need a message for the customer, just tell me what to fix."],
    ['No need for a customer message, I will call them.'],
    ['Non mi serve un messaggio per il cliente, solo capire cosa fare.'],
    ['Ich brauche keine Nachricht für den Kunden.'],
    ['Pas besoin de message pour le client, dis-moi juste quoi changer.'],
    ['No necesito un mensaje para el cliente.'],
    ['Não preciso de mensagem para o cliente.'],
    ['Geen bericht nodig voor de klant, alleen de oplossing.'],
    ['Nie potrzebuję wiadomości dla klienta.'],
  ])('is not written: %s', (words) => {
    const reply = replyText(`${SMTP_REFUSAL}\n${words}`);
    expect(reply).toContain('Mailgun refused to relay');
    expect(messageSection(reply)).toBe('');
  });

  it('is written when only its length or tone is declined', () => {
    expect(messageSection(replyText(`${SMTP_REFUSAL}\nI don't need a long message, just a short note for the customer.`))).toContain('log in');
    expect(messageSection(replyText('Cliente dice: 550 5.7.1 Relaying denied da smtp.mailgun.org. Mi serve un messaggio per il cliente, grazie.'))).toContain('In italiano:');
  });
});

const EXCHANGE_QUEUE = `Customer runs Exchange 2019 with a send connector to smtp.mailgun.org, smart host authentication None.

Identity        : EXCH01\\4\\1975684956161
FromAddress     : billing@grupo-alcaraz.es
Status          : Retry
LastError       : 550 5.7.1 Relaying denied
Recipients      : {orders@suministros-ibarra.com}

What do I tell the customer's IT?`;

const POSTFIX_BOUNCED = `Jun 18 10:22:47 relay01 postfix/smtp[28813]: 4W3Qk21Zxbz9sVq: to=<j.kowalski@kancelaria-nowak.pl>, relay=smtp.mailgun.org[34.160.181.2]:587, delay=0.42, dsn=5.7.1, status=bounced (host smtp.mailgun.org[34.160.181.2] said: 550 5.7.1 Relaying denied (in reply to RCPT TO command))

main.cf:
relayhost = [smtp.mailgun.org]:587

What do I tell the customer?`;

describe("messages waiting in the sending server's queue", () => {
  it('go out at its next retry once it logs in: the message does not ask to send them again', () => {
    const message = messageSection(replyText(EXCHANGE_QUEUE));
    expect(message).toContain('relay (smarthost) settings');
    expect(message).toContain('the messages waiting in its queue have not been sent yet and go out by themselves at its next retry');
    expect(message).not.toContain('have to be sent again');
  });

  it('in the language asked for', () => {
    const message = messageSection(replyText(`${EXCHANGE_QUEUE}\nNecesito un mensaje en español para el departamento de IT del cliente.`));
    expect(message).toContain('los mensajes que esperan en su cola aún no se han enviado');
  });

  it("are told apart from a log that shows them bounced (Postfix's status=bounced): those are sent again", () => {
    const message = messageSection(replyText(POSTFIX_BOUNCED));
    expect(message).toContain('the messages that bounced were not sent and have to be sent again');
    expect(message).not.toContain('waiting in its queue');
  });

  it("read from Postfix's deferred lines, Exim's == lines and the person's words", () => {
    const deferred = POSTFIX_BOUNCED.replace('status=bounced', 'status=deferred').replace('550 5.7.1', '454 4.7.1');
    expect(messageSection(replyText(deferred))).toContain('waiting in its queue');
    const exim = "2024-03-14 10:22:41 1rkXYZ-000ABC-Cd == j.kowalski@kancelaria-nowak.pl R=smarthost T=remote_smtp_smarthost H=smtp.mailgun.org [34.160.181.2]: SMTP error from remote mail server after RCPT TO:<j.kowalski@kancelaria-nowak.pl>: 550 5.7.1 Relaying denied\nWhat do I tell the customer?";
    expect(messageSection(replyText(exim))).toContain('waiting in its queue');
    const words = POSTFIX_BOUNCED.replace('status=bounced', 'status=sent').replace('What do I tell', 'About 200 messages are stuck in the queue. What do I tell');
    expect(messageSection(replyText(words))).toContain('waiting in its queue');
  });
});

describe('the Japanese messages to a recipient', () => {
  it("call the recipient お客様, not 貴社 (a company): the reader may be one person with a mailbox", () => {
    for (const key of ['recipient-host-to-recipient', 'undetermined-not-receiving'] as const) {
      const message = JAPANESE[key]({ login: 'postmaster@YOUR_DOMAIN', recipient: 'tanaka@example.jp', host: 'mx.example.jp', suggestion: null, euApi: 'https://api.eu.mailgun.net', port: '587', phone: null, queued: false });
      const plain = message.map((s) => s.text).join('');
      expect(plain).toContain('お客様');
      expect(plain).not.toContain('貴社');
    }
  });
});
