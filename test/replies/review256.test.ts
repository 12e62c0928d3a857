/**
 * Round 256: retyped fragments, adversarial pastes on the newest readings, and whole tickets in other languages. The flaws
 * it found: "5.2.2 Postfach voll / mailbox unavailable" read as an unknown address; "het ging naar a@x" not read; a
 * fragment's "...mxa.mailgun.org" not read as the US region; a newest-first event list's older, fixed mailbox-full error
 * read over the current relay refusal; a second process's session (nodemailer's "[worker] ... S: 220") read as the first's,
 * which had logged in; a permanent 5.2.2 after three 4.2.2 attempts read as the first attempt; "5.7.1 betyder 'relaying
 * denied'" (a customer's belief) read as a refusal; "mall@ (not a typo)" offered a route correction; Outlook's "Das Konto ist
 * 'a@x'" and "gemeldet von" taken as the recipient; "konto w regionie EU" not read; polite asks in other languages not read
 * ("Mi potreste gentilmente preparare una risposta", "Byłbym wdzięczny za odpowiedź", "回答文を作成していただけますでしょうか",
 * "Можно ответ на русском"); an answer asked in Swedish written in German.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the diagnosis', () => {
  it('"550 5.2.2 Postfach voll / mailbox unavailable": a full mailbox', () => {
    expect(diagnose(paste('r256a-15')).kind).toBe('mailbox-full');
  });

  it('"het ging naar info@x", a fragment\'s "...mxa.mailgun.org": the recipient and the US region', () => {
    const { facts } = diagnose(paste('r256a-08'));
    expect(facts.recipient).toBe('info@tulpenhof-example.nl');
    expect(facts.region).toBe('us');
  });

  it('"Events, latest first": the newest relay refusal, not the older mailbox-full error said fixed', () => {
    const diagnosis = diagnose(paste('r256b-03'));
    expect(diagnosis.scenario).toBe('recipient-host');
    expect(diagnosis.facts.replyCode).toBe(550);
  });

  it('a web process that logged in and a worker that did not: the worker\'s session, outgoing', () => {
    const diagnosis = diagnose(paste('r256b-14'));
    expect(diagnosis.scenario).toBe('mailgun-outgoing');
    expect(diagnosis.facts.authAttempted).toBe(false);
  });

  it('three 452 4.2.2 attempts then 552 5.2.2: the permanent one', () => {
    const { facts } = diagnose(paste('r256b-07'));
    expect(facts.replyCode).toBe(552);
    expect(facts.enhancedCode).toBe('5.2.2');
  });

  it('"5.7.1 betyder \'relaying denied\'", a customer\'s belief, beside Outlook\'s block list: blocked', () => {
    const diagnosis = diagnose(paste('r256c-12'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('blocked');
  });

  it('Outlook\'s German "Das Konto ist \'a@x\'" is the account; "Empfänger war b@y" the recipient', () => {
    expect(diagnose(paste('r256c-01')).facts.recipient).toBe('bestellung@gastro-mueller.de');
  });

  it('"konto w regionie EU": the EU region', () => {
    expect(diagnose(paste('r256c-08')).facts.region).toBe('eu');
  });

  it('an OCR\'d address beside its clean copy in the transcript, its label opened by a 1 ("vortexa-1ogistics"): the clean one', () => {
    expect(diagnose(paste('r256b-01')).facts.recipient).toBe('james.novak@vortexa-logistics.eu');
  });
});

describe('the replies', () => {
  it('"mall@ (not a typo)" beside a route for mail@: no correction of that route', () => {
    const reply = replyText(paste('r256b-17'));
    expect(reply).not.toContain('correct it to');
    expect(reply).not.toContain('Please correct its expression');
  });

  it('polite asks in Italian, Portuguese, Polish, Japanese, Russian and French: a message in each', () => {
    expect(messageSection(replyText(paste('r256c-04')))).toMatch(/\nIn italiano: /);
    expect(messageSection(replyText(paste('r256c-16')))).toMatch(/\nIn italiano: /);
    expect(messageSection(replyText(paste('r256c-05')))).toMatch(/\nEm português: /);
    expect(messageSection(replyText(paste('r256c-06')))).toMatch(/\nEm português: /);
    expect(messageSection(replyText(paste('r256c-08')))).toMatch(/\nPo polsku: /);
    expect(messageSection(replyText(paste('r256c-09')))).toMatch(/\n日本語: /);
    expect(messageSection(replyText(paste('r256c-10')))).toMatch(/\nПо-русски: /);
    expect(messageSection(replyText(paste('r256c-03')))).toMatch(/\nEn français: /);
  });

  it('an answer asked in Swedish or Turkish, languages the messages are not written in: English, not a near language', () => {
    expect(messageSection(replyText(paste('r256c-12')))).toMatch(/^What you can tell the customer\n-+\n(?!Auf Deutsch|En français)/);
    expect(messageSection(replyText(paste('r256c-11')))).not.toBe('');
  });
});

describe('the replies, on a second read', () => {
  it('Thunderbird\'s Japanese popup ("メールの送信に失敗しました", "送信サーバー (SMTP)") and "日本語で返信したいです": a mail program, a Japanese message', () => {
    expect(diagnose(paste('r256a-04')).facts.client).toBe('mail-program');
    expect(messageSection(replyText(paste('r256a-04')))).toMatch(/\n日本語: /);
  });

  it('"when they send \'it said something like relaying not allowed\'": seen while sending', () => {
    expect(replyText(paste('r256a-12'))).toContain('seen while sending');
  });

  it('"um print da página de Logs do Mailgun", "acha que o problema é a senha": seen in Mailgun\'s logs, and the password is not the cause', () => {
    const diagnosis = diagnose(paste('r256a-09'));
    expect(diagnosis.evidence.map((e) => e.rule)).toContain("The error was seen in Mailgun's logs or events");
    expect(replyText(paste('r256a-09'))).toContain('Is the password wrong? No:');
  });

  it('"abbiamo spostato il dominio dal vecchio account Mailgun al nuovo account europeo": the route left in the old account', () => {
    expect(replyText(paste('r256c-16'))).toContain('the paste says the domain moved to another Mailgun account');
  });

  it('"ils étaient passés chez Microsoft 365": the recipient\'s mail moved, the move to finish', () => {
    expect(diagnose(paste('r256c-03')).facts.recipientMailMoved).toBe(true);
  });

  it('"Адрес точно правильный": the address said right; "проверьте, что адрес правильный" is no statement', async () => {
    expect(diagnose(paste('r256c-17')).facts.addressConfirmed).toBe(true);
    const { saysAddressIsRight } = await import('../../src/diagnosis/statements.js');
    expect(saysAddressIsRight('проверьте, что адрес правильный')).toBe(false);
    expect(saysAddressIsRight('адрес правильный?')).toBe(false);
  });

  it('"the real address is support@x" beside an OCR\'d "suppart@x": one recipient', () => {
    expect(diagnose(paste('r256b-16')).facts.recipients).toEqual(['support@brennan-tools.ie']);
  });
});

describe('near misses of this round\'s new readings', () => {
  const refusal = '550 5.7.1 Relaying denied\nhost smtp.mailgun.org port 587, nodemailer';

  it('"Events, latest first" over a relay refusal below another error: the upper one is current', () => {
    const list = 'Events, latest first:\n2024-04-22T07:31:10Z failed permanent a@x.example code 535 "5.7.0 Mailgun is not loving your login or password"\n2024-04-15T14:02:48Z failed permanent a@x.example code 550 "5.7.1 Relaying denied" from smtp.mailgun.org';
    expect(diagnose(list).kind).toBe('auth-failure');
  });

  it('a temporary refusal then a permanent one of another status: the first is not replaced', () => {
    const log = 'Temporary failure 452 4.2.2 The recipient\'s inbox is out of storage space\nPermanent failure 550 5.1.1 The email account does not exist';
    expect(diagnose(log).facts.enhancedCode).toBe('4.2.2');
  });

  it('two addresses a letter apart, neither said the real one, both stay; a real one said keeps another far from it', () => {
    const two = '<anna@x.example>: host mxa.mailgun.org[34.1.1.1] said: 550 5.7.1 Relaying denied\n<anne@x.example>: host mxa.mailgun.org[34.1.1.1] said: 550 5.7.1 Relaying denied';
    expect(diagnose(two).facts.recipients).toEqual(expect.arrayContaining(['anna@x.example', 'anne@x.example']));
    const far = '<anna@x.example>: host mxa.mailgun.org[34.1.1.1] said: 550 5.7.1 Relaying denied\n<robert@x.example>: host mxa.mailgun.org[34.1.1.1] said: 550 5.7.1 Relaying denied\nThe real address is anna@x.example.';
    expect(diagnose(far).facts.recipients).toEqual(expect.arrayContaining(['anna@x.example', 'robert@x.example']));
  });

  it('polite words in Polish with nothing asked: no message', () => {
    expect(replyText(`${refusal}\nByłbym wdzięczny, gdyby to działało.`)).not.toContain('What you can tell');
  });
});
