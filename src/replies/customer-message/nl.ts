import { code, rt, text } from '../rich.js';
import type { CustomerMessages } from './types.js';

export const DUTCH: CustomerMessages = {
  'outgoing-everyday': ({ login }) =>
    rt`Uw website (of app) probeert e-mails via Mailgun te versturen zonder in te loggen, en Mailgun stuurt alleen e-mails door van afzenders die inloggen; er is bij Mailgun niets kapot. Degene die uw website beheert, moet de Mailgun-inloggegevens van uw domein (de SMTP-login, zoals ${code(login)}, en het bijbehorende wachtwoord; beide vindt u in uw Mailgun-account) invullen in de e-mailinstellingen van de website. De mislukte e-mails zijn niet verstuurd: stuur ze opnieuw zodra het werkt.`,
  outgoing: ({ login }) =>
    rt`Uw applicatie verstuurt via de SMTP-server van Mailgun zonder in te loggen, en Mailgun stuurt alleen e-mail door voor sessies die inloggen. Schakel in de e-mailinstellingen van de applicatie SMTP-authenticatie in met de SMTP-login van uw domein (zoals ${code(login)}) en het bijbehorende wachtwoord, op poort 587 met STARTTLS, en stuur daarna een testbericht.`,
  'incoming-to-writer': ({ recipient }) =>
    rt`Bedankt voor uw melding, en excuses voor het ongemak: het probleem ligt bij ons, niet bij u. Ons mailsysteem heeft uw bericht${recipient ? rt` aan ${code(recipient)}` : []} geweigerd, omdat dat adres niet was ingesteld om e-mail te ontvangen. We zijn bezig het op te lossen; stuur uw bericht opnieuw zodra we dat hebben bevestigd, want het teruggestuurde bericht is niet bewaard.`,
  incoming: ({ recipient }) =>
    rt`Het bericht${recipient ? rt` aan ${code(recipient)}` : []} is aangekomen bij Mailgun, dat de e-mail voor dat domein ontvangt, maar geen enkele Route in het Mailgun-account neemt dat adres aan. Een Route voor dat adres lost dit op; als de e-mail van het domein helemaal niet naar Mailgun hoort te gaan, moeten de MX-records van het domein in plaats daarvan naar de echte mailserver verwijzen. Aan de kant van de afzender is er niets mis.`,
  'recipient-host': ({ recipient, host }) =>
    rt`Mailgun heeft het bericht geaccepteerd en geprobeerd het af te leveren, maar de mailserver van de ontvanger${host ? rt` (${code(host)})` : []} heeft het geweigerd alsof die geen e-mail voor ${recipient ? code(recipient) : text('dat adres')} verwerkt. Controleer het adres; als het klopt, moet de mailbeheerder van de ontvanger de server zo instellen dat die e-mail voor dat adres accepteert.`,
  'unknown-user': ({ recipient, host }) =>
    rt`Onze e-mails aan ${recipient ? code(recipient) : text('dat adres')} worden geweigerd door de ontvangende mailserver${host ? rt` (${code(host)})` : []}, omdat die aangeeft dat het adres niet bestaat. Kunt u het juiste adres bevestigen, of bij uw IT-afdeling nagaan of het is verwijderd of hernoemd?`,
  'mailbox-full': ({ recipient }) =>
    rt`Onze e-mails aan ${recipient ? code(recipient) : text('dat adres')} worden geweigerd omdat de mailbox vol is. Zodra er weer wat ruimte is vrijgemaakt, sturen we ze opnieuw.`,
  sandbox: () =>
    rt`Uw Mailgun-account verstuurt nog vanaf het testdomein (sandbox), dat alleen aflevert bij adressen die u als geautoriseerde ontvangers hebt goedgekeurd. Om ook naar anderen te mailen, voegt u uw eigen domein toe in Mailgun (Send → Sending → Domains → Add new domain), publiceert u de DNS-records die daar worden getoond en verstuurt u vanaf dat domein zodra het geverifieerd is; voor een snelle test kunt u in plaats daarvan het adres toevoegen als geautoriseerde ontvanger.`,
  'auth-failure': ({ login }) =>
    rt`Mailgun heeft de inloggegevens geweigerd die uw applicatie meestuurt: de gebruikersnaam of het wachtwoord klopt niet. Stel in Mailgun, bij de SMTP-inloggegevens (SMTP credentials) van het domein, een nieuw SMTP-wachtwoord in voor uw login (zoals ${code(login)}) en vul die login en dat wachtwoord in bij de e-mailinstellingen van uw applicatie; de API-sleutel en het wachtwoord van uw Mailgun-account werken daar niet.`,
  'sender-check': () =>
    rt`De ontvangende provider heeft het bericht geweigerd, omdat die niet kon controleren of het echt van uw domein afkomstig is: de DNS-records van uw domein voor het verzenden (SPF, DKIM en een DMARC-record) ontbreken of kloppen niet. Voeg bij uw DNS-provider de records toe die Mailgun voor uw verzenddomein toont (Send → Sending → Domains → uw domein → DNS records), wacht tot Mailgun ze als geverifieerd weergeeft en verstuur het bericht daarna opnieuw.`,
  blocked: ({ host }) =>
    rt`De ontvangende server heeft het bericht geweigerd omdat het verzendende IP-adres of domein op een blokkeerlijst staat, en niet vanwege iets in de login of de Routes van uw configuratie. ${host ? rt`De weigering kwam van ${code(host)}. ` : []}We bekijken de vermelding op die lijst; totdat die is opgeheven, kan e-mail aan die ontvanger geweigerd blijven worden.`,
  'api-auth': ({ euApi }) =>
    rt`De API van Mailgun heeft de sleutel geweigerd die uw applicatie gebruikt. Vul in de instellingen van de applicatie een geldige private API-sleutel (of een Domain Sending Key) uit uw Mailgun-account in, en gebruik de API-host van de regio van uw domein (${code(euApi)} voor een domein in de EU-regio).`,
  'undetermined-writer-own-server': ({ recipient }) =>
    rt`Bedankt voor uw bericht. Een mailserver weigerde uw e-mail aan ons${recipient ? rt` (${code(recipient)})` : []} door te sturen. Verscheen de foutmelding in uw e-mailprogramma toen u op Verzenden klikte, dan wil uw server voor uitgaande e-mail dat u inlogt: zet in de instellingen van uw account de optie "Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist" aan (met dezelfde gebruikersnaam en hetzelfde wachtwoord als voor het ontvangen), of vraag het na bij uw e-mailprovider. Kreeg u de melding als teruggestuurde e-mail (bounce), stuur die e-mail dan volledig naar ons door, zodat we kunnen zien welke server uw bericht heeft geweigerd.`,
  'undetermined-writer': () =>
    rt`Bedankt voor uw melding. Kunt u het volledige bericht dat bij u terugkwam, ongewijzigd naar ons doorsturen? Daarin staat welke server uw e-mail heeft geweigerd, en daaruit kunnen we opmaken of het probleem bij ons ligt (dan lossen we het op) of bij uw e-mailprovider (dan laten we u weten wat u daar kunt vragen).`,
  'undetermined-not-receiving': ({ recipient }) =>
    rt`Bedankt, en het spijt ons dat onze e-mails u niet bereiken. Om te achterhalen waar ze worden tegengehouden: kan uw IT-afdeling ons de volledige foutmelding of logregel sturen die ze te zien krijgen, inclusief de servernamen die erin staan? Als die van uw eigen mailserver afkomstig is, moeten ze die server mogelijk zo instellen dat hij e-mail van ons voor ${recipient ? code(recipient) : text('uw adres')} accepteert.`,
  'undetermined-everyday': () =>
    rt`Er is bij Mailgun niets kapot: een mailserver weigerde één e-mail door te sturen. Dat betekent doorgaans dat er een instelling ontbreekt, meestal de inloggegevens in de e-mailinstellingen van uw website. Om te bepalen om welke instelling het gaat: kwam dit terug toen uw website een e-mail verstuurde (een orderbevestiging, een contactformulier), of heeft iemand u laten weten dat een e-mail van hem of haar aan u is teruggestuurd? Stuur het bericht dat terugkwam volledig en ongewijzigd naar ons door.`,
  undetermined: () =>
    rt`Een mailserver weigerde het bericht door te sturen, maar uit de foutmelding blijkt niet welke. Kunt u de volledige bouncemelding of het volledige log sturen, inclusief de servernamen die erin staan, en laten weten waar u het hebt gezien: in uw applicatie, in een bouncemelding die u hebt ontvangen, of in de logs van Mailgun?`,
};
