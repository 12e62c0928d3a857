/** Review round 217c: words for the customer, asked in any language and for the other errors too, and an API key changed to no avail. */
import { describe, expect, it } from 'vitest';
import { fixturePaste, replyText } from './helpers.js';

const paste = (name: string) => fixturePaste(`pastes${name.slice(1, 5)}`, name);
const customerBlock = (reply: string) => reply.split(/What you can tell the [^\n]*/)[1]?.split('\n\n')[0] ?? null;

describe('round 217: the words for the customer', () => {
  it.each([
    ['r217c-03', 'Was sag ich dem Kunden? ... so, dass ich es ihm direkt schicken kann', 'weil keine Route im Mailgun-Konto diese Adresse annimmt'],
    ['r217c-04', 'escreve uma resposta pra eu colar pro cliente', 'a recusou, como se não recebesse e-mails para'],
    ['r217c-06', 'Can you write me a reply I can paste to them?', 'still sends from its test (sandbox) domain'],
    ['r217c-17', 'welche Formulierung für die Antwort an den Kunden?', 'muss Ihre Domain einen DMARC-Eintrag veröffentlichen'],
    ['r217c-18', 'Dame una respuesta en español para pegarle al cliente', 'ninguna Route de la cuenta de Mailgun acepta esa dirección'],
  ])('%s (%s)', (name, _asked, words) => {
    expect(customerBlock(replyText(paste(name)))).toContain(words);
  });

  it("says a regenerated API key cannot help a session that sent no login (r217c-14)", () => {
    expect(replyText(paste('r217c-14'))).toContain('A new API key cannot help here: sending over SMTP does not use the API key');
  });
});
