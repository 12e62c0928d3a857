/** Review round 218: a person's "it's 5.7.1 so relaying denied, right?" beside a block, Yahoo's copy of the remote server, a Slack alert's recipient, and context kept however much evidence the answer has. */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';

describe('round 218', () => {
  it("reads 'it's 5.7.1 so relaying denied, right?' as the person's guess beside Outlook's block-list refusal (r218a-32)", () => {
    const paste = '550 5.7.1 Unfortunately, messages from [159.135.224.88] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150).\n\nit\'s 5.7.1 so relaying denied, right?';
    expect(diagnose(paste).kind).toBe('blocked');
  });

  it("keeps Yahoo's X-Yahoo-Remote-MTA after the returned copy as the server that refused (r218a-12)", () => {
    const paste = '<help@mail.shop.example>:\nRemote host said: 550 5.7.1 Relaying denied [RCPT_TO]\n\n--- Below this line is a copy of the message.\n\nReceived: from [66.163.190.151] by mxb.mailgun.org ...\n\nraw header shows:\nX-Yahoo-Remote-MTA: mxb.mailgun.org';
    expect(diagnose(paste)).toMatchObject({ scenario: 'mailgun-incoming', facts: { host: 'mxb.mailgun.org' } });
  });

  it("takes the recipient of a Slack alert's 'Mailgun failed (permanent) for <mailto:...>' (r218a-22)", () => {
    expect(diagnose('> Mailgun failed (permanent) for <mailto:facturacion@grupo.example|facturacion@grupo.example>\n> 550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain').facts.recipient).toBe('facturacion@grupo.example');
  });

  it('keeps what the paste asks and tells beside a full list of evidence for the answer (r218c-17)', () => {
    const paste = 'Customer regenerated their API key yesterday because they saw sends they didn\'t recognize. They ask "were we hacked?" and what to tell the customer.\n$ curl -s --user \'api:key-new\' https://api.mailgun.net/v3/mg.x.example/messages -F to=a@b.example\nForbidden\nHTTP/1.1 401 UNAUTHORIZED';
    const rules = diagnose(paste).evidence.map((e) => e.rule);
    expect(rules).toContain('The paste tells of mail nobody there sent, by the many');
    expect(rules).toContain('The paste asks whether the email was hacked');
  });
});
