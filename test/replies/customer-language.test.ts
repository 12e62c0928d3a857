/**
 * The message for the customer in the language the support person asked in, or named, with the English beside it;
 * every translation carries the same values (login, recipient, host, API host) as the English.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { customerLanguage, type CustomerLanguage } from '../../src/replies/customer-message/index.js';
import { GERMAN } from '../../src/replies/customer-message/de.js';
import { ENGLISH } from '../../src/replies/customer-message/en.js';
import { SPANISH } from '../../src/replies/customer-message/es.js';
import { FRENCH } from '../../src/replies/customer-message/fr.js';
import { ITALIAN } from '../../src/replies/customer-message/it.js';
import { JAPANESE } from '../../src/replies/customer-message/ja.js';
import { DUTCH } from '../../src/replies/customer-message/nl.js';
import { POLISH } from '../../src/replies/customer-message/pl.js';
import { PORTUGUESE } from '../../src/replies/customer-message/pt.js';
import { RUSSIAN } from '../../src/replies/customer-message/ru.js';
import type { CustomerMessages, CustomerMessageValues } from '../../src/replies/customer-message/types.js';
import type { RichText } from '../../src/replies/model.js';
import { renderBlocks } from '../../src/replies/render-blocks.js';
import { INCOMING, OUTGOING, RECIPIENT_HOST, replyText } from './helpers.js';

const TRANSLATIONS: Record<Exclude<CustomerLanguage, 'en'>, CustomerMessages> = {
  de: GERMAN, es: SPANISH, fr: FRENCH, pt: PORTUGUESE, it: ITALIAN, nl: DUTCH, pl: POLISH, ru: RUSSIAN, ja: JAPANESE,
};

const codes = (rich: RichText): string[] => rich.filter((s) => s.kind === 'code').map((s) => s.text).sort();
const plainOf = (rich: RichText): string => rich.map((s) => s.text).join('');

const FULL: CustomerMessageValues = { loginFine: true, loginRight: true, resendNoted: true, dmarcDomain: 'shop.example', dmarcRemoved: true, routeToApp: true, notRelayAsked: true, routeFix: { shown: 'match_recipient("suport@shop.example")', corrected: 'match_recipient("support@shop.example")' }, login: 'postmaster@mg.shop.example', recipient: 'anna@partner.example', host: 'mx.partner.example', suggestion: 'anna@partner-example.com', euApi: 'https://api.eu.mailgun.net', port: '2525', tls: 'STARTTLS', phone: '+33 4 72 00 00 00', queued: true, readerRunsMail: true, provider: 'Microsoft 365', microsoft365: true, tenantAttribution: false, routesInUse: true, mxMeant: false, stoppingLine: 'MAIL_USERNAME=', appSettings: true, relayhostKey: '[smtp.eu.mailgun.org]:587', postfixMap: { path: '/etc/postfix/sasl/sasl_passwd', argument: 'lmdb:/etc/postfix/sasl/sasl_passwd', texthash: true }, refusal: '550 5.7.1 Unable to relay', reporter: 'mail.sender.example', smtpHost: 'smtp.eu.mailgun.org', loginCause: { kind: 'variable-mismatch', role: 'login', read: 'SMTP_USER', set: 'SMTP_USERNAME', compose: false }, otherRoute: 'sales@shop.example', routesDeleted: false, domainRefused: { domain: 'partner.example', count: 3 }, newAddress: null, upgradeAsked: true, someRefused: true, othersReach: true, gateway: 'Mimecast' };
/** The other causes and the Routes said deleted, each once: their sentences name what the English names too. */
const FULL_OTHER_CAUSES: CustomerMessageValues[] = [
  { ...FULL, loginCause: { kind: 'setting-empty', role: 'password', condition: 'if PASSWORD:' }, routesDeleted: true, domainRefused: null },
  { ...FULL, loginCause: { kind: 'key-misnamed', shown: 'username:', right: 'user_name:' }, otherRoute: null, routeFix: null, newAddress: 'anna@partner-new.example' },
  { ...FULL, loginCause: { kind: 'line-commented', line: '# server.login(USER, PASSWORD)', marker: '#' }, routesInUse: false },
  { ...FULL, loginCause: { kind: 'default-credentials' } },
  { ...FULL, loginCause: { kind: 'variable-mismatch', role: 'password', read: 'SMTP_PASS', set: 'MAILGUN_SMTP_PASS', compose: true } },
  { ...FULL, loginCause: { kind: 'env-empty', login: 'MAIL_USERNAME', password: 'MAIL_PASSWORD', apply: 'php artisan config:clear' } },
  { ...FULL, loginCause: { kind: 'call-missing', marker: '# TODO login', call: 'server.login("postmaster@shop.example", PASSWORD)', after: 'server.starttls()' } },
];
const BARE: CustomerMessageValues = { loginFine: false, loginRight: false, resendNoted: false, dmarcDomain: null, dmarcRemoved: false, routeToApp: false, notRelayAsked: false, routeFix: null, login: 'postmaster@YOUR_DOMAIN', recipient: null, host: null, suggestion: null, euApi: 'https://api.eu.mailgun.net', port: '587', tls: 'STARTTLS', phone: null, queued: false, readerRunsMail: false, provider: null, microsoft365: false, tenantAttribution: false, routesInUse: false, mxMeant: false, stoppingLine: null, appSettings: false, relayhostKey: null, postfixMap: { path: '/etc/postfix/sasl_passwd', argument: '/etc/postfix/sasl_passwd', texthash: false }, refusal: null, reporter: null, smtpHost: 'smtp.mailgun.org', loginCause: null, otherRoute: null, routesDeleted: false, domainRefused: null, newAddress: null, upgradeAsked: false, someRefused: false, othersReach: false, gateway: null };

