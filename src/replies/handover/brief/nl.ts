import { code, rt } from '../../rich.js';
import type { BriefWords } from './types.js';

/** " aan a@b" after a word, or nothing. */
const aan = (value: string | null) => (value ? rt` aan ${code(value)}` : []);

export const DUTCH: BriefWords = {
  title: 'Samenvatting',
  what: 'Wat er gebeurde',
  side: 'Waar de oorzaak ligt',
  next: 'Hoe het verder gaat',
  cases: {
    outgoing: {
      what: (v) => rt`E-mails${aan(v.recipient)} zijn geweigerd door Mailgun, de e-maildienst waarlangs ze verstuurd worden, omdat het verzendende systeem bij het versturen niet inlogt bij Mailgun. Ze zijn niet afgeleverd.`,
      side: () => rt`Een instelling van het verzendende systeem, aan de kant van de afzender; geen storing of fout bij Mailgun.`,
      next: () => rt`Wie het verzendende systeem beheert, vult daarin de inloggegevens van Mailgun in; vanaf dan wordt de mail weer verstuurd. De geweigerde e-mails moeten opnieuw worden verstuurd.`,
    },
    incoming: {
      what: (v) => rt`E-mails${aan(v.recipient)} worden geweigerd bij Mailgun, waar de mail van dat domein binnenkomt, omdat daar geen regel staat die bepaalt waar mail voor dat adres naartoe moet.`,
      side: () => rt`Een ontbrekende instelling in het Mailgun-account; geen storing, en aan de kant van de afzenders is er niets mis.`,
      next: () => rt`Met een regel voor het adres is het binnen een paar minuten opgelost. E-mails die tot dan zijn geweigerd, zijn niet bewaard: de afzenders moeten ze opnieuw sturen.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun heeft de e-mail${aan(v.recipient)} aangenomen en geprobeerd af te leveren, maar de eigen mailserver van de ontvanger heeft die geweigerd.`,
      side: () => rt`Bij de ontvanger: hun server neemt geen mail aan voor dat adres (vaak een verkeerd getypt adres). Niet bij Mailgun en niet bij de afzender.`,
      next: () => rt`Het adres nagaan bij de ontvanger. Klopt het, dan moet hun IT mail voor dat adres toelaten; daarna wordt de e-mail opnieuw verstuurd.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun heeft de e-mail${aan(v.recipient)} aangenomen en geprobeerd af te leveren, maar de eigen mailserver van de ontvanger heeft die geweigerd, hoewel het adres klopt.`,
      side: () => rt`Bij de ontvanger: hun server neemt geen mail aan voor dat adres. Niet bij Mailgun en niet bij de afzender.`,
      next: () => rt`De IT van de ontvanger moet de instellingen van hun server aanpassen (de foutmelding naar hen doorsturen); daarna wordt de e-mail opnieuw verstuurd.`,
    },
    undetermined: {
      what: () => rt`Een mailserver weigerde een e-mail door te sturen ("Relaying denied"), maar uit de foutmelding alleen blijkt niet welke server, dus de oorzaak is nog niet bekend.`,
      side: () => rt`Nog niet bekend: een van drie instellingen (het inloggen van de afzender bij Mailgun, de regels van het Mailgun-account voor inkomende mail, of de server van de ontvanger). Geen daarvan is een storing bij Mailgun.`,
      next: () => rt`De volledige foutmelding of het teruggekomen bericht opvragen: daaruit blijkt welke het is. Meestal is het een verzendend systeem dat niet inlogt.`,
    },
    'undetermined-sending': {
      what: () => rt`De e-mails van het verzendende systeem zijn bij het versturen geweigerd ("Relaying denied"); de foutmelding noemt niet de mailserver die het gebruikt.`,
      side: () => rt`Waarschijnlijk bij de afzender: het verzendende systeem logt niet in bij de mailserver waarlangs het verstuurt. Geen storing bij Mailgun.`,
      next: () => rt`Nagaan welke mailserver het verzendende systeem gebruikt en het inloggen in het systeem aanzetten; daarna worden de geweigerde e-mails opnieuw verstuurd.`,
    },
    'auth-failure': {
      what: () => rt`Het verzendende systeem probeerde in te loggen bij Mailgun, maar de gebruikersnaam of het wachtwoord werd niet geaccepteerd, dus er is niets verstuurd.`,
      side: () => rt`Bij de afzender: verkeerde of verouderde inloggegevens in het verzendende systeem. Geen storing bij Mailgun.`,
      next: () => rt`De juiste inloggegevens invullen in het verzendende systeem (of een nieuw wachtwoord instellen in Mailgun); daarna worden de geweigerde e-mails opnieuw verstuurd.`,
    },
    'unknown-user': {
      what: (v) => rt`De mailserver van de ontvanger meldt dat het adres${v.recipient ? rt` ${code(v.recipient)}` : []} niet bestaat.`,
      side: () => rt`Bij het adres: dat is fout of niet meer in gebruik (vaak een typefout). Bij Mailgun en bij de afzender is niets kapot.`,
      next: () => rt`Het juiste adres opvragen bij de ontvanger en de e-mail daarheen sturen.`,
    },
    'mailbox-full': {
      what: (v) => rt`De mailbox${v.recipient ? rt` ${code(v.recipient)}` : []} van de ontvanger is vol, dus hun server heeft de e-mail niet aangenomen.`,
      side: () => rt`Bij de ontvanger; de afzender en Mailgun hoeven niets op te lossen.`,
      next: () => rt`De ontvanger moet ruimte vrijmaken; daarna kan de e-mail opnieuw worden verstuurd.`,
    },
    blocked: {
      what: () => rt`De mailserver van de ontvanger weigerde de e-mail als waarschijnlijke spam, of omdat de verzendende server op een blokkeerlijst staat.`,
      side: () => rt`Een filter aan de ontvangende kant, in gang gezet door de reputatie van de afzender; geen storing bij Mailgun.`,
      next: () => rt`De IT van de ontvanger vragen de e-mails van de afzender door te laten, en uitzoeken waardoor de blokkade ontstond (de foutmelding noemt meestal de lijst); daarna opnieuw versturen.`,
    },
    policy: {
      what: () => rt`De ontvangende server weigerde de e-mail omdat hij niet kon bevestigen dat die echt van het domein van de afzender komt.`,
      side: () => rt`Bij de afzender: de instellingen voor afzendercontrole van het domein (in de DNS van het domein). Geen storing bij Mailgun.`,
      next: () => rt`Wie de DNS van het domein beheert, corrigeert die instellingen (de domeinpagina in Mailgun toont ze); daarna worden de e-mails opnieuw verstuurd.`,
    },
    'rate-limit': {
      what: () => rt`Er gingen te veel e-mails tegelijk uit, dus de ontvangende kant remt ze af of weigert er voorlopig een deel van.`,
      side: () => rt`Een limiet, geen fout: e-mails die voorlopig zijn geweigerd, worden later opnieuw geprobeerd.`,
      next: () => rt`In kleinere groepen versturen; alleen de e-mails die na die nieuwe pogingen nog mislukken, worden opnieuw verstuurd.`,
    },
    sandbox: {
      what: () => rt`Het Mailgun-account verstuurt nog vanaf zijn testdomein, dat alleen aflevert bij een paar goedgekeurde adressen.`,
      side: () => rt`Een instelling van het Mailgun-account; geen fout.`,
      next: () => rt`Het eigen domein van de afzender in Mailgun toevoegen, laten verifiëren en daarvandaan versturen; dan kunnen de e-mails naar iedereen.`,
    },
    'api-auth': {
      what: () => rt`De verzoeken van het verzendende systeem aan Mailgun zijn geweigerd omdat de toegangssleutel verkeerd of verouderd is, dus er is niets verstuurd.`,
      side: () => rt`Bij de afzender: de sleutel in de instellingen van het verzendende systeem. Geen storing bij Mailgun.`,
      next: () => rt`De actuele toegangssleutel van Mailgun in de instellingen van het verzendende systeem zetten; daarna worden de geweigerde e-mails opnieuw verstuurd.`,
    },
    other: {
      what: () => rt`Het versturen is mislukt met een andere fout dan "Relaying denied".`,
      side: () => rt`Het antwoord hierboven noemt de oorzaak.`,
      next: () => rt`De oplossing in het antwoord hierboven volgen.`,
    },
  },
};
