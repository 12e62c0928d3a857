/**
 * Round 251: an ordinary week, people who had already tried things, and errors retyped by hand. The flaws it found: Mailgun's
 * login refusal retyped without its code and with a slip ("not loving your login or pasword") read as a missing login, qmail's
 * "alowed rcpthosts" not read as a relay refusal, a retyped "sending limit exceeded" taken for a relay refusal; the US MX named
 * in a line that ends "— routes?" read as a host only asked about; "sending to their colleague tom@x" and a code comment's
 * "// to: a@b" not read as the recipient; a domain "créé ... dans la région EU" beside the US host left in the US region;
 * PHPMailer code in a site's own plugin taken for WP Mail SMTP; a route with a typo, or for the parent domain, fixed in the
 * reply but not in the message to pass on; an SPF theory said without a question not answered; a recipient domain said to
 * block the mail not answered.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('the diagnosis', () => {
  it('"mailgun is not loving your login or pasword", retyped without its code: the login was refused', () => {
    const diagnosis = diagnose(paste('r251c-15'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('auth-failure');
  });

  it('"553 sorry, that domain isnt in my list of alowed rcpthosts": the recipient\'s host', () => {
    expect(diagnose(paste('r251c-11')).scenario).toBe('recipient-host');
  });

  it('"sending limit exceeded", retyped: a rate limit, not a relay refusal', () => {
    const diagnosis = diagnose(paste('r251c-17'));
    expect(diagnosis.scenario).toBe('not-relaying-denied');
    expect(diagnosis.kind).toBe('rate-limit');
  });

  it('"mxa.mailgun.org relaying denied when ... — routes?": the host said to refuse names its region', () => {
    expect(diagnose(paste('r251c-07')).facts.region).toBe('us');
  });

  it('the recipient in words and in a code comment', () => {
    expect(diagnose(paste('r251a-15')).facts.recipient).toBe('tom@brightlabs-example.co.uk');
    expect(diagnose(paste('r251b-05')).facts.recipient).toBe('ksiegowosc@biuro-nowak.pl');
  });

  it('"créé mg.factura-pro.fr dans la région EU" beside smtp.mailgun.org: the EU region', () => {
    expect(diagnose(paste('r251b-04')).facts.region).toBe('eu');
  });

  it('PHPMailer set up in code, "nein, sie nutzen direkt PHPMailer in einem eigenen Plugin": PHPMailer, not WP Mail SMTP', () => {
    expect(diagnose(paste('r251b-01')).facts.client).toBe('phpmailer');
  });
});

describe('the replies', () => {
  it('a route made with a typo: the message names it and its correction', () => {
    const message = messageSection(replyText(paste('r251b-06')));
    expect(message).toContain('the Route set up for it, match_recipient("suport@help.acmewidgets.io"), does not take that address');
    expect(message).toContain('correct its expression to match_recipient("support@help.acmewidgets.io")');
  });

  it('a route for the parent domain, in Polish: the correction in the message', () => {
    expect(messageSection(replyText(paste('r251a-08')))).toContain('poprawić jej wyrażenie na match_recipient("orders@in.sklep-example.pl")');
  });

  it('"Él insiste en que es un tema de SPF": answered, no', () => {
    expect(replyText(paste('r251b-02'))).toMatch(/Does this have to do with SPF or DKIM\? No:/);
  });

  it('"El cliente cree que ferreteria-luna.mx los tiene bloqueados": no provider saw the message', () => {
    expect(replyText(paste('r251c-03'))).toMatch(/blocking you\? No: Mailgun's own SMTP server refused the message before any recipient's provider saw it/);
  });

  it('a reply asked for in Japanese and a "Was sag ich ihm?": messages in the language', () => {
    expect(messageSection(replyText(paste('r251c-04')))).toMatch(/^What you can tell the customer\n-+\n日本語: /);
    expect(messageSection(replyText(paste('r251b-01')))).toMatch(/^What you can tell the customer\n-+\nAuf Deutsch: /);
  });
});

describe('the replies, on a second read', () => {
  it('"już zresetował dane SMTP": read as a changed password, and the Polish message says it is not the cause', () => {
    expect(messageSection(replyText(paste('r251b-12')))).toContain('Login i hasło nie są przyczyną');
  });
});

describe('the replies, on a third read', () => {
  it('"the password in Mailgun is correct because they can log in to the dashboard fine": no, that is the account\'s login', () => {
    expect(replyText(paste('r251a-05'))).toMatch(/Does a working dashboard login prove the password\? No: the dashboard takes the Mailgun account's email and password/);
  });

  it('MAIL_PASSWORD="${MAILGUN_SECRET}": the API key given as the SMTP password', () => {
    expect(replyText(paste('r251a-14'))).toContain('The settings give an API key as the password');
  });
});