describe('the translations of the customer messages', () => {
  for (const [language, messages] of Object.entries(TRANSLATIONS)) {
    it(`${language}: every message, with and without its optional values, names what the English names, in other words`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(ENGLISH).sort());
      for (const key of Object.keys(ENGLISH) as (keyof CustomerMessages)[]) {
        for (const values of [FULL, ...FULL_OTHER_CAUSES, BARE]) {
          const english = ENGLISH[key](values);
          const translated = messages[key](values);
          expect(codes(translated), `${language} ${key}`).toEqual(codes(english));
          expect(plainOf(translated)).not.toBe(plainOf(english));
          // (Mailgun's screens are in English: a path through them stays as it is)
          for (const path of plainOf(english).match(/Send → Sending → Domains → Add new domain/g) ?? []) expect(plainOf(translated)).toContain(path);
        }
      }
    });
  }
});

const withAsk = (ask: string, paste = OUTGOING) => `${ask}\n\n${paste}`;
/** The customer block of a reply: its paragraphs under the heading. */
const customerBlock = (reply: string): string => reply.split(/What you can tell the [^\n]*/)[1]?.split(/\n\n(?=\S[^\n]*\n-{5,})/)[0] ?? '';

describe('the customer message in the language asked in', () => {
  const cases: [string, string, string][] = [
    ['was sage ich dem Kunden?', 'Auf Deutsch:', 'Ihre'],
    ['¿qué le digo al cliente?', 'En español:', 'Su aplicación'],
    ['que dois-je dire au client ?', 'En français:', 'Votre application'],
    ['Écris-moi un message à coller au client', 'En français:', 'Votre application'],
    ['o que digo ao cliente?', 'Em português:', 'aplicação'],
    ['escreve uma resposta pro cliente colar', 'Em português:', 'aplicação'],
    ['cosa devo dire al cliente?', 'In italiano:', 'applicazione'],
    ['mi scrivi una risposta da incollare al cliente?', 'In italiano:', 'applicazione'],
    ['wat zeg ik tegen de klant?', 'In het Nederlands:', 'applicatie'],
    ['co mam powiedzieć klientowi?', 'Po polsku:', 'aplikacja'],
    ['что им ответить?', 'По-русски:', 'приложение'],
    ['お客様に何と返信すればいいですか', '日本語:', 'アプリケーション'],
  ];
  // (asked in that language: the person reads it, no English beside it)
  for (const [ask, intro, word] of cases) {
    it(`"${ask}": ${intro}, and no English twin`, () => {
      const block = customerBlock(replyText(withAsk(ask)));
      const translated = block.indexOf(intro);
      expect(translated).toBeGreaterThan(-1);
      expect(block.slice(translated)).toContain(word);
      expect(block).not.toContain('In English:');
    });
  }

  it('an ask in English gets the English message alone', () => {
    for (const ask of ['what do I tell the customer?', 'what should we tell the client?', 'write me a reply I can paste to the customer']) {
      const block = customerBlock(replyText(withAsk(ask)));
      expect(block).toContain('Your application sends through');
      expect(block).not.toContain('In English:');
    }
  });

  it('a language the paste names wins over the ask\'s own: "in German please", "she\'s French", "auf Englisch"', () => {
    expect(customerBlock(replyText(withAsk('what do I tell the customer? in German please')))).toMatch(/^[\s\S]*Auf Deutsch: Ihre[\s\S]*In English:/);
    expect(customerBlock(replyText(withAsk("how do I explain this to a non-technical customer? she's French")))).toContain('En français: Votre site');
    expect(customerBlock(replyText(withAsk('what should we tell them? he speaks only Japanese')))).toContain('日本語:');
    const english = customerBlock(replyText(withAsk('Was sage ich dem Kunden? Er spricht nur Englisch, also auf Englisch bitte')));
    expect(english).toContain('Your application sends through');
    expect(english).not.toContain('Auf Deutsch');
  });

  it('each case keeps its own message in the language: Routes for mail coming in, the recipient\'s server for a delivery', () => {
    const incoming = customerBlock(replyText(withAsk('was sage ich dem Kunden?', INCOMING)));
    expect(incoming).toContain('Auf Deutsch:');
    expect(incoming).toMatch(/Auf Deutsch:[^\n]*Route/);
    expect(incoming).toContain('info@shop.example');
    const recipient = customerBlock(replyText(withAsk('¿qué le digo al cliente?', RECIPIENT_HOST)));
    expect(recipient).toMatch(/En español:[^\n]*bob@partner\.example/);
    expect(recipient).toMatch(/En español:[^\n]*mail\.partner\.example/);
  });

  it('the translated message reaches Slack as Block Kit, its values as code', () => {
    const blocks = JSON.stringify(renderBlocks(buildReply(diagnose(withAsk('¿qué le digo al cliente?', RECIPIENT_HOST))), { ui: 'current' }));
    expect(blocks).toContain('En español:');
    expect(blocks).toContain('`bob@partner.example`');
  });

  it('reads the ask by its words, not by a lone shared one', () => {
    expect(customerLanguage('what do I tell the client?', undefined)).toBe('en');
    expect(customerLanguage('qué le digo al cliente', undefined)).toBe('es');
    expect(customerLanguage('o que digo ao cliente', undefined)).toBe('pt');
    expect(customerLanguage('cosa devo dire al cliente', undefined)).toBe('it');
    expect(customerLanguage('que dois-je dire au client', undefined)).toBe('fr');
    expect(customerLanguage('was sage ich dem Kunden', 'in English')).toBe('en');
    expect(customerLanguage('what do I tell them', 'en español')).toBe('es');
  });

  it('reads a language asked for in English beside other words: "a reply to her in Spanish ... doesn\'t read English", "She only speaks French"', () => {
    const spanish = customerBlock(replyText(withAsk("Can you write me a reply to her in Spanish please? She's in Madrid, doesn't read English.")));
    expect(spanish).toContain('En español: Su aplicación');
    const french = customerBlock(replyText(withAsk('She only speaks French, can you give me something I can paste to her?')));
    expect(french).toContain('En français: Votre application');
  });

  it('a Portuguese line with the words Spanish shares is read as Portuguese', () => {
    const block = customerBlock(replyText(withAsk('Não mandou mais nada, nem disse se foi enviando ou recebendo. O que digo ao cliente?')));
    expect(block).toContain('Em português:');
    expect(block).not.toContain('En español:');
  });
});

