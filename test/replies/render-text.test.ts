import { describe, expect, it } from 'vitest';
import { buildReply, renderText } from '../../src/replies/index.js';
import { makeDiagnosis } from './helpers.js';

const outgoing = buildReply(
  makeDiagnosis({ scenario: 'mailgun-outgoing' }, { client: 'python-smtplib', region: 'us', mailgunDomain: 'mg.acme.io' }),
);

describe('renderText', () => {
  it('shows only the classic UI steps when classic is chosen', () => {
    const text = renderText(outgoing, { ui: 'classic' });
    expect(text).toContain('Classic UI');
    expect(text).toContain('Under Domain Information, read Default SMTP Login and Default Password');
    expect(text).not.toContain('Beta UI');
    expect(text).not.toContain('Click Messages.');
    expect(text).not.toContain('Current UI');
  });

  it('shows only the beta steps for beta, and all three, labelled, for all', () => {
    const beta = renderText(outgoing, { ui: 'beta' });
    expect(beta).toContain('4. Select SMTP Credentials.');
    expect(beta).not.toContain('Domain Information');
    const all = renderText(outgoing, { ui: 'all' });
    for (const title of ['Classic UI', 'Beta UI', 'Current UI']) expect(all).toContain(title);
    expect(all).toContain('1. Click Send, then Sending, then Domains.');
  });

  it('starts with the headline, numbers steps, indents the snippet, and ends with evidence and confidence', () => {
    const text = renderText(outgoing, { ui: 'all' });
    const lines = text.split('\n');
    expect(lines[0]).toBe(outgoing.headline);
    expect(text).toMatch(/\n {2}1\. Get the domain's SMTP login/);
    expect(text).toContain("\n    with smtplib.SMTP('smtp.mailgun.org', 587) as smtp:\n");
    expect(text).toMatch(/Why I think so\n-+\n {2}- relay phrase: "550 5\.7\.1 Relaying denied"/);
    expect(text).toMatch(/Confidence: high \(90%\)/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('puts echoed text in quotation marks and strips terminal control characters', () => {
    const reply = buildReply(
      makeDiagnosis(
        { scenario: 'recipient-host' },
        { recipient: 'a@b.example', serverMessage: 'denied \u001b[31mRED\u001b[0m \u202eevil' },
      ),
    );
    const text = renderText(reply, { ui: 'all' });
    expect(text).toContain('Recipient: "a@b.example"');
    expect(text).toContain('Its message: "denied [31mRED[0m evil"');
    expect(text).not.toMatch(/[\u001b\u202e]/);
  });

  it('shows the secrets warning', () => {
    const reply = buildReply(makeDiagnosis({ scenario: 'undetermined' }, { secretsFound: true }));
    expect(renderText(reply, { ui: 'all' })).toMatch(/\nWARNING: .*rotate/);
  });
});
