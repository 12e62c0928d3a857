/**
 * Review round 273 (pastes273a..c): a control panel's DNS table is the sending domain's setup, a `jq` projection's own short
 * names, a mail program set to the office's own outgoing server beside a Mailgun newsletter domain.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { fixturePaste, messageSection, OUTGOING, replyText } from './helpers.js';

const paste = (name: string): string => fixturePaste(`pastes${name.slice(1, 5)}`, name);

describe('round 273: what the paste shows', () => {
  it("a control panel's DNS table (type first: `MX  mg.x.de  10 mxa.eu.mailgun.org  Verified`) is the sending domain's setup", () => {
    const d = diagnose(paste('r273a-15'));
    expect(d.scenario).toBe('undetermined');
    expect(d.facts.host).toBeNull();
    // (the zone file's order, and an address at the domain beside it, keep their readings)
    const zone = 'Relaying denied when people write to us\nmg.x.example. 300 IN MX 10 mxa.mailgun.org.\n<support@mg.x.example>: host mxa.mailgun.org said: 550 5.7.1 Relaying denied';
    expect(diagnose(zone).scenario).toBe('mailgun-incoming');
  });

  it("a `jq` projection's `rcpt`, `sev`, `code`, `mx`, `msg`: each line an event", () => {
    const d = diagnose(paste('r273b-06'));
    expect([d.facts.replyCode, d.facts.host, d.facts.severity]).toEqual([554, 'mail.fernhill-provisions.com', 'permanent']);
    expect(d.facts.recipients).toEqual(['p.nakamura@gmail.com', 'orders@fernhill-provisions.com']);
    // (a log's `msg` without a recipient is no event's)
    expect(diagnose('{"level":50,"msg":"550 5.7.1 Relaying denied","mx":"mail.x.example"}\n{"level":30,"msg":"retrying"}').facts.host).toBeNull();
  });

  it("a mail program's error, its outgoing server the office's own: that server refused, not Mailgun", () => {
    const d = diagnose(paste('r273b-12'));
    expect([d.scenario, d.facts.host, d.facts.senderRelay]).toEqual(['undetermined', 'mail.kanzlei-roth.de', 'mail.kanzlei-roth.de']);
    const reply = replyText(paste('r273b-12'));
    expect(reply).toMatch(/^Relaying Denied by the mail program's own outgoing server, not by Mailgun/);
    expect(messageSection(reply)).toContain('The error comes from your own outgoing mail server (mail.kanzlei-roth.de)');
    expect(reply).not.toContain('postmaster@mg.kanzlei-roth.de');
  });

  it('the same program set to Mailgun, with its incoming server named first, stays Mailgun\'s', () => {
    expect(diagnose(fixturePaste('pastes129b', 'b129-25')).scenario).toBe('mailgun-outgoing');
  });
});

describe('round 273: the answers', () => {
  it("a Route's forward() destination refused: no typo of the Route's own address, which would loop back into it", () => {
    const d = diagnose(paste('r273b-18'));
    expect(d.facts.similarAddress).toBeNull();
    const reply = replyText(paste('r273b-18'));
    expect(reply).not.toContain('most likely a typo');
    expect(reply).toContain("change the Route's forward()");
  });

  it("sasl_passwd holding only another provider's line (SendGrid's apikey) beside Mailgun's relayhost: add Mailgun's own line", () => {
    const reply = replyText(paste('r273b-08'));
    expect(reply).toContain('Fix: sasl_passwd has no entry for Mailgun\'s relay, only [smtp.sendgrid.net]:587: add one keyed exactly as the relay is written, [smtp.mailgun.org]:587 postmaster@mg.quillfeather.net:PASSWORD');
    expect(reply).toContain("The other line, the old provider's login, can go once nothing sends through that relay.");
    expect(reply).not.toContain('need no change');
    expect(reply).not.toContain('per-sender map');
  });
});

describe('round 273: suppressed after a fix, a free mailbox said right', () => {
  it('"DNS is fixed now ... they receive mail from everyone else again" beside a 605: only the suppression is left', () => {
    const reply = replyText(paste('r273a-09'));
    expect(reply).toMatch(/^The recipient's side is fixed: only Mailgun's suppression of the address is left/);
    expect(reply).not.toContain('MX records still point at the old server');
    expect(reply).not.toContain('Why do others reach them?');
    // (not said fixed: the other-senders answer stays)
    expect(diagnose('DNS is not fixed yet.\n550 5.7.1 Relay access denied').evidence.some((e) => e.rule === "The paste says the recipient's side has been fixed")).toBe(false);
  });

  it("a Gmail address said right and unknown there: no administrator to ask", () => {
    const reply = replyText(paste('r273c-15'));
    expect(reply).toContain('There is no administrator to ask');
    expect(reply).not.toContain("the recipient's mail administrator has to create it");
  });
});

describe('round 273: an old error beside the new one, a resend that did not go out', () => {
  it("March's refusal at Mailgun's SMTP host quoted beside today's 5.7.54: not a second address refused at the domain", () => {
    expect(diagnose(paste('r273b-07')).facts.refusedAtDomain).toBe(1);
    const reply = replyText(paste('r273b-07'));
    expect(reply).not.toContain('the paste shows at least 2');
    expect(reply).toContain('Is it the same error as last time?');
  });

  it('"did Mailgun block the address?" after a permanent refusal: its Bounces list drops the resend', () => {
    expect(replyText(paste('r273c-08'))).toContain('Is Mailgun blocking you? No: Mailgun accepted the message');
    expect(replyText(paste('r273c-08'))).toContain('a resend does not go out while it is there');
  });
});

describe('round 273: follow-up questions', () => {
  it('"whitelist our Azure outbound IPs so we don\'t have to deal with SMTP credentials?": no IP allowlist stands in for the login', () => {
    expect(replyText(paste('r273c-16'))).toContain('Would whitelisting help? No: nothing here was refused for its IP address');
  });

  it('"Can I tell them to just wait 24h for DNS propagation?" with the side not shown: no, and what a DNS move can break', () => {
    expect(replyText(paste('r273c-14'))).toContain('Do you need to wait for DNS? No: a relay refusal does not clear itself when a TTL runs out');
  });

  it('"Warum taucht in den Mailgun-Logs nichts auf?" beside a session that sent no login: no event is logged', () => {
    expect(replyText(paste('r273a-08'))).toContain("Why is nothing in Mailgun's logs? Mailgun refused the recipient before it accepted any message");
    for (const question of ['Why is nothing in the Mailgun logs?', 'Nothing shows up in the logs, why?', '¿Por qué no aparece nada en los logs?', 'Pourquoi rien dans les logs ?']) {
      expect(diagnose(`${question}\n${OUTGOING}`).evidence.some((e) => e.rule === "The paste asks why Mailgun's logs show nothing"), question).toBe(true);
    }
    expect(diagnose(`The logs show nothing unusual.\n${OUTGOING}`).evidence.some((e) => e.rule === "The paste asks why Mailgun's logs show nothing")).toBe(false);
  });
});

describe('round 273: a plan asked about', () => {
  it('"Is this because we\'re on the Flex plan? Would upgrading to Foundation fix it?": no plan changes a relay refusal', () => {
    expect(replyText(paste('r273c-04'))).toContain('Would another plan fix it? No: no plan or upgrade changes a relay refusal');
    expect(replyText(`Do we have to pay for something?\n${OUTGOING}`)).toContain('Do you have to pay for something? No');
  });
});

describe('round 273: a login refused, then the recipient, in one session', () => {
  it('"which is it, auth or relay?": both, one after the other; the program should stop when its login fails', () => {
    const reply = replyText(paste('r273b-17'));
    expect(reply).toContain('Two refusals, one after the other, in one session');
    expect(reply).not.toContain('if it is another program');
  });

  it('a refused login of an earlier session (closed, then a new one) keeps the two readings', () => {
    const transcript = "send: 'ehlo a'\nreply: b'250 smtp.mailgun.org'\nsend: 'AUTH PLAIN x'\nreply: b'535 5.7.0 Mailgun is not loving your login or password'\nsend: 'quit'\nreply: b'221 bye'\nsend: 'ehlo a'\nreply: b'250 smtp.mailgun.org'\nsend: 'mail FROM:<a@mg.x.example>'\nreply: b'250 ok'\nsend: 'rcpt TO:<b@y.example>'\nreply: b'550 5.7.1 Relaying denied'";
    const reply = replyText(transcript);
    expect(reply).not.toContain('Two refusals, one after the other');
  });
});

describe("round 273: Mailgun's own delivery refused by its inbound servers", () => {
  it('a failed event of mail to a domain whose MX is Mailgun: said, and the sending domain\'s Bounces entry to remove after the Route', () => {
    const reply = replyText(paste('r273a-13'));
    expect(reply).toContain('Mailgun refused mail from Mailgun here: "mg.orbitdesk.io" sent it');
    expect(reply).toContain('DELETE https://api.mailgun.net/v3/mg.orbitdesk.io/bounces/tickets@support.orbitdesk.io');
  });
});

describe("round 273: an events page's other failures", () => {
  it('a pretty-printed page: the other recipient\'s failure (its code and words on separate lines) is another error', () => {
    const d = diagnose(paste('r273a-02'));
    expect(d.scenario).toBe('recipient-host');
    expect(d.facts.otherErrors).toHaveLength(1);
    expect(d.facts.otherErrors[0]).toMatch(/^maria\.ruiz@hotmail\.com: 550 5\.5\.0 Requested action not taken: mailbox unavailable/);
    expect(replyText(paste('r273a-02'))).toContain('Another error in the paste');
  });
});

describe('round 273: the message for a Compose deployment', () => {
  it('a variable name mismatch under Docker Compose: the message says to recreate the container, as the reply does', () => {
    const message = messageSection(replyText(paste('r273a-18')));
    expect(message).toContain('recréer son conteneur (docker compose up -d');
    expect(message).not.toContain('la redémarrer');
  });
});

describe("round 273: a receiving server's own access rule", () => {
  it('"Recipient address rejected: Access denied": not DMARC or SPF; nothing to unblock on the sending side', () => {
    const reply = replyText(paste('r273b-04'));
    expect(reply).toContain("Is it a Relaying Denied error? No: it is the receiving server's own access rule refusing this recipient");
    expect(reply).not.toContain('(DMARC, SPF');
    expect(reply).toContain("Whose side is it on? The recipient's: their server refuses by an access rule of its own");
  });
});

describe('round 273: a temporary throttling Mailgun is retrying', () => {
  it('"¿Mailgun lo reintenta solo ...? ¿Cuánto tiempo ...? Si lo reenvían ahora, ¿le llegará dos veces?": not yet, it may arrive twice; how long', () => {
    const reply = replyText(paste('r273c-10'));
    expect(reply).toContain('Will it be sent again? Not yet: Mailgun retries a temporary refusal by itself, so a message sent again now may arrive twice');
    expect(reply).toContain('How long until it works? Mailgun keeps retrying by itself');
  });
});

describe('round 273: a message asked with the definite article', () => {
  it('"escríbeme la respuesta para el cliente en español": written, in Spanish', () => {
    expect(messageSection(replyText(paste('r273b-03')))).toContain('En español:');
    expect(diagnose('550 5.7.1 Relaying denied\nDame el mensaje para la clienta.').evidence.some((e) => e.rule === 'The paste asks what to tell the customer')).toBe(true);
    // (a message told of, not asked: "el cliente escribe el mensaje para el proveedor" has no imperative)
    expect(diagnose('550 5.7.1 Relaying denied\nEl cliente escribe el mensaje para el proveedor.').evidence.some((e) => e.rule === 'The paste asks what to tell the customer')).toBe(false);
  });
});

describe('round 273: a summary for the manager', () => {
  it('"I need a two-sentence summary for my manager, she asked if this needs escalating": the note under that name, and escalation answered', () => {
    const reply = replyText(paste('r273c-11'));
    expect(reply).toContain('Summary for your manager\n');
    expect(reply).toContain('Should you escalate it? No need');
    expect(replyText(paste('r273c-17'))).toContain('Summary for your manager\n');
    // (a handover note for a colleague keeps its heading)
    expect(replyText(paste('r272c-06'))).toContain('Handover note for Sanne');
  });
});

describe('round 273: small things', () => {
  it("a note \"they can send (from a normal Gmail account) to the distributor's IT person\": that reader", () => {
    expect(replyText(paste('r273c-18'))).toContain('What you can tell the IT person');
  });

  it("an event's `message-headers` with a date is no news to put in a message", () => {
    expect(replyText(paste('r273a-07'))).not.toContain('Add what you wanted them to know');
    expect(replyText(paste('r273a-07'))).toContain('so your sending was authenticated (its SMTP login or API key worked)');
  });

  it('a nodemailer transport that always gives its login: no "setting them is what makes it log in" step', () => {
    expect(replyText(paste('r273c-01'))).not.toContain('setting them is what makes it log in');
  });
});

/** The near misses a code review of round 273's changes found (test/fixtures/code-review-273). */
const probe = (name: string): string => fixturePaste('code-review-273', name);
const ruleFired = (text: string, rule: string): boolean => diagnose(text).evidence.some((e) => e.rule === rule);