describe('the customer message speaks to the right person about the right fix', () => {
  const MAILBOX_FULL = '{"event":"failed","severity":"permanent","recipient":"gerencia@distribuidora.example","delivery-status":{"code":552,"enhanced-code":"5.2.2","message":"5.2.2 The email account that you tried to reach is over quota.","mx-host":"aspmx.l.google.com"}}';
  const UNKNOWN_TYPO = 'event: failed\nrecipient: jf.tremblay@gmial.com\ndelivery-status: 550 5.1.1 The email account that you tried to reach does not exist.\nmx-host: gmial.com';

  it('a full mailbox: to the sender, that only the recipient makes room and the Bounces list entry goes', () => {
    const block = customerBlock(replyText(withAsk('what do I tell the customer?', MAILBOX_FULL)));
    expect(block).toContain('Your email to gerencia@distribuidora.example was refused because the recipient\'s mailbox is full');
    expect(block).toContain('Bounces list');
    expect(block).not.toContain('we will send them again');
  });

  it('an address that does not exist, mistyped: the address meant is named', () => {
    const block = customerBlock(replyText(withAsk('what do I tell the customer?', UNKNOWN_TYPO)));
    expect(block).toContain('jf.tremblay@gmail.com is most likely the one meant');
  });

  it('the recipient who says our mail does not arrive is written to as the recipient, asked about the likely address', () => {
    const block = customerBlock(replyText(withAsk('The customer says she is not receiving our emails. What do I tell the customer?', UNKNOWN_TYPO)));
    expect(block).toContain('we had your address as jf.tremblay@gmial.com, which was refused. Is jf.tremblay@gmail.com your right address?');
  });

  it("an EU domain's API request at the US host: the host to change, not the key", () => {
    const paste = "$ curl -s --user 'api:key-xxxxxxxx' https://api.mailgun.net/v3/mg.lojaverde.com.br/messages -F to='ana@uol.com.br'\nForbidden\nHTTP/1.1 401 UNAUTHORIZED\nO domínio dele foi criado na região EU.";
    const block = customerBlock(replyText(withAsk('O que digo ao cliente?', paste)));
    expect(block).toMatch(/Em português:[^\n]*https:\/\/api\.eu\.mailgun\.net/);
    expect(block).toContain('a chave de API não está necessariamente errada');
  });

  it("mail from the customer's own clients bouncing at their domain: the message is for the customer, not the writers", () => {
    const paste = 'un cliente (los MX apuntan a Mailgun) dice que sus clientes reciben este rebote cuando le escriben a pedidos@soporte.tienda.example:\n550 5.7.1 Relaying denied\nRemote server: mxa.mailgun.org';
    const block = customerBlock(replyText(withAsk('¿Qué le digo al cliente?', paste)));
    expect(block).toContain('ninguna Route de la cuenta de Mailgun acepta esa dirección');
    expect(block).not.toContain('the problem is on our side');
  });
});

