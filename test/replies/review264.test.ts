/**
 * Round 264: the messages round 263's tickets in other languages asked for and did not get (an Italian "risposta in italiano
 * da mandare al signor X", a Portuguese "mensagem em inglês que eu possa reencaminhar", a Japanese "お客様へお送りする日本語の
 * 回答文案", Russian "набросать ответ Дмитрию по-русски" and "Ответь ... чтобы я могла переслать", a Swedish "meddelande på
 * tyska"), a language asked that no message is written in said so; and the patterns that a profile of the engine found
 * slow, rewritten to find the same (their look-behinds after a consumed word, not at every position).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { RULES } from '../../src/diagnosis/rules/index.js';
import { unwrittenLanguageIn } from '../../src/replies/customer-message/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('messages asked in other languages (round 263c)', () => {
  it('Italian "una risposta in italiano da mandare al signor Bassani": a message, in Italian', () => {
    const message = messageSection(replyText(paste('r263c-04')));
    expect(message).toContain('In italiano:');
    expect(message).toContain('avv.bianchi@studiolegale-rossi.it');
  });

  it('Portuguese "uma mensagem em inglês que eu possa reencaminhar ... ao programador": in English, for the developer', () => {
    const reply = replyText(paste('r263c-06'));
    expect(reply).toContain('What you can tell the developer');
    expect(messageSection(reply)).toMatch(/^Your application sends through Mailgun's SMTP server without logging in/m);
    expect(messageSection(reply)).not.toContain('Em português');
  });

  it('Japanese "お客様へお送りする日本語の回答文案": a message, in Japanese', () => {
    expect(messageSection(replyText(paste('r263c-09')))).toContain('日本語:');
  });

  it('Russian "набросать ответ Дмитрию по-русски" and "Ответь ... по-русски, чтобы я могла переслать Алсу": in Russian', () => {
    expect(messageSection(replyText(paste('r263c-10')))).toContain('По-русски:');
    expect(messageSection(replyText(paste('r263c-17')))).toContain('По-русски:');
  });

  it('Swedish "ett kort meddelande på tyska som jag kan skicka till webbyrån": in German, with the English beside it', () => {
    const message = messageSection(replyText(paste('r263c-12')));
    expect(message).toContain('Auf Deutsch:');
    expect(message).toContain('In English:');
  });

  it('Turkish "Türkçe bir cevap": in English, and the reply says it writes no Turkish', () => {
    const message = messageSection(replyText(paste('r263c-11')));
    expect(message).toContain('The message is in English: I write these messages in English, German, Spanish, French, Portuguese, Italian, Dutch, Polish, Russian and Japanese, not in Turkish.');
  });

  it('a language asked by name, in the words of the ask: its English name; none for a customer\'s nationality', () => {
    expect(unwrittenLanguageIn('Kan du skriva ett svar på svenska?')).toBe('Swedish');
    expect(unwrittenLanguageIn('Türkçe bir cevap yazabilir misiniz?')).toBe('Turkish');
    expect(unwrittenLanguageIn('Could you write it in Greek please')).toBe('Greek');
    expect(unwrittenLanguageIn('un cliente turco ci scrive')).toBeNull();
    expect(unwrittenLanguageIn('what do I tell them?')).toBeNull();
  });

  it('a message asked in a language that is written: no such note', () => {
    expect(messageSection(replyText(paste('r263c-04')))).not.toContain('The message is in English');
  });
});

describe('patterns rewritten for speed find what they found (each a look-behind moved after what it ends with)', () => {
  const relay = '550 5.7.1 Relaying denied';

  it('a code someone read is a relay phrase: their guess beside the server\'s other error ("he read that 5.7.1 is \\"relay denied\\"")', () => {
    const text = `The customer read that 5.7.1 is "relay denied", so he thinks it is that.\n\n550 5.7.1 Message rejected: the sender is on our block list`;
    const d = diagnose(text);
    expect(d.scenario).toBe('not-relaying-denied');
    expect(d.kind).toBe('blocked');
  });

  it('an article then a message for someone: an ask ("can you give a short message for the customer"), not mail told of', () => {
    const asked = diagnose(`${relay}\n\nCould you give me a short message for the customer?`);
    expect(asked.evidence.some((e) => e.rule === 'The paste asks what to tell the customer')).toBe(true);
    const told = diagnose(`${relay}\n\nWe sent a message to the customer yesterday.`);
    expect(told.evidence.some((e) => e.rule === 'The paste asks what to tell the customer')).toBe(false);
  });

  it('"used both ways" names the direction unknown; "the same in both directions" does not', () => {
    const rule = RULES.find((r) => r.id === 'direction-unknown-not-outgoing')!;
    expect(rule.pattern!.exec('We use Mailgun both ways.')?.[0]).toBe('both ways');
    expect(rule.pattern!.exec('it goes in both directions')?.[0]).toBe('in both directions');
    expect(rule.pattern!.exec('The headers look the same in both directions.')).toBeNull();
  });

  it('"blocked by policy" is a block, not where a link was "blocked by the administrator"', () => {
    const rule = RULES.find((r) => r.id === 'block-list-or-spam')!;
    expect(rule.pattern!.test('554 5.7.1 Message blocked by policy')).toBe(true);
    expect(rule.pattern!.test('the attachment link was blocked by the administrator')).toBe(false);
  });
});

describe('facts the round 262-263 tickets showed (round 264)', () => {
  it('French "le destinataire dit avoir migré vers Google Workspace": the recipient\'s mail moved, its MX to fix', () => {
    const reply = replyText(paste('r263b-12'));
    expect(reply).toContain("The paste says the recipient's mail moved to another provider");
    expect(reply).toContain('the domain\'s MX records must point at the new provider (Google Workspace)');
  });

  it('a move and Mailgun in separate clauses of one sentence: still the recipient\'s move, not a sending provider\'s', () => {
    const text = '550 relay not permitted (mx-host mail.old-host.example)\nThey migrated to Microsoft 365 last month, and the customer thinks Mailgun blocks them.';
    expect(replyText(text)).toContain("The paste says the recipient's mail moved to another provider");
    const own = '550 relay not permitted (mx-host mail.old-host.example)\nWe moved from SendGrid to Mailgun last month.';
    expect(replyText(own)).not.toContain("The paste says the recipient's mail moved to another provider");
  });

  it('Spanish "¿Qué le explico?": a message for the customer, in Spanish', () => {
    expect(messageSection(replyText(paste('r263a-17')))).toContain('En español:');
  });

  it('a password of the API key\'s shape under a comment saying it is the API key: the API key as the password', () => {
    const reply = replyText(paste('r262b-16'));
    expect(reply).toContain('The settings give an API key as the password');
    expect(reply).toContain('(under a comment that calls it the API key)');
    expect(reply).not.toContain('9f2c4e7a1b0d3f6e8a5c2b1d0e9f7a6c');
  });

  it('the same value under a comment that says it is not the API key: no such step', () => {
    const text = [
      '535 5.7.0 Mailgun is not loving your login or password',
      'SMTP_USERNAME=postmaster@mg.example.com',
      '# the SMTP password, not the API key',
      'SMTP_PASSWORD=9f2c4e7a1b0d3f6e8a5c2b1d0e9f7a6c-8b2d4f1a-3c5e7a9b',
    ].join('\n');
    expect(replyText(text)).not.toContain('The settings give an API key as the password');
  });
});

describe('the code review of round 264: asks in an ask\'s frame, a language note only when asked', () => {
  const relay = '550 5.7.1 Relaying denied';
  const message = (text: string) => messageSection(replyText(`${relay}\n${text}`));

  it.each([
    ['Italian mail told of', 'Il cliente ha un messaggio da inviare a 200 destinatari ma il server risponde così.'],
    ['Swedish mail being written', 'Jag försöker skriva ett mejl till kunden men får det här felet.'],
    ['Russian "cannot write"', 'Не могу написать письмо клиенту, вот ошибка.'],
    ['Russian "по-прежнему"', 'Не могу написать письмо коллеге, по-прежнему ошибка relay denied'],
    ['Russian question to the bot', 'Ответьте, почему сервер не даёт переслать письмо'],
    ['Japanese reply mail that bounces', 'お客様への返信メールがこのエラーで返ってきます。'],
    ['Spanish "por qué le explico"', '¿Por qué le explico esto otra vez?'],
  ])('%s: no message', (_, text) => {
    expect(message(text)).toBe('');
  });

  it('a Swedish ask naming no language: in English, with the note', () => {
    const section = message('Kan du skriva ett kort meddelande till kunden?');
    expect(section).toContain('not in Swedish. Translate it before you send it.');
    expect(section).not.toContain('Auf Deutsch');
  });

  it.each([
    ['a text said to be in a language', 'The bounce the customer forwarded is in Chinese. What do I tell the customer?'],
    ['a written language asked after an unwritten one', 'The customer wrote to us in Swedish. Please give me a reply in English I can send them.'],
  ])('%s: no language note', (_, text) => {
    expect(message(text)).not.toContain('The message is in English');
  });

  it('Dutch "in het Zweeds": an unwritten language by its Dutch name', () => {
    expect(unwrittenLanguageIn('Kunnen jullie het antwoord in het Zweeds schrijven?')).toBe('Swedish');
  });
});

describe('round 264\'s own findings', () => {
  const facts = (name: string) => diagnose(paste(name)).facts;

  it('German "bei Authentifizierung \'Keine\' gewählt" in Freshdesk with Mailgun\'s EU host: the outgoing case', () => {
    expect(diagnose(paste('r264c-03')).scenario).toBe('mailgun-outgoing');
  });

  it('"didn\'t say if it\'s in their app, in Outlook, or in the Mailgun logs": no sighting in the logs, undetermined', () => {
    const d = diagnose(paste('r264b-13'));
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.serverMessage).toBe('554 5.7.1 <pavlos@agora-thessaloniki.gr>: Relay access denied.');
  });

  it('facts: the host in brackets after the refusal, PHPMailer 5\'s "FROM SERVER:550", a Russian Gmail bounce\'s address, "регион EU"', () => {
    expect(facts('r264c-18').host).toBe('mxb.mailgun.org');
    expect(facts('r264b-01').replyCode).toBe(550);
    expect(facts('r264b-06').recipient).toBe('zakaz@vektor-logistika.ru');
    expect(facts('r264b-16').region).toBe('eu');
  });

  it('a password shown cut short and marked redacted, an empty one, "SG.xxxxx": no secret, no warning', () => {
    expect(replyText(paste('r264a-15'))).not.toContain('WARNING');
    expect(replyText(paste('r264c-04'))).not.toContain('WARNING');
  });

  it('Dutch "Wat moet ik ze vertellen?" with "Ze ontvangen inkomende mail via Mailgun": a Dutch message, no MX-away branch', () => {
    const reply = replyText(paste('r264a-07'));
    expect(messageSection(reply)).toContain('In het Nederlands:');
    expect(reply).not.toContain('should not receive mail through Mailgun');
  });

  it('German "Eine fertige Nachricht brauche ich nicht, ich formuliere selbst": no message', () => {
    expect(messageSection(replyText(paste('r264b-09')))).toBe('');
  });

  it('a typo said fixed ("We fixed the typo in the address on the 29th"): the old address\'s 5.1.1 is no other error', () => {
    expect(replyText(paste('r262c-16'))).not.toContain('Another error in the paste');
  });

  it('"Mailgun accepted and delivered ... which refused it" no more: tried to deliver', () => {
    expect(replyText(paste('r264b-15'))).not.toContain('accepted and delivered');
  });

  it('"blocked by the administrator\'s policy. Contact your IT department.", no list named: the recipient side\'s rule first, no IP chase', () => {
    const reply = replyText(paste('r264b-17'));
    expect(reply).toContain("The message names the receiving side's own rule");
    expect(reply).not.toContain('it usually names the block list');
    expect(reply).not.toContain('send the event to Mailgun support');
  });

  it('Postfix set to log in that sends none: the message asks to check the password map and its key first, and keeps no "settings can stay"', () => {
    const message = messageSection(replyText(paste('r264a-02')));
    expect(message).toContain('postconf smtp_sasl_password_maps');
    expect(message).not.toContain('können bleiben');
  });

  it('Finnish "molempiin suuntiin" and "We use Mailgun both ways" beside Routes mentioned: no lean toward mail coming in', () => {
    const reply = replyText(paste('r264b-12'));
    expect(reply).not.toContain('leans toward mail coming in');
    expect(reply).toContain('The most common cause is an application sending through Mailgun');
  });

  it('a recipient\'s refusal with no server named (an old bounced webhook): the administrator gets the message, date and recipient', () => {
    const reply = replyText(paste('r264a-12'));
    expect(reply).toContain('the refusal above (its message, the date and the recipient; the Logs entry of that message names the server)');
    expect(reply).not.toContain("the refusal above (the server's name and its message)");
  });

  it('Polish "Adres odbiorcy jest poprawny według klienta": the address said right, the domain the question', () => {
    expect(replyText(paste('r264a-11'))).toContain('The address is said to be right, so the domain is the question');
  });
});

describe('the code review of round 264\'s replies and facts', () => {
  const relay = '550 5.7.1 Relaying denied';
  const message = (text: string) => messageSection(replyText(`${relay}\n${text}`));

  it('a secret in the comment above an API-key-shaped password is never quoted', () => {
    const text = [
      '535 5.7.0 Mailgun is not loving your login or password',
      '# API key, backup: 9f8e7d6c5b4a39281706f5e4d3c2b1a0-aaaabbbb-ccccdddd',
      'SMTP_PASSWORD=0123456789abcdef0123456789abcdef-1a2b3c4d-5e6f7a8b',
    ].join('\n');
    const reply = replyText(text);
    expect(reply).not.toContain('9f8e7d6c5b4a39281706f5e4d3c2b1a0');
    expect(reply).not.toContain('0123456789abcdef0123456789abcdef');
  });

  it.each([
    '# SMTP password from Domain settings (the API key is in MAILGUN_API_KEY)',
    '# the SMTP password, used instead of the API key',
  ])('a comment that does not call the value the API key: no such step (%s)', (comment) => {
    const text = ['535 5.7.0 Mailgun is not loving your login or password', comment, 'SMTP_PASSWORD=0123456789abcdef0123456789abcdef-1a2b3c4d-5e6f7a8b'].join('\n');
    expect(replyText(text)).not.toContain('The settings give an API key as the password');
  });

  it.each([
    ['French', 'Que dois-je dire au client ? Je ne sais pas quoi lui dire, il ne comprend rien et ne veut rien changer.', 'En français:'],
    ['German with "du"', 'Kannst du mir eine Antwort für den Kunden schreiben? Du weißt ja, was du sagen musst.', 'Auf Deutsch:'],
    ['Italian with "mi"', 'Mi puoi scrivere una risposta per il cliente? Non ne so niente, mi serve subito.', 'In italiano:'],
  ])('%s: the written language, no note', (_, ask, intro) => {
    const section = message(ask);
    expect(section).toContain(intro);
    expect(section).not.toContain('The message is in English');
  });

  it.each([
    ['Danish', 'Kan du skrive en besked, jeg kan sende videre til kunden?'],
    ['Finnish', 'Voitko kirjoittaa vastauksen jonka voin lähettää asiakkaalle suomeksi?'],
    ['Czech', 'Napiš prosím odpověď, kterou můžu poslat zákazníkovi.'],
  ])('a %s ask: a message in English, and the note', (language, ask) => {
    expect(message(ask)).toContain(`not in ${language}. Translate it before you send it.`);
  });

  it.each([
    ['SMTP_PASSWORD=Ab3-k9.xXx.XxX'],
    ['SMTP_PASSWORD="k9$Lm/2+Q=..masked"'],
  ])('a real-looking password is redacted: %s', (line) => {
    expect(replyText(`535 5.7.0 Mailgun is not loving your login or password\n${line}`)).toContain('WARNING');
  });

  it('a French move said of the speaker, or denied: no recipient move', () => {
    const refusal = '550 relay not permitted (mx-host mail.old-host.example)';
    for (const said of ['Nous avons migré vers Google Workspace le mois dernier.', 'On a migré vers Microsoft 365.', "Le client n'a jamais migré vers Microsoft 365."]) {
      expect(replyText(`${refusal}\n${said}`)).not.toContain("The paste says the recipient's mail moved to another provider");
    }
  });

  it('Japanese "お客様向けの返信を日本語でお願いします": still an ask', () => {
    expect(message('お客様向けの返信を日本語でお願いします。')).toContain('日本語:');
  });

  it.each([
    ['Italian', 'Puoi controllare perché un messaggio da inviare a 200 destinatari viene rifiutato'],
    ['Russian', 'Надо написать письмо в поддержку Mailgun или это у нас проблема'],
  ])('%s: no ask', (_, text) => {
    expect(message(text)).toBe('');
  });

  it('German "Die Antwort brauche ich nicht sofort": the message still asked', () => {
    expect(message('Was soll ich dem Kunden sagen? Die Antwort brauche ich nicht sofort, morgen reicht.')).toContain('Auf Deutsch:');
  });

  it('"None" for authentication denied or changed after: no missing login', () => {
    for (const said of ['We never selected None for authentication, it is set to LOGIN.', 'We initially selected None for authentication, then changed it to Login and it still fails.']) {
      const d = diagnose(`Our app gets ${relay} from smtp.mailgun.org\n${said}`);
      expect(d.evidence.some((e) => /not authenticated|shows no login/i.test(e.rule))).toBe(false);
    }
  });

  it('a typo fix said of the sender address, and two different recipients: the other error is kept', () => {
    const text = [
      'We fixed the sender address on the 29th.',
      '550 5.7.1 <sales1@acme-corp.example>: Relay access denied',
      '552 5.2.2 <sales2@acme-corp.example>: Mailbox full',
    ].join('\n');
    expect(diagnose(text).facts.otherErrors.length).toBeGreaterThan(0);
  });

  it('a domain in brackets after the refusal is no refusing host; "регион US или EU?" no region', () => {
    expect(diagnose('Forwarding to bob@gmail.com failed: 550 5.7.1 Relaying denied (gmail.com)').facts.host).not.toBe('gmail.com');
    expect(diagnose('550 5.7.1 Relaying denied. У них регион US или EU?').facts.region).toBeNull();
    expect(diagnose('550 5.7.1 Relaying denied. Клиент в регионе EU.').facts.region).toBe('eu');
  });
});
