/** A relay refusal in another server's words, with nothing of Mailgun's in the paste (review 130c). */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/diagnosis/index.js';
import { buildReply } from '../../src/replies/index.js';
import { renderText } from '../../src/replies/render-text.js';

const reply = (paste: string) => renderText(buildReply(diagnose(paste)), { ui: 'current' });

describe("a relay refusal in another server's words", () => {
  const paste = 'Customer forwarded what a user reported (no headers):\n\n"Your message couldn\'t be delivered.\n Relay access denied"\n\nCustomer: "We use Mailgun. Is Mailgun blocking us?"';

  it('names the two cases that fit it, not Mailgun\'s own three, and says so once', () => {
    const text = reply(paste);
    expect(diagnose(paste).scenario).toBe('undetermined');
    expect(text).toContain('Which server refused it?');
    expect(text).toContain('A bounce after Mailgun delivered');
    expect(text).not.toContain('It is one of three things');
    expect(text).not.toContain('Incoming to Mailgun: someone wrote');
    expect(text.match(/in a bounce or a delivery log/g)).toBeNull();
  });

  it('answers "is Mailgun blocking us?" with most likely not', () => {
    expect(reply(paste)).toContain("Is Mailgun blocking you? Most likely not: Mailgun's servers word their refusal 550 5.7.1 Relaying denied");
  });

  it("keeps Mailgun's three cases for Mailgun's own wording", () => {
    const text = reply('Customer says their users get "550 5.7.1 Relaying denied". Is Mailgun blocking us?');
    expect(text).toContain('It is one of three things');
    expect(text).not.toContain('Most likely not');
  });
});