describe("code review 273: the new rules' near misses", () => {
  it('"I don\'t need a summary for my manager": none; "a short recap for my manager": one', () => {
    expect(replyText(probe('mgr1'))).not.toContain('Summary for your manager');
    expect(replyText(probe('rc1'))).toContain('Summary for your manager');
  });

  it('"not currently migrating this app to Mailgun", "moved their newsletters to Mailgun": no move of this program', () => {
    expect(replyText(probe('mv4'))).not.toContain('finish the move');
    expect(replyText(probe('mv3'))).not.toContain('finish the move');
  });

  it('"We need both messages delivered by Friday": no two messages asked; "we have one for their IT admin already": one', () => {
    expect(replyText(probe('two2'))).not.toContain('What you can tell');
    expect(replyText(probe('two1')).split('\n').filter((line) => line.startsWith('What you can tell'))).toHaveLength(1);
  });

  it('"Would a new dedicated IP fix this?", "no warm-up needed": no cold IP', () => {
    expect(replyText(probe('ip1'))).not.toContain('not yet warmed up');
    expect(replyText(probe('ip2'))).not.toContain('not yet warmed up');
  });

  it('"will tell us when the DNS is fixed": not fixed yet', () => {
    expect(replyText(probe('fx1'))).not.toMatch(/^The recipient's side is fixed/);
  });

  it('a Norwegian statement "på vår side eller ..." without a question, an escalation told of, a plugin\'s upgrade, "our application logs"', () => {
    expect(diagnose(probe('no1')).facts.ownSideAsked).toBe(false);
    expect(ruleFired(probe('esc1'), 'The paste asks whether to escalate it')).toBe(false);
    expect(replyText(probe('pay1'))).not.toContain('Would another plan fix it?');
    expect(replyText(probe('lg2'))).not.toContain("Why is nothing in Mailgun's logs?");
  });

  it("an app's own relay (a Django job) gets no mail program's steps in its message", () => {
    expect(messageSection(replyText(probe('os1')))).not.toContain('Thunderbird');
  });

  it('"Note: our support line is closed on Friday 24 May" is news for the message', () => {
    expect(replyText(probe('dg1'))).toContain('Add what you wanted them to know');
  });

  it('"Is that progress?" after a 401 whose request already sends api and a key: no cause named beside the region', () => {
    const reply = replyText(probe('api1'));
    expect(reply).toContain('Is it progress? Yes: over the API there is no relay refusal at all');
    expect(reply).not.toContain('not the SMTP login and password');
  });

  it('"Is Mailgun blocking us?" beside a block: no Bounces-list claim the block answer hedges', () => {
    expect(replyText(probe('bl1'))).toContain('Mailgun blocks nothing here.');
  });
});

describe("round 273: the Bounces list's own table", () => {
  it('copied from Suppressions: the address is on the list, and the row\'s date is no part of the server\'s words', () => {
    const d = diagnose(paste('r273a-04'));
    expect(d.facts.suppression).toBe('bounce');
    expect(d.facts.serverMessage).toBe('550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain');
    expect(replyText(paste('r273a-04'))).toMatch(/^The recipient's mail server refused an earlier message, and Mailgun now suppresses the address/);
  });
});

describe('round 273: both ways, after a rotation', () => {
  it('"both when we email clients and when clients email us", "is it related to the rotation?": one failure of each; what a rotation can do', () => {
    const reply = replyText(paste('r273b-16'));
    expect(reply).toContain('What to ask the customer for? One failure of each direction');
    expect(reply).toContain('Is it the rotation? Not by itself');
    expect(ruleFired(paste('r273b-16'), 'The paste says the SMTP password was changed already')).toBe(true);
  });
});

describe('round 273: the message for a temporary refusal Mailgun is retrying', () => {
  it('"C\'est grave ? Mailgun va réessayer ?": temporary, Mailgun retries, do not resend now', () => {
    const message = messageSection(replyText(paste('r273a-12')));
    expect(message).toContain('Le refus est temporaire');
    expect(message).toContain('ne le renvoyez pas maintenant');
  });
});

describe('round 273: a login in Japanese chatter', () => {
  it('"（user: postmaster@sandbox….mailgun.org）だそうです": the login ends at the full-width bracket', () => {
    expect(diagnose(paste('r273b-14')).facts.smtpLogin).toBe('postmaster@sandbox3f9c2e7a41b84d0c9e6d5a1b2c3d4e5f.mailgun.org');
  });
});

describe('round 273: "get us whitelisted"', () => {
  it('"Can Mailgun get us whitelisted with that company\'s server?": answered', () => {
    expect(replyText(paste('r273c-03'))).toContain('Would whitelisting help? No:');
    expect(ruleFired('550 5.7.1 Relaying denied\nWe got our IP whitelisted last year.', 'The paste asks whether a whitelist (allowlist) is needed')).toBe(false);
  });
});

describe('round 273: escalation asked in other languages, without a question mark', () => {
  it('"Ils demandent s\'il faut escalader le ticket chez Mailgun": answered', () => {
    expect(replyText(paste('r273c-12'))).toContain('Should you escalate it? No need');
    expect(ruleFired(`${OUTGOING}\nPreguntan si hay que escalarlo a Mailgun.`, 'The paste asks whether to escalate it')).toBe(true);
    expect(ruleFired(`${OUTGOING}\nSie fragen, ob wir das eskalieren sollen.`, 'The paste asks whether to escalate it')).toBe(true);
  });
});

describe('round 273: the Route fix in the message', () => {
  it('"Wie lange dauert es, bis eine neue Route wirkt?": the message says the change works at once and refused mail is sent again', () => {
    expect(messageSection(replyText(paste('r273c-02')))).toContain('Die Änderung wirkt sofort');
  });
});

describe('round 273: how long after a DKIM record is added back', () => {
  it('"how long until this starts working, do they have to wait the full hour TTL?": not the TTL of a record added anew', () => {
    expect(replyText(paste('r273c-17'))).toContain('How long until it works? Once the record is published and resolvers see it');
  });
});

describe('round 273: two failures compared', () => {
  it('"are these the same thing?" beside a relay refusal and an unknown Gmail user: no, each has its own fix', () => {
    expect(replyText(paste('r273b-06'))).toContain('Are they the same thing? No: only "orders@fernhill-provisions.com" was refused as relaying');
    // (one error only: nothing to compare)
    expect(replyText(`${OUTGOING}\nAre these the same thing?`)).not.toContain('Are they the same thing?');
  });
});

describe('round 273: deferred mail asked about', () => {
  it('"Will these go out eventually or are they lost?" beside a Yahoo TSS04 deferral: not yet lost', () => {
    expect(replyText(paste('r273b-10'))).toContain('Were the emails lost? Not yet: the refusal is temporary');
  });
});
