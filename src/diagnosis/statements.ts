/**
 * What the person says about the refused address, in the chatter around the error: "the mailbox
 * exists", "the address is correct", "I can email them fine from Gmail". A recipient's server that
 * refuses mail as a relay usually means a wrong address; when the person has already checked it,
 * the reply should not send them back to check it again, but to the recipient's mail administrator.
 *
 * Only statements count: a question ("is the address valid?"), a negation ("the mailbox does not
 * exist") or an instruction ("check that the address is correct", which servers and help pages say)
 * does not. A server's own line (a reply code first, or `said:`) is never a person's statement.
 */

/**
 * The words every statement holds (its verb or its judgement), scanned for before the statements
 * themselves: about 4x cheaper, and most pastes (real bounces: 37 of 39) hold none.
 */


/** Cheap test before the patterns: none of them can match without one of these words. */
// (an address said right by itself, "anna@x.example is 100% correct", holds its @)
const CUE = /address|mailbox|recipient|inbox|adres|direcci[oó]n|endere[cç]o|indirizzo|e-?mail|reach|write to|send to|@|アドレス|адрес/;

/** The refused address in a person's words ("account" and "user" are as often the sender's login). */
const THING = String.raw`(?:e-?mail\s+)?(?:address|mailbox|recipient|inbox)`;
const INTENSIFIER = String.raw`(?:(?:definitely|100%|absolutely|totally)[ \t]+)?`;
const JUDGEMENT = String.raw`(?:valid|correct|right|real|active|fine|legit|legitimate|ok|okay|live|working|in use|spelled (?:right|correctly))`;
// (the clause ends on the word: "the address is right there in the bounce", "the recipient is working with IT" say nothing of it)
// (or an aside: "the address is right (it's their biggest client)", "is correct - checked twice")
// (or a reason: "the address is right because "he emailed us last week"")
const GOOD = String.raw`${JUDGEMENT}(?=[ \t]*(?:[.,;:!)(]|[-\u2013\u2014][ \t]|$|\n|and\b|so\b|too\b|as well\b|because\b|since\b))`;
const CAN_WRITE = String.raw`(?:can|could|are able to)[ \t]+(?:email|e-mail|mail|reach|write to|send to)`;
const WHOM = String.raw`(?:them|him|her|it|this (?:address|mailbox|person)|that (?:address|mailbox|person)|the (?:same )?(?:address|mailbox|person)|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})`;