describe('what reads as an ask, and which language (the code review of session 52)', () => {
  it('a language is named by its whole name only: a city, a country or a person is none', () => {
    expect(customerLanguage('x', 'Please write it in German, the customer is in Frankfurt')).toBe('de');
    expect(customerLanguage('x', 'in Polish please, the customer is in Poland')).toBe('pl');
    expect(customerLanguage('x', 'write it in English, he is in Italy')).toBe('en');
    expect(customerLanguage('what do I tell them', 'the admin is Frans')).toBe('en');
    expect(customerLanguage('wat moet ik hem antwoorden', 'wat moet ik hem in het Frans antwoorden')).toBe('fr');
  });

  it("an address, a host or an abbreviation in an English ask is no foreign word", () => {
    expect(customerLanguage('What do I tell the customer about bob@example.com?', undefined)).toBe('en');
    expect(customerLanguage('what do I tell the customer? The domain is in the EU region.', undefined)).toBe('en');
    expect(customerLanguage('per our SLA, what do I tell them by 9am EST? Van from sales asks too', undefined)).toBe('en');
  });

  it('a description of sending is no ask for a message: no customer section', () => {
    for (const words of [
      'wenn ich eine Mail an einen externen Empfänger schreiben will, kommt das:',
      "quand j'essaie d'écrire un mail vers l'extérieur j'ai ça :",
      'Als ik een bericht naar buiten wil schrijven krijg ik dit:',
      'I need an answer to this asap',
      'We need a response to this from Mailgun support',
      'when I write a message to an external address I get this',
    ]) expect(replyText(withAsk(words)), words).not.toContain('What you can tell');
  });

  it('asks that are requests, with whom the message is for', () => {
    expect(customerBlock(replyText(withAsk('Can you write a short note I can forward to the subsidiary\'s IT admin in Paris? Please write it in French.')))).toContain('En français:');
    expect(customerBlock(replyText(withAsk('Please write a short note in English to Tidewater\'s admin (not the end customer).')))).toContain('Your application sends through');
    expect(customerBlock(replyText(withAsk('Escreva-me uma mensagem curta em português para lhe mandar')))).toContain('Em português:');
    expect(customerBlock(replyText(withAsk('¿Me puedes redactar un mensaje en inglés para el cliente?')))).toContain('Your application sends through');
    expect(customerBlock(replyText(withAsk('Was sage ich den Patienten?')))).toContain('Auf Deutsch:');
    expect(customerBlock(replyText(withAsk("Qu'est-ce que je dis au client ?")))).toContain('En français:');
    expect(customerBlock(replyText(withAsk('E cosa rispondo alla signora?')))).toContain('In italiano:');
  });

  it("an old thread's quoted ask (\"> Dana (March): what do we tell them?\") asks nothing today", () => {
    const reply = replyText('Found this old thread, same customer:\n\n> **Dana** (March): they\'re getting relaying denied again, what do we tell them?\n> **Marco**: told them to check their setup\n\nToday they sent one line:\n550 5.7.1 Relaying denied\nWhich side is this coming from?');
    expect(reply).not.toContain('What you can tell');
  });

  it('a client who says he got nothing is the recipient: "Un client dit qu\'il n\'a rien reçu"', () => {
    const paste = "Nos mails de confirmation partent par Mailgun. Un client dit qu'il n'a rien reçu :\nfailed — temporary\nrecipient: jp@skynet.example\n452 4.2.2 The email account that you tried to reach is over quota\nQu'est-ce que je dis au client ?";
    expect(customerBlock(replyText(paste))).toContain('Nos e-mails à destination de jp@skynet.example sont refusés car la boîte mail est pleine');
  });
});

