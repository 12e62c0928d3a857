/** Review round 138's findings on the replies and facts, each on the reviewer's own paste (test/fixtures/pastes138*). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const paste = (set: string, name: string) => readFileSync(new URL(`../fixtures/${set}/${name}.txt`, import.meta.url), 'utf8');
const replyTo = (text: string) => renderText(buildReply(diagnose(text)), { ui: 'current' });

describe('review round 138', () => {
  it('a route "replaced ... with ..." is gone: only the one that replaced it is checked (c138-09)', () => {
    const d = diagnose(paste('pastes138c', 'c138-09'));
    expect(d.facts.routes).toEqual(['match_recipient("invoice@inbox.brightwater.io")']);
    expect(replyTo(paste('pastes138c', 'c138-09'))).not.toContain('matches "invoices@inbox.brightwater.io" already');
  });

  it('a tagged address gets one Route for every tag in the Fix, not one for this tag alone (c138-10)', () => {
    const reply = replyTo(paste('pastes138c', 'c138-10'));
    // (the route shown takes bewerbung@ itself: widened, it keeps taking it; round 173c)
    expect(reply).toContain('match_recipient("^bewerbung(\\+.*)?@jobs\\.talentwerk\\.de$") for bewerbung@ and every bewerbung+… address');
    expect(reply).not.toContain('for it alone');
  });

  it('"nos enregistrements MX" makes the domain the person\'s own: no "if it is not your domain" (c138-08)', () => {
    expect(replyTo(paste('pastes138c', 'c138-08'))).not.toContain('is not your domain');
  });

  it('a GET on the US Routes API is no route made there: the reply says listed or made (c138-11)', () => {
    const reply = replyTo(paste('pastes138c', 'c138-11'));
    expect(reply).toContain('it lists and makes only US routes');
    expect(reply).not.toContain('routes being made');
  });

  it('"account EU" is the region (c138-15), and the EU API host is then given without a hedge', () => {
    const d = diagnose(paste('pastes138c', 'c138-15'));
    expect(d.facts.region).toBe('eu');
    expect(replyTo(paste('pastes138c', 'c138-15'))).not.toContain('for a domain in the EU region');
  });

  it("mailq's \"-- 412 Kbytes in 37 Requests.\" is no server reply (b138-35)", () => {
    const d = diagnose(paste('pastes138b', 'b138-35'));
    expect(d.facts.replyCode).not.toBe(412);
    expect(d.facts.serverMessage ?? '').not.toContain('Kbytes');
  });

  it.each([
    ['pastes138c', 'c138-01', 'mautic', 'Fix: in Settings → Configuration → Email Settings, fill in User and Password of the SMTP DSN'],
    ['pastes138c', 'c138-02', 'zammad', 'Fix: in Settings → Channels → Email → Accounts, edit the outbound account (SMTP)'],
    ['pastes139c', 'c139-02', 'sentry', 'Fix: in sentry/config.yml, set mail.username and mail.password'],
    ['pastes139c', 'c139-03', 'magento', 'Fix: in Stores → Configuration → Advanced → System → Mail Sending Settings, set Authentication method to LOGIN'],
  ])("%s/%s: the application's own settings screen, not its framework's config or a generic client's (%s)", (set, name, client, fix) => {
    expect(diagnose(paste(set, name)).facts.client).toBe(client);
    const reply = replyTo(paste(set, name));
    expect(reply).toContain(fix);
    for (const framework of ['(the @ of the login written %40)', 'config.action_mailer', 'EMAIL_HOST_USER', 'I could not tell which program sends the mail']) expect(reply).not.toContain(framework);
  });
});

describe('review round 139', () => {
  it('a route asked about is no route there is: "catch_all() 로 전부 받아도 되나요?" (c139-10)', () => {
    expect(diagnose(paste('pastes139c', 'c139-10')).facts.routes).toEqual(['match_recipient("support@mail.hanbit-shop.kr")']);
    expect(replyTo(paste('pastes139c', 'c139-10'))).not.toContain('no new route is needed');
  });

  it.each([
    // "Podemos colocar a MAILGUN_API_KEY como senha do SMTP?", "Ska vi använda API-nyckeln som lösenord i stället?"
    ['c139-04', "API key or SMTP password? The domain's SMTP password, not the API key"],
    ['c139-07', "API key or SMTP password? The domain's SMTP password, not the API key"],
    // "... automatisch nochmal verschickt?", "Czy te zwrócone maile wyjdą same z kolejki po poprawce?", "거래처가 메일을 다시 보내야 하나요?"
    ['c139-01', 'Will it be sent again?'],
    ['c139-05', 'Will it be sent again?'],
    ['c139-10', 'Will it be sent again?'],
    // "Liegt das an Mailgun oder an unserer Konfiguration?", "누구 잘못인가요?"
    ['c139-01', "Whose side is it on? The sender's"],
    ['c139-10', 'Whose side is it on?'],
    // "dobbiamo togliere questi indirizzi da qualche lista in Mailgun?"
    ['c139-15', 'Is the address on a suppression list?'],
  ])('%s answers "%s"', (name, answer) => {
    expect(replyTo(paste('pastes139c', name))).toContain(answer);
  });

  it.each([
    ['c139-15', 'eu'],
    ['c139-18', 'us'],
  ])('%s: the region said as "regione EU" or "US 리전" is read (%s)', (name, region) => {
    expect(diagnose(paste('pastes139c', name)).facts.region).toBe(region);
  });

  it('"smtp.eu.maiIgun.org" is Mailgun\'s EU host in a paste OCR damaged elsewhere too, or said to be OCR\'s, and a look-alike otherwise (a139-01)', () => {
    expect(diagnose('Host: smtp.eu.maiIgun.org\n55O 5.7.l Relaying denied').facts).toMatchObject({ host: 'smtp.eu.mailgun.org', hostRole: 'mailgun-smtp', region: 'eu' });
    // (a139-01 says "hab sie durch OCR gejagt": the person's word that the text is OCR's; without it, no damage shows)
    const ocr = paste('pastes139a', 'a139-01');
    expect(diagnose(ocr).facts.hostRole).toBe('mailgun-smtp');
    expect(diagnose(ocr.replace(', hab sie durch OCR gejagt, daher die komischen Zeichen', '')).facts.hostRole).not.toBe('mailgun-smtp');
  });

  it("an Exim smarthost's refused login: the new password goes in passwd.client, and the deferred mail waits in its queue (c139-17)", () => {
    const reply = replyTo(paste('pastes139c', 'c139-17'));
    expect(reply).toContain('put it in /etc/exim4/passwd.client');
    expect(reply).toContain("Will it be sent again? They wait in Exim's queue, deferred");
  });

  it('an app whose login Mailgun refused sends its mail again itself', () => {
    const reply = replyTo('PHPMailer: SMTP Error: Could not authenticate. 535 5.7.0 Mailgun is not loving your login or password (smtp.mailgun.org:587)\nWill the failed invoices be resent?');
    expect(reply).toContain('Will it be sent again? Yes, once the login works');
  });
});


describe("session 32's code review (test/fixtures/review32)", () => {
  const review = (name: string) => readFileSync(new URL(`../fixtures/review32/${name}.txt`, import.meta.url), 'utf8');

  it.each([
    // a closed ticket's introduction that says "since", or names a company "Nova": still the old case, set aside
    ['01-closed-ticket-intro-since', 'not-relaying-denied'],
    ['01b-closed-ticket-intro-seit-de', 'not-relaying-denied'],
    ['01c-closed-ticket-intro-nova-name', 'not-relaying-denied'],
    // "no connection refused or timeout": no connection failure; "ya está escalado": not fixed
    ['04-no-connection-refused-blanks-ticket', 'mailgun-outgoing'],
    ['05-es-ya-esta-escalado-read-as-fixed', 'mailgun-outgoing'],
  ])('%s: %s', (name, scenario) => {
    expect(diagnose(review(name)).scenario).toBe(scenario);
  });

  it('keeps a route asked "왜 안 되나요?" (why does it not work) about, and the route that replaced another "with a forward()"', () => {
    expect(diagnose(review('02-ko-why-not-route-read-as-proposed')).facts.routes).toHaveLength(1);
    expect(diagnose(review('03-replaced-with-new-route-with-forward')).facts.routes).toEqual(['match_recipient("invoice@inbox.brightwater.io")']);
  });

  it("answers how long in step with the Bounces list and a retired address", () => {
    expect(replyTo(review('06-how-long-recipient-host-bounces-list'))).toContain('and the address is off the Bounces list');
    expect(replyTo(review('06b-how-long-retired-address'))).toContain('How long until it works? Not for this address');
  });

  it('reads no region from "no está en la región EU", no blame from "no es culpa de Mailgun", no question from "whose problem started"', () => {
    expect(diagnose(review('07-es-region-eu-negated')).facts.region).toBeNull();
    expect(diagnose(review('08-es-no-es-culpa-de-mailgun')).facts.mailgunBlamed).toBe(false);
    expect(diagnose(review('08b-whose-relative-clause')).facts.ownSideAsked).toBe(false);
  });

  it.each([
    ['09-es-desde-hace-cuanto-tiempo', 'How long until it works?'],
    ['09b-de-wie-lange-schon', 'How long until it works?'],
    ['10-es-quitar-de-la-lista-de-avisos', 'Is the address on a suppression list?'],
  ])('%s asks no "%s"', (name, question) => {
    expect(replyTo(review(name))).not.toContain(question);
  });
});

describe('review round 140', () => {
  it("today's log under a sentence that only names the old case is no closed ticket's block (c140-17)", () => {
    expect(diagnose(paste('pastes140c', 'c140-17'))).toMatchObject({ scenario: 'not-relaying-denied', kind: 'auth-failure' });
  });

  it('"Do we need a catch_all() route for this?" is a question, not a route there is (c140-11)', () => {
    expect(diagnose(paste('pastes140c', 'c140-11')).facts.routes).toEqual(['match_recipient("orders@parse.orderpilot.app")']);
    expect(replyTo(paste('pastes140c', 'c140-11'))).not.toContain('no new route is needed');
  });

  it.each([
    // "be sent again by themselves?", "¿se van a reenviar solos?", "vão ser reenviados automaticamente?", "Berapa lama ...?"
    ['c140-01', 'Will it be sent again?'],
    ['c140-02', 'Will it be sent again?'],
    ['c140-05', 'Will it be sent again?'],
    ['c140-07', 'How long until it works?'],
  ])('%s answers "%s"', (name, answer) => {
    expect(replyTo(paste('pastes140c', name))).toContain(answer);
  });

  it('"it said something about relay", half remembered, is a relay question with no side shown (a140-06)', () => {
    expect(diagnose(paste('pastes140a', 'a140-06')).scenario).toBe('undetermined');
  });

  it('"adresse de transfert : sav@x.freshdesk.com" becomes the Route\'s forward() in the Fix, beside a deleted catch_all() (c140-09)', () => {
    expect(replyTo(paste('pastes140c', 'c140-09'))).toContain('Fix: add a Route for the address, match_recipient("sav@contact.maison-lavande.fr") with forward("sav@maisonlavande.freshdesk.com")');
  });

  it("a Google Workspace route to Mailgun: the Fix says it cannot log in, and what to do instead (c140-06)", () => {
    const reply = replyTo(paste('pastes140c', 'c140-06'));
    expect(reply).toContain("Fix: Google Workspace's route cannot log in to Mailgun");
    expect(reply).not.toContain('turn on SMTP authentication in the sending application');
  });

  it("WP Mail SMTP's Fix points \"settings below\" at the Other SMTP settings shown, not at the Mailgun mailer (c140-02)", () => {
    const reply = replyTo(paste('pastes140c', 'c140-02'));
    expect(reply).toContain("send the plugin's test email (settings below); or pick the plugin's own \"Mailgun\" mailer");
    expect(reply).not.toContain('needs no SMTP login (settings below)');
  });
});