/** Each alternative is one way of saying it; none crosses a line end ([ \t], not \s). */
const STATEMENTS: readonly string[] = [
  // "the address is correct", "their mailbox is definitely active", "the address jane@x.org is valid"
  // (not the others': "every other recipient is fine", "all other addresses are fine" says nothing of this one)
  String.raw`\b(?<!\b(?:other|others'|other people's)[ \t]+)${THING}(?:[ \t]+[\w.+-]{1,64}@[\w.-]{1,253})?[ \t]+(?:is|'s)[ \t]+${INTENSIFIER}${GOOD}\b`,
  // "anna@x.example is 100% correct": the address itself as the subject
  String.raw`(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[ \t]+(?:is|'s)[ \t]+${INTENSIFIER}${GOOD}\b`,
  // "the mailbox exists", "the address does exist", "the address definitely exists"
  String.raw`\b${THING}(?:[ \t]+[\w.+-]{1,64}@[\w.-]{1,253})?[ \t]+(?:(?:definitely|does|really|actually)[ \t]+)?exists?\b`,
  // "we verified the address", "I've confirmed the mailbox with them"
  // (or the customer did: "Our customer already confirmed the address with Harbor by phone"; or the front desk: "Receptionist
  // confirmed the address with the patient at the desk")
  String.raw`\b(?:i|we|they|(?:(?:our|the|my)[ \t]+)?(?:customer|client|receptionist|front[ \t]+desk|colleague|office)|reception)(?:[ \t]+have|'ve|[ \t]+has)?(?:[ \t]+already)?[ \t]+(?:verified|confirmed|double[- ]checked|triple[- ]checked)[ \t]+(?:the|their|this|that|his|her)[ \t]+${THING}\b`,
  // ("The customer confirmed with Sakura Shoji by phone that keiri@x is the right address", "checked the address with the contact by
  // phone, it's correct")
  String.raw`\bconfirmed\b[^\n.;!?]{0,60}?\bthat[ \t]+[^\n;!?]{0,80}?\b(?:is|was)[ \t]+the[ \t]+(?:right|correct)[ \t]+(?:e-?mail[ \t]+)?address\b|\bchecked[ \t]+the[ \t]+${THING}\b[^\n.;!?]{0,60}?[,;\u2013\u2014-][ \t]*(?:and[ \t]+)?(?:it's|it[ \t]+is|that's|it[ \t]+was)[ \t]+(?:correct|right|valid)\b`,
  // ("Front desk already called the patient and confirmed the address spelling letter by letter")
  String.raw`\b(?:called|phoned|rang|asked|contacted)\b[^\n.;!?]{0,40}?\band[ \t]+(?:verified|confirmed|double[- ]checked)[ \t]+(?:the|their|this|that|his|her)[ \t]+${THING}\b`,
  // "They say they already checked the addresses against their CRM and they look right"
  String.raw`\b(?:i|we|they|(?:our|the|my)[ \t]+(?:customer|client))(?:[ \t]+have|'ve|[ \t]+has)?(?:[ \t]+already)?[ \t]+checked[ \t]+(?:the|their|these|those|all[ \t]+the)[ \t]+${THING}(?:es|s)?\b[^\n.;!?]{0,60}?\b(?:look|looks|are|is|seem|seems)[ \t]+${JUDGEMENT}\b`,
  // ("Customer already confirmed the addresses are right", "the addresses are all correct": several refused addresses, said right)
  String.raw`\b(?:verified|confirmed|checked|double[- ]checked)[ \t]+(?:that[ \t]+)?(?:the|their|these|those|all[ \t]+the)[ \t]+(?:e-?mail[ \t]+)?(?:address(?:es)?|mailbox(?:es)?)[ \t]+(?:is|are)[ \t]+(?:all[ \t]+)?(?:right|correct|valid|fine)\b(?![ \t]+(?:there|here|below|above))|(?<!\bother[ \t]+)\b(?:the|their|these|those|all[ \t]+the)[ \t]+(?:e-?mail[ \t]+)?addresses[ \t]+are[ \t]+(?:all[ \t]+)?(?:definitely[ \t]+)?(?:right|correct|valid)\b(?![ \t]+(?:there|here|below|above))`,
  // ("Адрес точно правильный", "адрес верный": Russian; not asked, "адрес правильный?")
  String.raw`(?<![а-яё])(?<!(?:проверьте|проверь|проверить|убедитесь|уточните|если)[^\n.]{0,20})адрес(?:[ \t]+[\w.+-]{1,64}@[\w.-]{1,253})?[ \t]+(?:точно[ \t]+|точно[ \t]+же[ \t]+|100%[ \t]+)?(?:правильный|верный|корректный|существует)(?![а-яё])(?![ \t]*\?)`,
  // "I can email them fine from Gmail", "we can send to that address from Outlook"
  String.raw`\b(?:i|we|they|others?|other people|everyone(?: else)?)[ \t]+${CAN_WRITE}[ \t]+${WHOM}[ \t]+(?:just[ \t]+)?(?:fine|without (?:a |any )?problems?|from[ \t]+(?:gmail|outlook|hotmail|yahoo|my|our|another|a personal))`,
  // "it's the clinic's own front desk address, so it's not a typo", "there's no typo"
  String.raw`\b(?:it's|it is|that's|that is|there's|there is)[ \t]+(?:definitely[ \t]+|certainly[ \t]+)?(?:not[ \t]+a|no)[ \t]+typo\b|\((?:definitely[ \t]+)?not[ \t]+a[ \t]+typo\b`,
  // ("geen tikfout", "non è un errore di battitura", "kein Tippfehler", "pas de faute de frappe", "no es un error de tipeo",
  // "não é erro de digitação")
  String.raw`\bgeen[ \t]+(?:tik|type)fout\b|\bnon[ \t]+(?:è|e')[ \t]+(?:un[ \t]+)?errore[ \t]+di[ \t]+battitura\b|\bkein(?:en)?[ \t]+tippfehler\b|\bpas[ \t]+(?:de[ \t]+|une[ \t]+)?faute[ \t]+de[ \t]+frappe\b|\bno[ \t]+(?:es[ \t]+|hay[ \t]+)?(?:un[ \t]+)?error[ \t]+(?:de[ \t]+)?(?:tipeo|escritura|tecleo)\b|\bnão[ \t]+(?:é[ \t]+|há[ \t]+)?(?:um[ \t]+)?erro[ \t]+de[ \t]+digitação\b`,
  // "the recipient is a real person", "they've emailed with her from gmail just fine"
  String.raw`\brecipient[ \t]+(?:is|'s)[ \t]+a[ \t]+real[ \t]+(?:person|customer|user|employee|mailbox)\b`,
  String.raw`\b(?:i|we|they)(?:'ve|[ \t]+have)[ \t]+(?:e-?mailed|written to|mailed)[ \t]+(?:with[ \t]+)?${WHOM}[ \t]+(?:[\w ]{0,20}?)(?:just[ \t]+)?(?:fine|without (?:a |any )?problems?)`,
  // "their admin says their server accepts the address", "il dit que leur serveur accepte bien l'adresse"
  // (their server, not Mailgun's: "Mailgun's server accepts the address" says it took the mail)
  String.raw`(?<!mailgun(?:'s)?[ \t]+)\b(?:server|servers|they|admin|administrator|it)[ \t]+(?:(?:does|do|definitely|really)[ \t]+)?accepts?[ \t]+(?:mail[ \t]+(?:for|to)[ \t]+)?(?:the|this|that|our)[ \t]+(?:e-?mail[ \t]+)?address\b`,
  String.raw`\baccepte[ \t]+(?:bien[ \t]+)?(?:l'adresse|les[ \t]+(?:mails|e-?mails|courriels)[ \t]+pour)\b`,
  // (German: "wir nehmen Mails für a@x ganz normal an")
  String.raw`\bnehmen[ \t]+(?:die[ \t]+)?(?:mails?|e-?mails?)[ \t]+(?:für|an)[ \t]+[\w.+-]{1,64}@[\w.-]{1,253}[ \t]+(?:ganz[ \t]+)?(?:normal[ \t]+|problemlos[ \t]+)?an\b`,
  // "die Adresse existiert / ist korrekt", "la dirección es correcta / existe", "l'adresse est correcte / existe"
  // (and "Adresse dispo@ ist definitiv richtig": the address named, and a word of certainty)
  String.raw`\b(?:die[ \t]+)?(?:e-?mail-?)?adresse(?:[ \t]+[\w.+-]{1,64}@(?:[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})?)?[ \t]+(?:existiert(?![ \t]+(?:nicht|kaum|nie))|ist[ \t]+(?:(?:definitiv|sicher|garantiert|wirklich|100[ \t]*%)[ \t]+)?(?:korrekt|richtig|gültig))`,
  // "hat die Adresse schon 2x mit dem Mandanten abgeglichen", "aus seinem Outlook geht's an dieselbe Adresse problemlos"
  String.raw`\b(?:die|diese|der|den)[ \t]+(?:e-?mail-?)?(?:adresse|empfänger)\b[^\n.;!?]{0,40}?\b(?:abgeglichen|geprüft|überprüft|bestätigt|kontrolliert)\b`,
  String.raw`\b(?:an|zu)[ \t]+(?:dieselbe|die gleiche|diese|die)[ \t]+adresse\b[^\n.;!?]{0,20}?\b(?:problemlos|ohne probleme)\b`,
  // Dutch: "adres klopt", "het adres is correct", "het e-mailadres bestaat"
  String.raw`\b(?:e-?mail)?adres[ \t]+(?:klopt|bestaat|is[ \t]+(?:correct|juist|goed|geldig))\b`,
  // ("De klant heeft het adres al gecontroleerd, dat klopt", "het adres is nagekeken")
  String.raw`\bhet[ \t]+(?:e-?mail)?adres[ \t]+(?:al[ \t]+|is[ \t]+|werd[ \t]+)?(?:al[ \t]+)?(?:gecontroleerd|nagekeken|gecheckt|bevestigd)\b`,
  // (and "la dirección rh@x está bien escrita y funciona")
  String.raw`\bla[ \t]+direcci[oó]n(?:[ \t]+[\w.+-]{1,64}@[\w.-]{1,253})?[ \t]+(?:existe|es[ \t]+(?:correcta|v[aá]lida)|est[aá][ \t]+(?:bien(?:[ \t]+escrita)?|correcta)(?![ \t]+mal))\b`,
  // "Ya comprobamos la dirección con el hotel por teléfono", "hemos verificado la dirección"
  // (not denied, "todavía no comprobamos la dirección")
  String.raw`\b(?:comprobamos|comprobé|verificamos|verifiqué|confirmamos|confirmé|confirmaron|confirmó|(?:hemos|han|ha)[ \t]+(?:comprobado|verificado|confirmado))(?<!\b(?:no|nunca|todavía[ \t]+no|aún[ \t]+no|tampoco)[ \t]{1,3}(?:comprobamos|comprobé|verificamos|verifiqué|confirmamos|confirmé|confirmaron|confirmó|(?:hemos|han|ha)[ \t]+(?:comprobado|verificado|confirmado)))[ \t]+(?:ya[ \t]+)?la[ \t]+direcci[oó]n\b(?![^\n.]{0,40}\?)`,
  String.raw`\bl'adresse[ \t]+(?:existe|est[ \t]+(?:correcte|valide|bonne))\b`,
  // ("son adresse marche très bien", "l'adresse fonctionne bien"; "la dirección citas@x la usan todos los días")
  String.raw`(?<!\b(?:si|savoir[ \t]+si|est-ce[ \t]+que)[ \t]+)(?:\b(?:son|sa|leur|cette)[ \t]+|\bl')adresse(?:[ \t]+[\w.+-]{1,64}@[\w.-]{1,253})?[ \t]+(?:marche|fonctionne)[ \t]+(?:très[ \t]+|parfaitement[ \t]+)?bien\b(?![^\n.!]{0,60}\?)`,
  String.raw`(?<!\b(?:si|saber[ \t]+si)[ \t]+)\bla[ \t]+direcci[oó]n(?:[ \t]+[\w.+-]{1,64}@[\w.-]{1,253})?[ \t]+la[ \t]+(?:usan|usa|usamos|utilizan|utiliza)[ \t]+(?:todos[ \t]+los[ \t]+d[ií]as|a[ \t]+diario|cada[ \t]+d[ií]a|siempre)\b(?![^\n.!]{0,60}\?)`,
  // "Nous avons déjà vérifié l'adresse avec eux", "il a confirmé l'adresse"
  String.raw`\b(?:avons|avez|ont|a|ai)[ \t]+(?:déjà[ \t]+|bien[ \t]+)?(?:vérifié|confirmé|contrôlé)[ \t]+l'adresse\b`,
  // Portuguese: "o endereço ... confirmaram por telefone", "o endereço está correto / existe"
  String.raw`\bendere[cç]o\b[^\n.;!?]{0,80}?(?<![a-zà-ÿ])(?:confirmad[oa]s?|confirmaram|confirmou|verificad[oa]|(?:está|esta|é)[ \t]+(?:corret[oa]|cert[oa])|existe)(?![a-zà-ÿ])`,
  // Italian: "l'indirizzo è giusto / corretto / esiste", "l'indirizzo ... confermato / verificato"
  // (and "l'indirizzo è scritto giusto")
  String.raw`\bl'indirizzo(?:[ \t]+(?:email|e-mail))?[ \t]+(?:esiste|(?:è|e')[ \t]+(?:scritto[ \t]+)?(?:giusto|corretto|valido|esatto|bene))\b`,
  // "I checked with them, it's spelled right"; "asked the customer twice if the address is right -> yes, confirmed"
  String.raw`\b(?:it|that|the[ \t]+address)(?:'s|[ \t]+is|[ \t]+was)[ \t]+spelled[ \t]+(?:right|correctly)\b|\baddress[ \t]+is[ \t]+(?:right|correct)[ \t]*(?:->|→|=>)[ \t]*yes\b`,
  // "ci scriviamo tutti i giorni", "we email each other every day": a correspondent written to daily
  String.raw`\bci[ \t]+scriviamo[ \t]+(?:tutti[ \t]+i[ \t]+giorni|ogni[ \t]+giorno|regolarmente)\b|\b(?:we|they)[ \t]+(?:e-?mail|write[ \t]+to)[ \t]+each[ \t]+other[ \t]+(?:every[ \t]+day|daily|all[ \t]+the[ \t]+time)\b`,
  String.raw`\bindirizzo\b[^\n.;!?]{0,40}?\b(?:confermato|verificato|controllato)\b`,
  // ("Abbiamo già verificato l'indirizzo con il cliente", "ya revisamos la dirección, la copiamos de su web": checked, the verb first)
  String.raw`(?<!\bnon[ \t]+)\b(?:abbiamo|hanno|ha|ho)[ \t]+(?:già[ \t]+)?(?:verificato|controllato|confermato)[ \t]+l'indirizzo\b|(?<!\bno[ \t]+|\bnunca[ \t]+|\btodav[ií]a[ \t]+no[ \t]+)\b(?:ya[ \t]+)?(?:revisamos|revisaron|revisé|verificamos|verificaron|comprobamos|comprobaron|confirmamos|confirmaron)[ \t]+(?:ya[ \t]+)?la[ \t]+direcci[oó]n\b`,
  // Turkish: "adresin kesinlikle doğru olduğunu söylüyor", "adres doğru / geçerli"; Polish: "adres (odbiorcy) jest poprawny / prawidłowy"
  String.raw`\badres(?:i|in)?[ \t]+(?:(?:kesinlikle|tamamen|gerçekten)[ \t]+)?(?:doğru|geçerli|mevcut)\b`,
  String.raw`\badres(?:[ \t]+e-?mail)?(?:[ \t]+odbiorcy)?(?:[ \t]+[\w.+-]{1,64}@[\w.-]{1,253})?[ \t]+jest[ \t]+(?:na[ \t]+pewno[ \t]+)?(?:poprawny|prawidłowy|dobry)(?![a-ząćęłńóśźż])`,
  // "Customer insists he gets other email there": the mailbox is in use, so the address as they know it is right
  String.raw`\b(?:he|she|they|recipient|customer|client)[ \t]+(?:still[ \t]+|does[ \t]+)?(?:gets|receives|get|receive)[ \t]+(?:other|all[ \t]+(?:his|her|their|the[ \t]+other))[ \t]+(?:e-?mails?|mail|messages)[ \t]+(?:there|at[ \t]+(?:that|this|the)[ \t]+address)\b`,
  // "このアドレスは存在する", "アドレスは正しいです" (not asked: "存在しますか")
  String.raw`アドレス(?:は|が)[^\n。、]{0,12}?(?:存在する|存在します|存在している|正しい|有効)(?!(?:(?!のに|けど|けれど|が)[^\n。]){0,6}(?:ない|なく|ません|か))`,
  // "先方のアドレスは名刺と同じで間違いないはず" (the same as on the business card, no mistake), "アドレスに間違いはありません"
  String.raw`アドレス(?:は|に|が)[^\n。]{0,20}?(?:間違いない|間違いは(?:ない|ありません)|間違っていない|間違っていません|名刺と同じ)`,
];
// (on the lower-cased text: a case-sensitive scan is several times faster)
const STATEMENT = new RegExp(STATEMENTS.map((p) => `(?:${p})`).join('|'), 'g');
/**
 * The words every statement holds (its verb or its judgement), scanned for before the statements
 * themselves: about 4x cheaper, and most pastes (real bounces: 37 of 39) hold none.
 */
const STATEMENT_GATE = new RegExp(String.raw`\b(?:is|'s)[ \t]+${INTENSIFIER}${JUDGEMENT}|\baddresses[ \t]+are\b|правильн|верный|корректн|существует|\b(?:gets?|receives?|getting|receiving)[ \t]+(?:other|his|her|their|all)[ \t]|a[ \t]+real[ \t]|typo|tikfout|typefout|battitura|tippfehler|faute de frappe|tipeo|tecleo|digitação|accept|nehmen|mailed|written to|exist|verified|confirmed|checked|vérifié|confirmé|contrôlé|double[- ]checked|triple[- ]checked|${CAN_WRITE}|korrekt|richtig|gültig|abgeglichen|geprüft|überprüft|bestätigt|kontrolliert|problemlos|ohne probleme|klopt|bestaat|juist|gecontroleerd|nagekeken|gecheckt|bevestigd|geldig|correct[ae]|v[aá]lida|valide|bonne|revisamos|revisaron|revisé|giusto|corretto|esatto|esiste|confermato|verificato|controllato|confirmad|confirmaram|confirmou|corret|está certo|esta certo|é certo|comprob|verific|confirm|existe|todos[ \t]+los[ \t]+d[ií]as|(?:marche|fonctionne)[ \t]+(?:très[ \t]+|parfaitement[ \t]+)?bien|doğru|geçerli|mevcut|poprawny|prawidłowy|存在|正しい|有効|間違|名刺と同じ`);

/** Words that turn the clause before a statement into a question, a negation or an instruction. */
const NOT_A_STATEMENT_BEFORE = /(?:\b(?:not|never|no longer|if|whether|check|verify|ensure|make sure|confirm(?:ing)?|sure that|please|unless|maybe|perhaps|might|may|doubt|possible|wonder|unsure|is it|are you sure)\b|n't\b)/i;
/** "The sender address is correct", "our from address exists": the sender's address, not the refused one. */
const ABOUT_THE_SENDER = /\b(?:sender|sending|from|reply-to|return-path|envelope|bounce|my|our|own)[ \t'-]*$/;
/** How far back in the clause those words are looked for. */
const CLAUSE_BEFORE = 120;
const CLAUSE_AFTER = 200;
/** The rest of the clause after a statement. */
// (a question mark soon after, even past "!" or "...", or a "but" that takes it back: "exists in our CRM but the mailbox was deleted")
// (a question in the same sentence: not the next one's, "It was fine for a year. Is Mailgun blocking them?")
// (an ellipsis or a run of marks does not end the sentence: "correct... is it?", "correct!?")
// (but a question of its own after a comma is another one: "says the address is right, what do I tell them?")
const NOT_A_STATEMENT_AFTER = /^(?![ \t]*,[ \t]*(?:what|how|why|who|where|when|which|should|do|does|did)\b)(?:[^\n?.!]|\.{2,}|[.!](?=[.!?])|\.(?=\S)){0,40}\?|^\s*(?:\?|,?\s*(?:right|isn't it|or not)\b)|^[^.;!\n]{0,80}\b(?:but|however|though)\b/i;
/** A server's line: a reply code first (after a timestamp or a log prefix at most), or a DSN's quoted reply. */
const SERVER_LINE = /^[^a-z\n]{0,40}[245]\d\d[ -]|said:|diagnostic-code|server response|remote server/i;

/**
 * "they changed email providers in October", "the recipient migrated to Microsoft 365 last week": the
 * recipient's mail moved. (Bounded gaps, never beside each other: linear on any line.)
 */
// (or an MX left at an old server beside the new provider: "→ mail.x.dk, which is their old webhotel box; ... they now use one.com")
// (or a DNS provider changed, the MX left at the old server: "changed DNS provider two weeks ago", "still points MX to the old hosting server")
// (and German with the verb last, "zu Microsoft 365 umgezogen"; French "le destinataire dit avoir migré vers Google Workspace",
// "ils ont migré leur messagerie vers Microsoft 365": not the
// speaker's own, "on a migré", nor denied, "n'a jamais migré")
const MAIL_MOVED = /\b(?:changed|switched|moved|migrated)\b[^\n.;!?]{0,40}?\bdns[ \t]{1,3}(?:providers?|hosts?|hosting)\b|\bmx[ \t]{1,3}(?:records?[ \t]{1,3})?(?:to|at)[ \t]{1,3}(?:the|their)[ \t]{1,3}old[ \t]{1,3}(?:hosting|mail ?server|server|host|provider)\b|\b(?:their|its|the)[ \t]{1,3}old[ \t]{1,3}(?:web ?hotel|web ?host(?:ing)?|hosting|mail ?server|server|box|host|provider)\b[^\n.!?]{0,80}?\bnow[ \t]{1,3}(?:use|uses|using)\b|\b(?:changed|switched|moved|migrated|migrating|switching|moving)\b[^\n.;!?]{0,40}?\b(?:(?:e-?mail|mail)[ \t]{1,3}(?:providers?|hosts?|hosting|servers?|systems?)|it[ \t]{1,3}(?:providers?|suppliers?|compan(?:y|ies)))\b|\b(?:migrated|moved|switched|migrating|moving|switching)\b(?:[^\n.;!?]|\.(?=\w)){0,60}?\bto[ \t]{1,3}(?:microsoft 365|office 365|m365|o365|google workspace|g ?suite|gmail|exchange online|zoho mail)\b|\b(?:migrated|moved|switched)[ \t]{1,3}(?:(?:their|its|the)[ \t]{1,3})?(?:e-?mail|mail(?:boxes)?)[ \t]{1,3}(?:from|to|over|somewhere|elsewhere)\b(?![ \t]{1,3}(?:the[ \t]{1,3})?(?:spam|junk|trash|inbox|quarantine|archive|(?:\w+[ \t])?folder)\b)|\b(?:left|cancell?ed)[ \t]{1,3}(?:(?:their|its)[ \t]{1,3})?(?:microsoft 365|office 365|m365|o365|google workspace|g ?suite|exchange online|zoho mail|their (?:old )?(?:e-?mail|mail) (?:provider|host))\b|\b(?:mail-?server|(?:e-?)?mail-?(?:provider|anbieter|hoster)|provider|anbieter)\b[^\n.;!?]{0,30}?\b(?:gewechselt|umgestellt)\b|\b(?:gewechselt|umgezogen|migriert)\b[^\n.;!?]{0,30}?\b(?:zu|nach)[ \t]{1,3}(?:microsoft 365|office 365|m365|google workspace|exchange online)\b|\bauf[ \t]{1,3}(?:microsoft 365|office 365|m365|google workspace|exchange online|zoho mail)[ \t]{1,3}(?:umgezogen|gewechselt|migriert|umgestellt)\b|(?:\bsono|(?<![a-zà-ÿ])è)[ \t]{1,3}passat[oaie][ \t]{1,3}a[ \t]{1,3}(?:microsoft 365|office 365|m365|google workspace|gmail|exchange online|zoho mail)\b|\bse[ \t]{1,3}(?:pas[óo]|pasaron|cambi[óo]|cambiaron|mud[óo]|mudaron)[ \t]{1,3}a[ \t]{1,3}(?:microsoft 365|office 365|m365|google workspace|gmail|exchange online|zoho mail)\b|\b(?:passou|passaram|mudou|mudaram|migrou|migraram)[ \t]{1,3}(?:para|pro)[ \t]{1,3}(?:o[ \t]{1,3})?(?:microsoft 365|office 365|m365|google workspace|gmail|exchange online|zoho mail)\b|\b(?:microsoft 365|office 365|google workspace|gmail|zoho mail|yandex 360|yandex)['’]?[a-zçğıöşü]{0,3}[ \t]{1,3}taşındı(?:lar)?(?![a-zçğıöşü])|(?:\b(?:est|sont)|(?<![a-zà-ÿ])(?:étaient|était))[ \t]{1,3}pass[ée]e?s?[ \t]{1,3}(?:à|chez|sur)[ \t]{1,3}(?:microsoft 365|office 365|m365|google workspace|gmail|exchange online|zoho mail)\b|\b(?:zu|nach|auf)[ \t]{1,3}(?:microsoft 365|office 365|m365|o365|google workspace|g ?suite|gmail|exchange online|zoho mail)[ \t]{1,3}(?:umgezogen|gewechselt|migriert|umgestiegen)\b|(?<![a-zà-ÿ'])(?<!\b(?:on|nous|je|j')[ \t]{0,3})(?:a|ont|avoir|avait|avaient)[ \t]{1,3}(?:(?!(?:pas|jamais|point|plus)\b)[a-zà-ÿ']{1,15}[ \t]{1,3}){0,2}?migr[ée]e?s?[ \t]{1,3}(?:[a-zà-ÿ']{1,15}[ \t]{1,3}){0,3}?(?:vers|à|sur|chez)[ \t]{1,3}(?:microsoft 365|office 365|m365|google workspace|gmail|exchange online|zoho mail)\b|\bneue[nr]?[ \t]{1,3}(?:(?:e-?)?mail-?)?(?:provider|anbieter|mailserver|hoster)\b[ \t]{1,3}seit\b|\b(?:cambi(?:ó|aron|amos|ado)|mud(?:ou|aram|amos))(?![a-zà-ÿ])[^\n.;!?]{0,20}?\bde[ \t]{1,3}(?:proveedor|servidor|provedor)[ \t]{1,3}de[ \t]{1,3}(?:correo|e-?mail|correio)\b|\b(?:cambi(?:ó|aron)|mud(?:ou|aram))(?![a-zà-ÿ])[^\n.;!?]{0,20}?\bde[ \t]{1,3}(?:hosting|hospedaje|alojamiento|hospedagem)\b|\bprzeni(?:osła|ósł|eśli|osły)(?![a-ząćęłńóśźż])[^\n.;!?]{0,30}?\bpoczt[a-ząćęłńóśźż]*|\bbezig[ \t]{1,3}met[ \t]{1,3}(?:een[ \t]{1,3}|de[ \t]{1,3})?(?:(?:e-?)?mail)?(?:migratie|verhuizing)\b|\b(?:overgestapt|gemigreerd|verhuisd)\b[^\n.;!?]{0,30}?\bnaar[ \t]{1,3}(?:een[ \t]{1,3})?(?:andere|nieuwe|microsoft 365|office 365|google workspace)\b|\bnaar[ \t]{1,3}(?:een[ \t]{1,3})?(?:andere|nieuwe)[ \t]{1,3}(?:(?:e-?)?mail-?)?(?:provider|aanbieder|hoster|server)[ \t]{1,3}(?:overgestapt|gemigreerd|verhuisd|overgegaan)\b|(?:microsoft 365|office 365|m365|google workspace|g ?suite|gmail|exchange online|zoho mail)[ \t]*(?:に|へ)[ \t]*(?:移行|移転|乗り換え)(?!する(?:か|予定|つもり)|の予定|予定|を検討|検討)/g;
/** A sender's move between email-sending providers ("we moved from SendGrid to Mailgun"), not the recipient's mail. */
const SENDING_PROVIDER = /mailgun|sendgrid|\bses\b|amazon|postmark|mailjet|brevo|sendinblue|sparkpost|mandrill|smtp2go/;
const MAX_MOVES = 20;

/** A mailbox provider the recipient's mail moved to, by the words that name it. */
export type MailboxProvider = 'microsoft-365' | 'google-workspace' | 'zoho';
/** The provider a move's words name as where the mail went: "to Microsoft 365", "nach Google Workspace", "Microsoft 365 に移行". */
const MOVED_TO = /(?:\bto|\bzu|\bnach|\bnaar|\bauf|\ba|\bpara|\bpro|(?:^|[ \t])à|\bchez|\bsur|\bvers)[ \t]{1,3}(microsoft 365|office 365|m365|o365|exchange online|google workspace|g ?suite|gmail|zoho mail)\b|(microsoft 365|office 365|m365|o365|exchange online|google workspace|g ?suite|gmail|zoho mail)[ \t]*(?:に|へ)/;
function providerOf(name: string): MailboxProvider {
  return /google|suite|gmail/.test(name) ? 'google-workspace' : name.startsWith('zoho') ? 'zoho' : 'microsoft-365';
}

/** What the paste says of the recipient's mail moving to another provider or server (not the sender's sending), and to which provider if it names one. */
export function recipientMailMove(lower: string): { moved: boolean; to: MailboxProvider | null } {
  const none = { moved: false, to: null };
  if (!/changed|switch|moved|moving|migr|left|cancel|now use|cambi|mud|pas|taşın|gewechselt|umgestellt|umgezogen|migriert|seit|bezig|overgestapt|overgegaan|gemigreerd|verhuisd|przeni|移行|移転|乗り換え/.test(lower)) return none;
  let seen = 0;
  for (const m of lower.matchAll(MAIL_MOVED)) {
    if (++seen > MAX_MOVES) break;
    const lineStart = lower.lastIndexOf('\n', m.index) + 1;
    const lineEnd = lower.indexOf('\n', m.index);
    const line = lower.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    // (the sending provider in the move's own sentence: "we moved from SendGrid to Mailgun", not a sentence before it; and in
    // its own clause, between commas: not "... migré vers Google Workspace il y a deux semaines, et le client pense que Mailgun ...")
    const sentence = sentenceAround(line, m.index - lineStart, m[0].length);
    const at = sentence.indexOf(m[0]);
    const clauseEnd = at === -1 ? -1 : sentence.indexOf(',', at + m[0].length);
    const clause = at === -1 ? sentence : sentence.slice(sentence.lastIndexOf(',', at) + 1, clauseEnd === -1 ? undefined : clauseEnd);
    // (nor the speaker's own move in Japanese: 弊社は ... に移行しました)
    // (not a bracketed aside on whom the customer sends with, "Our customer (uses us via Mailgun) says one partner moved ...")
    if (SENDING_PROVIDER.test(clause.replace(/\([^()\n]{0,80}\)/g, '')) || JAPANESE_FIRST_PERSON.test(sentence) || SERVER_LINE.test(line.slice(0, 200))) continue;
    const { before, after } = clauseAround(lower, lineStart, m);
    // (only a question takes it back: "moved to Google Workspace, but we're still bouncing" is the story)
    // (not the sender's own move, "we migrated our mail server"; a recipient quoted, 'told them "we changed ..."', is theirs)
    if (NOT_A_STATEMENT_BEFORE.test(before) || QUESTION_AFTER.test(after) || ownMove(before)) continue;
    const to = MOVED_TO.exec(m[0]);
    return { moved: true, to: to ? providerOf(to[1] ?? to[2]!) : null };
  }
  return none;
}

/** The sentence of a line that holds the span at `at` (a full stop and a space, or a Japanese 。, end one). */
// (a question ends one too: "Will Mailgun keep blocking this address now? The practice says they moved to Microsoft 365")
function sentenceAround(line: string, at: number, length: number): string {
  const start = Math.max(line.lastIndexOf('. ', at), line.lastIndexOf('? ', at), line.lastIndexOf('! ', at), line.lastIndexOf('。', at), line.lastIndexOf('？', at)) + 1;
  const ends = [line.indexOf('. ', at + length), line.indexOf('? ', at + length), line.indexOf('! ', at + length), line.indexOf('。', at + length), line.indexOf('？', at + length)].filter((i) => i !== -1);
  return line.slice(start, ends.length ? Math.min(...ends) : undefined);
}

/** A Japanese sentence about the speaker's own company or team (弊社, 当社, 私たち, ...). */
const JAPANESE_FIRST_PERSON = /^[\s、]*(?:弊社|当社|自社|私たち|我々|うち|こちら)/;

// (within its sentence: 'changed IT providers last month". is this on us?' asks another thing)
const QUESTION_AFTER = /^(?:[^\n?.!]|\.(?!\s)){0,40}\?/;
/** A first-person subject just before the verb ("we migrated", "our company moved"; not "I guess the council moved"). */
// (not "our client moved ...": a third party of ours)
const FIRST_PERSON_SUBJECT = /\b(?:we|i|our|my)(?:'ve|'d)?(?:[ \t]{1,3}(?!(?:clients?|customers?|recipients?|partners?|vendors?|suppliers?|users?|contacts?|tenants?)\b)[\w-]{1,30}){0,2}[ \t]*$/;

const VERB_SECOND_FIRST_PERSON = /\b(?:wir|ich|unser(?:e|en|er)?|wij|ik|onze?)\b[^.;!?\n]{0,40}$/;
/** The speaker's own move, not a recipient quoted ('told them "we changed ..."'). */
function ownMove(before: string): boolean {
  // (German and Dutch put the verb second and the object between: "wir haben letzte Woche den Mailserver gewechselt")
  const subject = FIRST_PERSON_SUBJECT.exec(before) ?? VERB_SECOND_FIRST_PERSON.exec(before);
  return subject !== null && !quotedAt(before.slice(0, subject.index));
}

/** True when a line of the paste (`lower`: lower-cased, as the extractor has it) says the refused address is right or exists. */
export function saysAddressIsRight(lower: string): boolean {
  if (!CUE.test(lower) || !STATEMENT_GATE.test(lower)) return false;
  return statedIn(lower);
}

/**
 * "was bought by Summit Health and everyone has new email addresses now", "she has a new email address", "the patient
 * changed jobs recently" (a work address left behind), "the supplier changed their domain from x.com to y.com" (a renamed
 * domain): the recipient's address changed, not only where its mail is kept.
 * (Bounded gaps: linear on any line.)
 */
// (and a merger that moved everyone under another domain: "merged with Tidewater and moved everyone to Microsoft 365 under tidewatergroup.com";
// not the sender's own, "Acme acquired us", "we merged with ...")
const ADDRESS_CHANGED = /(?<!\b(?:we|us|i)[ \t]+(?:\w+[ \t]+)?)\b(?:merged|acquired|bought)\b(?![ \t]+(?:us|our|me)\b)[^\n.;!?]{0,80}?\b(?:moved|migrated|switched|put)[ \t]+(?:everyone|everybody|all (?:the )?staff|all (?:of )?(?:their|its|the) (?:users|mailboxes|people|staff))\b[^\n.;!?]{0,60}?\bunder[ \t]+(?:the[ \t]+(?:new[ \t]+)?domain[ \t]+)?@?[\w-]{1,63}\.[a-z]{2,24}\b|\b(?:everyone|everybody|all (?:the )?staff|all of them|they all|(?:she|he|they|the (?:recipient|contact|customer|client|parent|user)) (?:now )?(?:has|have|got|uses?))\b[^\n.;!?]{0,30}?\bnew[ \t]{1,3}(?:e-?mail|mail)[ \t]{1,3}address(?:es)?\b|\b(?:bought|acquired|taken over|merged into)\b[^\n.;!?]{0,80}?\bnew[ \t]{1,3}(?:e-?mail|mail)[ \t]{1,3}(?:address(?:es)?|domain)\b|\b(?:she|he|they|the (?:recipient|contact|customer|client|patient|employee|member|user))[ \t]+(?:recently[ \t]+)?(?:changed|switched|left)[ \t]+(?:jobs?|employers?|(?:the|her|his|their)[ \t]+(?:job|company|employer|firm))\b(?![ \t]+(?:e-?mail|mail|domain|address))[^\n.;!?]{0,20}|\b(?:she|he|they|the (?:recipient|contact|customer|client|patient|employee|member|user))[ \t]+no[ \t]+longer[ \t]+works?[ \t]+(?:there|at)\b|\b(?:she|he|they|the (?:recipient|contact|customer|client|supplier|vendor|partner|company|firm))[ \t]+(?:recently[ \t]+)?(?:changed|renamed|switched)[ \t]+(?:their|its|his|her)[ \t]+(?:e-?mail[ \t]+)?domain[ \t]+from[ \t]+[\w.-]{1,253}\.[a-z]{2,24}[ \t]+to[ \t]+[\w-]{1,63}\.[\w.-]{1,200}|\b(?:the|an?|his|her|their)[ \t]+old[ \t]+(?:e-?mail[ \t]+)?address[ \t]+(?:is[ \t]+)?still[ \t]+(?:appears|shows|is|stands|sits)[ \t]+(?:in|on)[ \t]+(?:his|her|their|the)\b[^\n.;!?]{0,40}?\b(?:record|profile|contact|account|crm|card|file)\b/g;
const MAX_CHANGES = 20;

/** True when the paste says the refused recipient has a new address now (not the speaker's own, not asked). */
export function saysRecipientAddressChanged(lower: string): boolean {
  if (!lower.includes('new e') && !lower.includes('new mail') && !/changed|switched|left|no longer works|merged|acquired|bought/.test(lower)) return false;
  let seen = 0;
  for (const m of lower.matchAll(ADDRESS_CHANGED)) {
    if (++seen > MAX_CHANGES) break;
    const lineStart = lower.lastIndexOf('\n', m.index) + 1;
    if (SERVER_LINE.test(lower.slice(lineStart, Math.min(lineStart + 200, m.index)))) continue;
    const { before, after } = clauseAround(lower, lineStart, m);
    // (not when the new address follows, "she has a new email address since Monday: billing@...": that may be the one refused)
    if (!NOT_A_STATEMENT_BEFORE.test(before) && !QUESTION_AFTER.test(after) && !ownMove(before) && !NEW_ADDRESS_GIVEN.test(after)) return true;
  }
  return false;
}
/**
 * The refusing server's admin took the domain off its mail domains on purpose: "stara-marka.pl usunęliśmy z mydestination
 * w marcu", "we removed the old domain from virtual_mailbox_domains": its addresses are retired, like a new address.
 * (Not "by mistake", not asked.)
 */
const REMOVAL = String.raw`(?:removed|deleted|dropped|retired|took (?:it )?out|taken out|usunęliśmy|usunięt[aeoy]|entfernt|gelöscht|eliminad[oa]|eliminamos|quitamos|quitad[oa]|supprimée?|retirée?|rimoss[oa]|tolto|verwijderd|removemos|removid[oa])`;
const MAIL_DOMAINS_SETTING = String.raw`(?:mydestination|virtual_mailbox_domains|virtual_alias_domains|relay_domains|local_domains|localdomains|local-host-names|accepted domains?)`;
const DOMAIN_RETIRED = new RegExp(String.raw`\b${REMOVAL}\b[^\n]{0,60}?\b${MAIL_DOMAINS_SETTING}\b|\b${MAIL_DOMAINS_SETTING}\b[^\n]{0,60}?\b${REMOVAL}\b`);
/** Words that make it no deliberate retirement: a move of the mail elsewhere, a mistake, a guess, a question. */
const NOT_RETIRED = /\bmoved\b|\bmigrat|umgezogen|by mistake|accidentally|versehentlich|aus versehen|por error|por engano|par erreur|per errore|przez pomyłkę|per ongeluk|\b(?:think|thinks|maybe|perhaps|probably|guess|might|vermut\w*|vielleicht|creo|quizás|peut-être|forse|misschien)\b|\?/;

/** True when a line of the paste says the refusing server was meant to stop taking the domain's mail (see DOMAIN_RETIRED). */
export function saysDomainRetired(lower: string): boolean {
  if (!/mydestination|_domains|localdomains|local-host-names|accepted domain/.test(lower)) return false;
  const m = DOMAIN_RETIRED.exec(lower);
  if (!m) return false;
  const lineStart = lower.lastIndexOf('\n', m.index) + 1;
  const lineEnd = lower.indexOf('\n', m.index);
  const line = lower.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  return !NOT_RETIRED.test(line) && !NOT_A_STATEMENT_BEFORE.test(lower.slice(lineStart, m.index)) && !SERVER_LINE.test(line);
}

/**
 * The recipient's side saying it takes no more mail at the refused domain, pointing to a new address: "we no longer accept
 * mail at that domain, use the new address on lakeviewpm.com", "we don't accept kestrel-haulage.com there anymore; dispatch
 * moved to dispatch@kestrelhaulage.co.uk" (a mailbox moved to its own name at another domain), a server's "harborline-freight.com
 * no longer accepts mail; please use ap@...", "We no longer accept mail at corvanahealth.com".
 */
const DOMAIN_DROPPED = /\bno[ \t]+longer[ \t]+accept(?:s|ing)?\b[^\n.;!?]{0,40}?\b(?:that|this|the[ \t]+old|our[ \t]+old|the|our)[ \t]+(?:domain|address)\b|\bno[ \t]+longer[ \t]+accept(?:s|ing)?[ \t]+(?:mail|e-?mails?|messages)[ \t]+(?:at|for|to|on)[ \t]+@?[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b|\b[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[ \t]+no[ \t]+longer[ \t]+accepts?[ \t]+(?:mail|e-?mails?|messages)\b|\b(?:don't|do[ \t]+not|doesn't|does[ \t]+not|won't|will[ \t]+not)[ \t]+accept[ \t]+(?:(?:mail|e-?mails?)[ \t]+(?:for|at|to)[ \t]+)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[^\n.;!?@]{0,20}?\b(?:any ?more|any ?longer)\b|\buse[ \t]+(?:the|our|their|her|his)[ \t]+new[ \t]+(?:e-?mail[ \t]+)?address\b|\b([\w.+-]{1,64})@?[ \t]+(?:has[ \t]+)?moved[ \t]+to[ \t]+(?=\1@[\w-]{1,63}\.)/g;
/** The addresses in the words after such a statement: the new one among them. */
const ADDRESSES_AFTER = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/g;
/** A mail quote's `>` at a line's start. */
const MAIL_QUOTE = /^[ \t]*>/;
/** The two lines of a mail quote after a statement that gives no address on its own line. */
const NEXT_QUOTED_LINES = /^[ \t]*>[^\n]{0,300}(?:\n[ \t]*>[^\n]{0,300})?/;

/**
 * The words before a statement are inside a quotation: a mail quote, a double quotation mark left open before them (not a
 * closed one, `Note from "our" side: we ...`), or a single one opening a word (not an apostrophe, "don't").
 */
function quotedAt(before: string): boolean {
  return MAIL_QUOTE.test(before) || (before.match(/["\u201c\u201d\u201e]/g)?.length ?? 0) % 2 === 1 || /(?:^|[\s(:])['\u2018]\S/.test(before);
}
/** How many addresses after the statement are read. */
const MAX_ADDRESSES_AFTER = 5;

/**
 * When the paste says the recipient's side no longer takes mail at the old domain or address (see DOMAIN_DROPPED): the
 * addresses its line names after it (the new one among them, perhaps beside the old), none when it gives none; null when the
 * paste says no such thing.
 */
export function recipientDomainDropped(lower: string): string[] | null {
  if (!lower.includes('accept') && !lower.includes('new') && !lower.includes('moved to')) return null;
  let seen = 0;
  for (const m of lower.matchAll(DOMAIN_DROPPED)) {
    if (++seen > MAX_CHANGES) break;
    // (a server's own line says so too: "550 5.7.1 ... harborline-freight.com no longer accepts mail; please use ap@...")
    const lineStart = lower.lastIndexOf('\n', m.index) + 1;
    const { before, after } = clauseAround(lower, lineStart, m);
    // (not the sender's own move, "our support desk has moved to help@shop-neu.de"; but the recipient's "we", in the quoted
    // reply of theirs: `"Hi, ... We no longer accept mail at x.com`, `> We no longer accept ...`)
    const quoted = quotedAt(lower.slice(lineStart, m.index));
    if (NOT_A_STATEMENT_BEFORE.test(before) || QUESTION_AFTER.test(after) || (!quoted && ownMove(before))) continue;
    // (on its line, else on the next lines of the same quoted note: "> We no longer accept mail at x.com.\n> Please write to ...")
    const lineEnd = lower.indexOf('\n', m.index);
    const onLine = [...lower.slice(m.index, lineEnd === -1 ? undefined : lineEnd).matchAll(ADDRESSES_AFTER)];
    const below = onLine.length || lineEnd === -1 || !MAIL_QUOTE.test(lower.slice(lineStart, m.index)) ? [] : [...(NEXT_QUOTED_LINES.exec(lower.slice(lineEnd + 1))?.[0] ?? '').matchAll(ADDRESSES_AFTER)];
    return [...onLine, ...below].slice(0, MAX_ADDRESSES_AFTER).map((a) => a[0]);
  }
  return null;
}

const NEW_ADDRESS_GIVEN = /^[^\n.;!?@]{0,40}?[\w.+-]{1,64}@[\w-]{1,63}\./;

/** The words of the clause before a match (from its sentence's start, within its line) and the rest of its line after it. */
// (only the clause the statement is in: "Not sure why. The address is valid" counts)
function clauseAround(text: string, lineStart: number, m: RegExpMatchArray & { index: number }): { before: string; after: string } {
  const before = text.slice(Math.max(lineStart, m.index - CLAUSE_BEFORE), m.index).split(/[.;!?]\s/).at(-1) ?? '';
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + CLAUSE_AFTER).split('\n', 1)[0]!;
  return { before, after };
}

function statedIn(text: string): boolean {
  // The start of each match's line, found going forward (a search back per match is quadratic on a long line).
  let lineStart = 0;
  for (const m of text.matchAll(STATEMENT)) {
    for (let next = text.indexOf('\n', lineStart); next !== -1 && next < m.index; next = text.indexOf('\n', lineStart)) lineStart = next + 1;
    if (SERVER_LINE.test(text.slice(lineStart, Math.min(lineStart + 200, m.index)))) continue;
    const { before, after } = clauseAround(text, lineStart, m);
    if (!NOT_A_STATEMENT_BEFORE.test(before) && !NOT_A_STATEMENT_AFTER.test(after) && !ABOUT_THE_SENDER.test(before)) return true;
  }
  return false;
}
