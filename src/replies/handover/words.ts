/**
 * A handover note's words in each language the bot writes messages in: its labels, and for each case the diagnosis settles
 * one line of what it is and one of what to do next. The note is for a colleague on the team, so it names Mailgun's parts
 * plainly (Routes, SMTP login, Bounces list); values echoed from the paste are code segments.
 */
import type { CustomerLanguage } from '../customer-message/index.js';
import type { RichText } from '../model.js';
import { code, rt, text } from '../rich.js';

/** What the diagnosis settles, as the note tells it: the scenario, or the kind of a different error. */
export type HandoverCase =
  | 'outgoing'
  | 'incoming'
  | 'recipient-host'
  /** The recipient's server refused, and the ticket says the address is right. */
  | 'recipient-host-confirmed'
  | 'undetermined'
  /** A relay refusal the sender's own program showed as it sent: which server it is set to use is the question. */
  | 'undetermined-sending'
  | 'auth-failure'
  | 'unknown-user'
  | 'mailbox-full'
  | 'blocked'
  | 'policy'
  | 'rate-limit'
  | 'sandbox'
  | 'api-auth'
  | 'other';

/** The values a note names, each already safe to echo, or null when the paste does not give it. */
export interface HandoverValues {
  recipient: string | null;
  /** The refusing server, where it is another one than Mailgun's. */
  host: string | null;
  /** The domain's SMTP login, or an example of one. */
  login: string;
  /** Mailgun's SMTP host of the domain's region. */
  smtpHost: string;
  euApi: string;
  /** The setting the paste's own configuration lacks for a login (Postfix's `smtp_sasl_auth_enable = yes`), or null. */
  missingSetting: string | null;
}

export interface HandoverWords {
  title: (name: string | null) => string;
  what: string;
  found: string;
  checked: string;
  open: string;
  next: string;
  recipient: string;
  server: string;
  reply: string;
  region: string;
  cases: Record<HandoverCase, { what: (v: HandoverValues) => RichText; next: (v: HandoverValues) => RichText }>;
}

/** A Route's expression for the refused address, or its shape. */
const routeFor = (v: HandoverValues) => code(v.recipient ? `match_recipient("${v.recipient}")` : 'match_recipient("...")');
/** " (value)" after a word, or nothing. */
const paren = (value: string | null): RichText => (value ? rt` (${code(value)})` : []);
/** A preposition and the value, or nothing: " for a@b", " an a@b". */
const before = (word: string, value: string | null): RichText => (value ? rt`${text(` ${word} `)}${code(value)}` : []);

const ENGLISH: HandoverWords = {
  title: (name) => (name ? `Handover for ${name}` : 'Handover'),
  what: 'What it is',
  found: 'Found in the paste',
  checked: 'Already checked (from the ticket)',
  open: 'Still open (from the ticket)',
  next: 'Next step',
  recipient: 'recipient',
  server: 'refusing server',
  reply: 'reply',
  region: 'region',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied from Mailgun's SMTP server: the sending program does not log in (no SMTP AUTH), so Mailgun refuses the outside recipient${paren(v.recipient)}.`,
      next: (v) => rt`Turn SMTP authentication on in the sending program, with the domain's SMTP login (${code(v.login)}) and its password (in Mailgun: the domain's SMTP credentials), host ${code(v.smtpHost)}, port ${code('587')} with STARTTLS; then send a test. A ${code('535')} after that means a wrong login or password.${v.missingSetting ? rt` Its configuration shown lacks ${code(v.missingSetting)}: add it first.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied from Mailgun's inbound server (MX): the mail${before('to', v.recipient)} reached Mailgun, but no Route in the account matches the address.`,
      next: (v) => rt`Add a Route that matches the address (Receiving, Routes: ${routeFor(v)}) or correct the one meant for it; if the domain's mail should not go to Mailgun at all, point its MX records at the real mail server.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun accepted the message; the recipient's own server${paren(v.host)} refused it as a relay${before('for', v.recipient)}: it does not take mail for the address or its domain.`,
      next: () => rt`Confirm the address with the recipient. If it is right, their mail administrator has to accept mail for the domain (accepted domains, MX records); then take the address off the Bounces list and send again.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun accepted the message; the recipient's own server${paren(v.host)} refused it as a relay${before('for', v.recipient)}: it does not take mail for the address or its domain.`,
      next: () => rt`The address is confirmed, so the recipient's side has to change: send their mail administrator the refusal (the server and its message); they must accept mail for the domain (accepted domains, MX records). Then take the address off the Bounces list and send again.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, but the paste shows neither which server refused it nor which way the mail went (sent by the customer, or sent to them).`,
      next: () => rt`Find out which way: mail they sent, or mail someone sent to them, and to which address? Without the whole bounce, look for failed events in Mailgun's logs around that time (each names the refusing server) and check the Routes for the addresses that receive mail.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, seen by the sender's own program as it sent: the SMTP server it is set to use refused to pass the mail on, and the paste does not show which server that is.`,
      next: (v) => rt`Ask for the sending program's mail settings (SMTP server, port, user name, authentication on or off). Mailgun's host (${code(v.smtpHost)}) means the outgoing case: turn on the login with the domain's SMTP credentials (${code(v.login)}). Another server: the login it expects, or its administrator allows the sender.`,
    },
    'auth-failure': {
      what: () => rt`Not Relaying Denied: the SMTP login itself was refused (user name or password).`,
      next: (v) => rt`Check that the user name is the full SMTP login (${code(v.login)}) and the password is that login's SMTP password, not an API key; set a new password under the domain's SMTP credentials only if nobody has it.`,
    },
    'unknown-user': {
      what: (v) => rt`Not Relaying Denied: the recipient's server says the address${paren(v.recipient)} does not exist.`,
      next: () => rt`Confirm the address with the customer or the recipient and correct it; then take the old one off the Bounces list.`,
    },
    'mailbox-full': {
      what: (v) => rt`Not Relaying Denied: the recipient's mailbox${paren(v.recipient)} is full.`,
      next: () => rt`Nothing to change at Mailgun: the recipient has to make room. Mailgun retries temporary refusals by itself; after a permanent one, send again once there is room.`,
    },
    blocked: {
      what: () => rt`Not Relaying Denied: the recipient's server blocks the sending server or its IP (a block list or a reputation block).`,
      next: () => rt`Find the list or the reason the refusal names, stop what caused it (old or bought lists, complaints) and ask for removal where the list takes requests; on a shared IP, tell Mailgun support.`,
    },
    policy: {
      what: () => rt`Not Relaying Denied: the recipient's server refused the message on a policy (sender checks such as SPF, DKIM or DMARC, or the message itself).`,
      next: () => rt`Check the sending domain's SPF and DKIM records in Mailgun's domain settings, its DMARC record, and that the From address is at that domain or at the main domain it belongs to (unless DMARC asks for strict alignment).`,
    },
    'rate-limit': {
      what: () => rt`Not Relaying Denied: a sending limit was hit; the server asks to slow down.`,
      next: () => rt`Send more slowly or spread the sending out; temporary refusals are retried.`,
    },
    sandbox: {
      what: () => rt`Not Relaying Denied: a sandbox domain sends only to its authorized recipients.`,
      next: () => rt`For a test, add the address as an authorized recipient (the recipient confirms it); to send to customers, add and verify a domain of their own and send from it.`,
    },
    'api-auth': {
      what: () => rt`Not Relaying Denied: Mailgun's API refused the request's key.`,
      next: (v) => rt`Check the API key (user name ${code('api')}, the key as the password) and the region's API host (${code(v.euApi)} for an EU domain).`,
    },
    other: {
      what: () => rt`Not Relaying Denied: another error (the reply says which).`,
      next: () => rt`Follow the fix in the reply.`,
    },
  },
};

const GERMAN: HandoverWords = {
  title: (name) => (name ? `Übergabe an ${name}` : 'Übergabe'),
  what: 'Worum es geht',
  found: 'Im Paste gefunden',
  checked: 'Bereits geprüft (laut Ticket)',
  open: 'Noch offen (laut Ticket)',
  next: 'Nächster Schritt',
  recipient: 'Empfänger',
  server: 'ablehnender Server',
  reply: 'Antwort',
  region: 'Region',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied von Mailguns SMTP-Server: Das sendende Programm meldet sich nicht an (kein SMTP AUTH), daher lehnt Mailgun den externen Empfänger${paren(v.recipient)} ab.`,
      next: (v) => rt`Im sendenden Programm die SMTP-Authentifizierung einschalten, mit dem SMTP-Login der Domain (${code(v.login)}) und seinem Passwort (in Mailgun: die SMTP-Zugangsdaten der Domain), Server ${code(v.smtpHost)}, Port ${code('587')} mit STARTTLS; dann eine Testmail senden. Kommt danach ein ${code('535')}, stimmen Login oder Passwort nicht.${v.missingSetting ? rt` In der gezeigten Konfiguration fehlt ${code(v.missingSetting)}: zuerst ergänzen.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied von Mailguns Eingangsserver (MX): Die Mail${before('an', v.recipient)} kam bei Mailgun an, aber keine Route im Konto passt auf die Adresse.`,
      next: (v) => rt`Eine Route für die Adresse anlegen (Receiving, Routes: ${routeFor(v)}) oder die dafür gedachte korrigieren; sollen die Mails der Domain gar nicht zu Mailgun, die MX-Einträge auf den eigentlichen Mailserver setzen.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun hat die Nachricht angenommen; der eigene Server des Empfängers${paren(v.host)} hat sie als Relay abgelehnt${before('für', v.recipient)}: Er nimmt für die Adresse oder ihre Domain keine Mails an.`,
      next: () => rt`Die Adresse mit dem Empfänger bestätigen. Stimmt sie, muss dessen Mail-Administrator Mails für die Domain annehmen (akzeptierte Domains, MX-Einträge); danach die Adresse von der Bounces-Liste nehmen und erneut senden.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun hat die Nachricht angenommen; der eigene Server des Empfängers${paren(v.host)} hat sie als Relay abgelehnt${before('für', v.recipient)}: Er nimmt für die Adresse oder ihre Domain keine Mails an.`,
      next: () => rt`Die Adresse ist bestätigt, also muss sich auf der Seite des Empfängers etwas ändern: dessen Mail-Administrator die Ablehnung schicken (Server und Meldung); er muss Mails für die Domain annehmen (akzeptierte Domains, MX-Einträge). Danach die Adresse von der Bounces-Liste nehmen und erneut senden.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, aber der Paste zeigt weder, welcher Server abgelehnt hat, noch in welche Richtung die Mail ging (vom Kunden gesendet oder an ihn).`,
      next: () => rt`Klären, in welche Richtung: eine Mail, die sie gesendet haben, oder eine, die jemand an sie geschickt hat, und an welche Adresse? Ohne den vollständigen Bounce in Mailguns Logs nach failed-Events um diese Zeit suchen (jedes nennt den ablehnenden Server) und die Routes für die Empfangsadressen prüfen.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, vom sendenden Programm selbst beim Senden angezeigt: der SMTP-Server, den es nutzt, hat die Mail nicht weitergeleitet; welcher Server das ist, zeigt der Paste nicht.`,
      next: (v) => rt`Die Mail-Einstellungen des sendenden Programms erfragen (SMTP-Server, Port, Benutzername, Authentifizierung an oder aus). Mailguns Host (${code(v.smtpHost)}): der ausgehende Fall, Anmeldung mit dem SMTP-Login der Domain einschalten (${code(v.login)}). Ein anderer Server: die Anmeldung, die er erwartet, oder sein Administrator lässt den Absender zu.`,
    },
    'auth-failure': {
      what: () => rt`Kein Relaying Denied: Der SMTP-Login selbst wurde abgelehnt (Benutzername oder Passwort).`,
      next: (v) => rt`Prüfen, dass der Benutzername der volle SMTP-Login ist (${code(v.login)}) und das Passwort dessen SMTP-Passwort, kein API-Key; ein neues Passwort unter den SMTP-Zugangsdaten der Domain nur setzen, wenn es niemand hat.`,
    },
    'unknown-user': {
      what: (v) => rt`Kein Relaying Denied: Der Server des Empfängers meldet, dass die Adresse${paren(v.recipient)} nicht existiert.`,
      next: () => rt`Die Adresse mit dem Kunden oder dem Empfänger klären und korrigieren; danach die alte von der Bounces-Liste nehmen.`,
    },
    'mailbox-full': {
      what: (v) => rt`Kein Relaying Denied: Das Postfach des Empfängers${paren(v.recipient)} ist voll.`,
      next: () => rt`Bei Mailgun ist nichts zu ändern: Der Empfänger muss Platz schaffen. Vorübergehende Ablehnungen wiederholt Mailgun selbst; nach einer endgültigen erneut senden, sobald Platz ist.`,
    },
    blocked: {
      what: () => rt`Kein Relaying Denied: Der Server des Empfängers blockiert den sendenden Server oder seine IP (Blockliste oder Reputationssperre).`,
      next: () => rt`Die Liste oder den Grund aus der Ablehnung ermitteln, die Ursache abstellen (alte oder gekaufte Listen, Beschwerden) und, wo die Liste Anträge annimmt, die Entfernung beantragen; bei einer geteilten IP den Mailgun-Support informieren.`,
    },
    policy: {
      what: () => rt`Kein Relaying Denied: Der Server des Empfängers hat die Nachricht wegen einer Richtlinie abgelehnt (Absenderprüfung wie SPF, DKIM oder DMARC, oder die Nachricht selbst).`,
      next: () => rt`Die SPF- und DKIM-Einträge der sendenden Domain in Mailguns Domain-Einstellungen prüfen, ihren DMARC-Eintrag, und dass die Absenderadresse (From) zu dieser Domain oder zu ihrer Hauptdomain gehört (sofern DMARC keine strikte Ausrichtung verlangt).`,
    },
    'rate-limit': {
      what: () => rt`Kein Relaying Denied: Ein Sendelimit wurde erreicht; der Server bittet, langsamer zu senden.`,
      next: () => rt`Langsamer senden oder den Versand verteilen; vorübergehende Ablehnungen werden wiederholt.`,
    },
    sandbox: {
      what: () => rt`Kein Relaying Denied: Eine Sandbox-Domain sendet nur an ihre autorisierten Empfänger.`,
      next: () => rt`Für einen Test die Adresse als autorisierten Empfänger eintragen (der Empfänger bestätigt sie); um an Kunden zu senden, eine eigene Domain hinzufügen, verifizieren und von ihr senden.`,
    },
    'api-auth': {
      what: () => rt`Kein Relaying Denied: Mailguns API hat den Schlüssel der Anfrage abgelehnt.`,
      next: (v) => rt`Den API-Key prüfen (Benutzername ${code('api')}, der Key als Passwort) und den API-Host der Region (${code(v.euApi)} für eine EU-Domain).`,
    },
    other: {
      what: () => rt`Kein Relaying Denied: ein anderer Fehler (die Antwort sagt, welcher).`,
      next: () => rt`Der Lösung in der Antwort folgen.`,
    },
  },
};

const FRENCH: HandoverWords = {
  title: (name) => (name ? `Passation pour ${name}` : 'Passation'),
  what: 'De quoi il s’agit',
  found: 'Trouvé dans le collage',
  checked: 'Déjà vérifié (d’après le ticket)',
  open: 'Encore ouvert (d’après le ticket)',
  next: 'Prochaine étape',
  recipient: 'destinataire',
  server: 'serveur qui refuse',
  reply: 'réponse',
  region: 'région',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied du serveur SMTP de Mailgun : le programme qui envoie ne s’authentifie pas (pas de SMTP AUTH), donc Mailgun refuse le destinataire externe${paren(v.recipient)}.`,
      next: (v) => rt`Activer l’authentification SMTP dans le programme qui envoie, avec l’identifiant SMTP du domaine (${code(v.login)}) et son mot de passe (dans Mailgun : les identifiants SMTP du domaine), serveur ${code(v.smtpHost)}, port ${code('587')} avec STARTTLS ; puis envoyer un test. Un ${code('535')} ensuite signifie un identifiant ou un mot de passe erroné.${v.missingSetting ? rt` La configuration montrée n’a pas ${code(v.missingSetting)} : l’ajouter d’abord.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied du serveur entrant de Mailgun (MX) : le message${before('pour', v.recipient)} est arrivé chez Mailgun, mais aucune Route du compte ne correspond à l’adresse.`,
      next: (v) => rt`Ajouter une Route pour l’adresse (Receiving, Routes : ${routeFor(v)}) ou corriger celle qui lui était destinée ; si le courrier du domaine ne doit pas passer par Mailgun, faire pointer ses enregistrements MX vers le vrai serveur de messagerie.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun a accepté le message ; le serveur du destinataire${paren(v.host)} l’a refusé comme relais${before('pour', v.recipient)} : il ne prend pas le courrier de cette adresse ou de son domaine.`,
      next: () => rt`Confirmer l’adresse avec le destinataire. Si elle est juste, son administrateur de messagerie doit accepter le courrier du domaine (domaines acceptés, enregistrements MX) ; ensuite retirer l’adresse de la liste Bounces et renvoyer.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun a accepté le message ; le serveur du destinataire${paren(v.host)} l’a refusé comme relais${before('pour', v.recipient)} : il ne prend pas le courrier de cette adresse ou de son domaine.`,
      next: () => rt`L’adresse est confirmée, c’est donc du côté du destinataire que cela doit changer : envoyer le refus (le serveur et son message) à son administrateur de messagerie ; il doit accepter le courrier du domaine (domaines acceptés, enregistrements MX). Ensuite retirer l’adresse de la liste Bounces et renvoyer.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, mais le collage ne montre ni quel serveur a refusé ni dans quel sens allait le message (envoyé par le client ou à lui).`,
      next: () => rt`Savoir dans quel sens : un message qu’ils ont envoyé, ou qu’on leur a envoyé, et à quelle adresse ? Sans le rebond complet, chercher les événements failed dans les logs de Mailgun à ce moment-là (chacun nomme le serveur qui refuse) et vérifier les Routes des adresses qui reçoivent du courrier.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, affiché par le programme qui envoie, au moment de l’envoi : le serveur SMTP qu’il utilise a refusé de relayer le message, et le collage ne montre pas lequel.`,
      next: (v) => rt`Demander les réglages d’envoi du programme (serveur SMTP, port, identifiant, authentification activée ou non). Le serveur de Mailgun (${code(v.smtpHost)}) : c’est le cas sortant, activer l’authentification avec l’identifiant SMTP du domaine (${code(v.login)}). Un autre serveur : l’authentification qu’il attend, ou son administrateur autorise l’expéditeur.`,
    },
    'auth-failure': {
      what: () => rt`Pas un Relaying Denied : la connexion SMTP elle-même a été refusée (identifiant ou mot de passe).`,
      next: (v) => rt`Vérifier que l’identifiant est l’identifiant SMTP complet (${code(v.login)}) et le mot de passe celui de cet identifiant, pas une clé API ; n’en définir un nouveau dans les identifiants SMTP du domaine que si personne ne l’a.`,
    },
    'unknown-user': {
      what: (v) => rt`Pas un Relaying Denied : le serveur du destinataire dit que l’adresse${paren(v.recipient)} n’existe pas.`,
      next: () => rt`Vérifier l’adresse avec le client ou le destinataire et la corriger ; puis retirer l’ancienne de la liste Bounces.`,
    },
    'mailbox-full': {
      what: (v) => rt`Pas un Relaying Denied : la boîte du destinataire${paren(v.recipient)} est pleine.`,
      next: () => rt`Rien à changer chez Mailgun : le destinataire doit faire de la place. Mailgun réessaie seul les refus temporaires ; après un refus définitif, renvoyer une fois la place libérée.`,
    },
    blocked: {
      what: () => rt`Pas un Relaying Denied : le serveur du destinataire bloque le serveur d’envoi ou son IP (liste de blocage ou réputation).`,
      next: () => rt`Trouver la liste ou la raison que nomme le refus, arrêter ce qui l’a causé (listes anciennes ou achetées, plaintes) et demander le retrait là où la liste l’accepte ; sur une IP partagée, prévenir le support Mailgun.`,
    },
    policy: {
      what: () => rt`Pas un Relaying Denied : le serveur du destinataire a refusé le message pour une règle (contrôle de l’expéditeur SPF, DKIM ou DMARC, ou le message lui-même).`,
      next: () => rt`Vérifier les enregistrements SPF et DKIM du domaine d’envoi dans les paramètres du domaine chez Mailgun, son enregistrement DMARC, et que l’adresse From est bien sur ce domaine ou sur son domaine principal (sauf si DMARC exige un alignement strict).`,
    },
    'rate-limit': {
      what: () => rt`Pas un Relaying Denied : une limite d’envoi est atteinte ; le serveur demande de ralentir.`,
      next: () => rt`Envoyer plus lentement ou étaler les envois ; les refus temporaires sont réessayés.`,
    },
    sandbox: {
      what: () => rt`Pas un Relaying Denied : un domaine sandbox n’envoie qu’à ses destinataires autorisés.`,
      next: () => rt`Pour un test, ajouter l’adresse comme destinataire autorisé (le destinataire confirme) ; pour envoyer aux clients, ajouter et vérifier un domaine à eux et envoyer depuis celui-ci.`,
    },
    'api-auth': {
      what: () => rt`Pas un Relaying Denied : l’API de Mailgun a refusé la clé de la requête.`,
      next: (v) => rt`Vérifier la clé API (utilisateur ${code('api')}, la clé comme mot de passe) et l’hôte API de la région (${code(v.euApi)} pour un domaine UE).`,
    },
    other: {
      what: () => rt`Pas un Relaying Denied : une autre erreur (la réponse dit laquelle).`,
      next: () => rt`Suivre la correction donnée dans la réponse.`,
    },
  },
};

const SPANISH: HandoverWords = {
  title: (name) => (name ? `Traspaso para ${name}` : 'Traspaso'),
  what: 'De qué se trata',
  found: 'Encontrado en el texto pegado',
  checked: 'Ya revisado (según el ticket)',
  open: 'Pendiente (según el ticket)',
  next: 'Siguiente paso',
  recipient: 'destinatario',
  server: 'servidor que rechaza',
  reply: 'respuesta',
  region: 'región',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied del servidor SMTP de Mailgun: el programa que envía no se autentica (sin SMTP AUTH), así que Mailgun rechaza al destinatario externo${paren(v.recipient)}.`,
      next: (v) => rt`Activar la autenticación SMTP en el programa que envía, con el usuario SMTP del dominio (${code(v.login)}) y su contraseña (en Mailgun: las credenciales SMTP del dominio), servidor ${code(v.smtpHost)}, puerto ${code('587')} con STARTTLS; luego enviar una prueba. Un ${code('535')} después significa usuario o contraseña incorrectos.${v.missingSetting ? rt` En la configuración mostrada falta ${code(v.missingSetting)}: añadirlo primero.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied del servidor de entrada de Mailgun (MX): el correo${before('para', v.recipient)} llegó a Mailgun, pero ninguna Route de la cuenta coincide con la dirección.`,
      next: (v) => rt`Crear una Route para la dirección (Receiving, Routes: ${routeFor(v)}) o corregir la que estaba pensada para ella; si el correo del dominio no debe pasar por Mailgun, apuntar sus registros MX al servidor de correo real.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun aceptó el mensaje; el servidor del destinatario${paren(v.host)} lo rechazó como relay${before('para', v.recipient)}: no acepta correo para esa dirección o su dominio.`,
      next: () => rt`Confirmar la dirección con el destinatario. Si es correcta, su administrador de correo debe aceptar correo para el dominio (dominios aceptados, registros MX); después quitar la dirección de la lista Bounces y volver a enviar.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun aceptó el mensaje; el servidor del destinatario${paren(v.host)} lo rechazó como relay${before('para', v.recipient)}: no acepta correo para esa dirección o su dominio.`,
      next: () => rt`La dirección está confirmada, así que el cambio tiene que hacerse del lado del destinatario: enviar el rechazo (el servidor y su mensaje) a su administrador de correo; debe aceptar correo para el dominio (dominios aceptados, registros MX). Después quitar la dirección de la lista Bounces y volver a enviar.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, pero el texto no muestra qué servidor lo rechazó ni en qué sentido iba el correo (enviado por el cliente o a él).`,
      next: () => rt`Averiguar el sentido: ¿un correo que enviaron ellos o uno que alguien les envió, y a qué dirección? Sin el rebote completo, buscar eventos failed en los logs de Mailgun a esa hora (cada uno nombra el servidor que rechaza) y revisar las Routes de las direcciones que reciben correo.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, mostrado por el propio programa que envía, al enviar: el servidor SMTP que usa se negó a pasar el correo, y el texto no muestra cuál es.`,
      next: (v) => rt`Pedir la configuración de envío del programa (servidor SMTP, puerto, usuario, autenticación activada o no). El servidor de Mailgun (${code(v.smtpHost)}): es el caso saliente, activar el inicio de sesión con el usuario SMTP del dominio (${code(v.login)}). Otro servidor: el inicio de sesión que espera, o que su administrador autorice al remitente.`,
    },
    'auth-failure': {
      what: () => rt`No es un Relaying Denied: se rechazó el inicio de sesión SMTP (usuario o contraseña).`,
      next: (v) => rt`Comprobar que el usuario es el usuario SMTP completo (${code(v.login)}) y la contraseña la de ese usuario, no una clave API; crear una nueva en las credenciales SMTP del dominio solo si nadie la tiene.`,
    },
    'unknown-user': {
      what: (v) => rt`No es un Relaying Denied: el servidor del destinatario dice que la dirección${paren(v.recipient)} no existe.`,
      next: () => rt`Confirmar la dirección con el cliente o el destinatario y corregirla; luego quitar la antigua de la lista Bounces.`,
    },
    'mailbox-full': {
      what: (v) => rt`No es un Relaying Denied: el buzón del destinatario${paren(v.recipient)} está lleno.`,
      next: () => rt`Nada que cambiar en Mailgun: el destinatario tiene que liberar espacio. Mailgun reintenta solo los rechazos temporales; tras uno permanente, volver a enviar cuando haya espacio.`,
    },
    blocked: {
      what: () => rt`No es un Relaying Denied: el servidor del destinatario bloquea el servidor de envío o su IP (lista de bloqueo o reputación).`,
      next: () => rt`Ver qué lista o motivo nombra el rechazo, cortar la causa (listas viejas o compradas, quejas) y pedir la baja donde la lista lo admita; con una IP compartida, avisar al soporte de Mailgun.`,
    },
    policy: {
      what: () => rt`No es un Relaying Denied: el servidor del destinatario rechazó el mensaje por una política (comprobación del remitente SPF, DKIM o DMARC, o el propio mensaje).`,
      next: () => rt`Revisar los registros SPF y DKIM del dominio de envío en la configuración del dominio en Mailgun, su registro DMARC, y que la dirección From sea de ese dominio o de su dominio principal (salvo que DMARC exija alineación estricta).`,
    },
    'rate-limit': {
      what: () => rt`No es un Relaying Denied: se alcanzó un límite de envío; el servidor pide ir más despacio.`,
      next: () => rt`Enviar más despacio o repartir los envíos; los rechazos temporales se reintentan.`,
    },
    sandbox: {
      what: () => rt`No es un Relaying Denied: un dominio sandbox solo envía a sus destinatarios autorizados.`,
      next: () => rt`Para una prueba, añadir la dirección como destinatario autorizado (el destinatario lo confirma); para enviar a clientes, añadir y verificar un dominio propio y enviar desde él.`,
    },
    'api-auth': {
      what: () => rt`No es un Relaying Denied: la API de Mailgun rechazó la clave de la petición.`,
      next: (v) => rt`Revisar la clave API (usuario ${code('api')}, la clave como contraseña) y el host de la API de la región (${code(v.euApi)} para un dominio de la UE).`,
    },
    other: {
      what: () => rt`No es un Relaying Denied: otro error (la respuesta dice cuál).`,
      next: () => rt`Seguir la solución de la respuesta.`,
    },
  },
};

const PORTUGUESE: HandoverWords = {
  title: (name) => (name ? `Passagem para ${name}` : 'Passagem'),
  what: 'Do que se trata',
  found: 'Encontrado no texto colado',
  checked: 'Já verificado (segundo o ticket)',
  open: 'Em aberto (segundo o ticket)',
  next: 'Próximo passo',
  recipient: 'destinatário',
  server: 'servidor que recusa',
  reply: 'resposta',
  region: 'região',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied do servidor SMTP da Mailgun: o programa que envia não se autentica (sem SMTP AUTH), por isso a Mailgun recusa o destinatário externo${paren(v.recipient)}.`,
      next: (v) => rt`Ativar a autenticação SMTP no programa que envia, com o login SMTP do domínio (${code(v.login)}) e a respetiva senha (na Mailgun: as credenciais SMTP do domínio), servidor ${code(v.smtpHost)}, porta ${code('587')} com STARTTLS; depois enviar um teste. Um ${code('535')} a seguir quer dizer login ou senha errados.${v.missingSetting ? rt` Na configuração mostrada falta ${code(v.missingSetting)}: adicioná-lo primeiro.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied do servidor de entrada da Mailgun (MX): o e-mail${before('para', v.recipient)} chegou à Mailgun, mas nenhuma Route da conta corresponde ao endereço.`,
      next: (v) => rt`Criar uma Route para o endereço (Receiving, Routes: ${routeFor(v)}) ou corrigir a que se destinava a ele; se o e-mail do domínio não deve passar pela Mailgun, apontar os registos MX para o servidor de e-mail real.`,
    },
    'recipient-host': {
      what: (v) => rt`A Mailgun aceitou a mensagem; o servidor do destinatário${paren(v.host)} recusou-a como relay${before('para', v.recipient)}: não aceita e-mail para esse endereço ou o seu domínio.`,
      next: () => rt`Confirmar o endereço com o destinatário. Se estiver certo, o administrador de e-mail dele tem de aceitar e-mail para o domínio (domínios aceites, registos MX); depois tirar o endereço da lista Bounces e reenviar.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`A Mailgun aceitou a mensagem; o servidor do destinatário${paren(v.host)} recusou-a como relay${before('para', v.recipient)}: não aceita e-mail para esse endereço ou o seu domínio.`,
      next: () => rt`O endereço está confirmado, então a mudança tem de ser do lado do destinatário: enviar a recusa (o servidor e a mensagem) ao administrador de e-mail dele; ele precisa aceitar e-mail para o domínio (domínios aceites, registos MX). Depois tirar o endereço da lista Bounces e reenviar.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, mas o texto não mostra que servidor recusou nem em que sentido ia o e-mail (enviado pelo cliente ou para ele).`,
      next: () => rt`Descobrir o sentido: um e-mail que eles enviaram ou um que alguém lhes enviou, e para que endereço? Sem o bounce completo, procurar eventos failed nos logs da Mailgun a essa hora (cada um indica o servidor que recusa) e verificar as Routes dos endereços que recebem e-mail.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, mostrado pelo próprio programa que envia, no envio: o servidor SMTP que ele usa recusou repassar o e-mail, e o texto não mostra qual é.`,
      next: (v) => rt`Pedir as configurações de envio do programa (servidor SMTP, porta, utilizador, autenticação ligada ou não). O servidor da Mailgun (${code(v.smtpHost)}): é o caso de saída, ligar o login com o login SMTP do domínio (${code(v.login)}). Outro servidor: o login que ele espera, ou o administrador dele libera o remetente.`,
    },
    'auth-failure': {
      what: () => rt`Não é um Relaying Denied: o próprio login SMTP foi recusado (utilizador ou senha).`,
      next: (v) => rt`Verificar que o utilizador é o login SMTP completo (${code(v.login)}) e a senha é a desse login, não uma chave de API; definir uma nova nas credenciais SMTP do domínio só se ninguém a tiver.`,
    },
    'unknown-user': {
      what: (v) => rt`Não é um Relaying Denied: o servidor do destinatário diz que o endereço${paren(v.recipient)} não existe.`,
      next: () => rt`Confirmar o endereço com o cliente ou o destinatário e corrigi-lo; depois tirar o antigo da lista Bounces.`,
    },
    'mailbox-full': {
      what: (v) => rt`Não é um Relaying Denied: a caixa do destinatário${paren(v.recipient)} está cheia.`,
      next: () => rt`Nada a mudar na Mailgun: o destinatário tem de libertar espaço. A Mailgun repete sozinha as recusas temporárias; após uma definitiva, reenviar quando houver espaço.`,
    },
    blocked: {
      what: () => rt`Não é um Relaying Denied: o servidor do destinatário bloqueia o servidor de envio ou o seu IP (lista de bloqueio ou reputação).`,
      next: () => rt`Ver que lista ou motivo a recusa indica, parar a causa (listas antigas ou compradas, queixas) e pedir a remoção onde a lista o aceite; num IP partilhado, avisar o suporte da Mailgun.`,
    },
    policy: {
      what: () => rt`Não é um Relaying Denied: o servidor do destinatário recusou a mensagem por uma política (verificação do remetente SPF, DKIM ou DMARC, ou a própria mensagem).`,
      next: () => rt`Verificar os registos SPF e DKIM do domínio de envio nas definições do domínio na Mailgun, o registo DMARC, e que o endereço From é desse domínio ou do seu domínio principal (a menos que o DMARC exija alinhamento estrito).`,
    },
    'rate-limit': {
      what: () => rt`Não é um Relaying Denied: foi atingido um limite de envio; o servidor pede para abrandar.`,
      next: () => rt`Enviar mais devagar ou espalhar os envios; as recusas temporárias são repetidas.`,
    },
    sandbox: {
      what: () => rt`Não é um Relaying Denied: um domínio sandbox só envia para os destinatários autorizados.`,
      next: () => rt`Para um teste, adicionar o endereço como destinatário autorizado (o destinatário confirma); para enviar a clientes, adicionar e verificar um domínio próprio e enviar a partir dele.`,
    },
    'api-auth': {
      what: () => rt`Não é um Relaying Denied: a API da Mailgun recusou a chave do pedido.`,
      next: (v) => rt`Verificar a chave de API (utilizador ${code('api')}, a chave como senha) e o host da API da região (${code(v.euApi)} para um domínio da UE).`,
    },
    other: {
      what: () => rt`Não é um Relaying Denied: outro erro (a resposta diz qual).`,
      next: () => rt`Seguir a correção da resposta.`,
    },
  },
};

const ITALIAN: HandoverWords = {
  title: (name) => (name ? `Passaggio di consegne per ${name}` : 'Passaggio di consegne'),
  what: 'Di cosa si tratta',
  found: 'Trovato nel testo incollato',
  checked: 'Già verificato (dal ticket)',
  open: 'Ancora aperto (dal ticket)',
  next: 'Prossimo passo',
  recipient: 'destinatario',
  server: 'server che rifiuta',
  reply: 'risposta',
  region: 'regione',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied dal server SMTP di Mailgun: il programma che invia non si autentica (niente SMTP AUTH), quindi Mailgun rifiuta il destinatario esterno${paren(v.recipient)}.`,
      next: (v) => rt`Attivare l’autenticazione SMTP nel programma che invia, con il login SMTP del dominio (${code(v.login)}) e la sua password (in Mailgun: le credenziali SMTP del dominio), server ${code(v.smtpHost)}, porta ${code('587')} con STARTTLS; poi inviare una prova. Un ${code('535')} dopo vuol dire login o password sbagliati.${v.missingSetting ? rt` Nella configurazione mostrata manca ${code(v.missingSetting)}: aggiungerlo per primo.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied dal server in entrata di Mailgun (MX): la mail${before('per', v.recipient)} è arrivata a Mailgun, ma nessuna Route dell’account corrisponde all’indirizzo.`,
      next: (v) => rt`Creare una Route per l’indirizzo (Receiving, Routes: ${routeFor(v)}) o correggere quella pensata per lui; se la posta del dominio non deve passare da Mailgun, puntare i record MX al vero server di posta.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun ha accettato il messaggio; il server del destinatario${paren(v.host)} l’ha rifiutato come relay${before('per', v.recipient)}: non accetta posta per quell’indirizzo o il suo dominio.`,
      next: () => rt`Confermare l’indirizzo con il destinatario. Se è giusto, il suo amministratore di posta deve accettare la posta per il dominio (domini accettati, record MX); poi togliere l’indirizzo dalla lista Bounces e inviare di nuovo.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun ha accettato il messaggio; il server del destinatario${paren(v.host)} l’ha rifiutato come relay${before('per', v.recipient)}: non accetta posta per quell’indirizzo o il suo dominio.`,
      next: () => rt`L’indirizzo è confermato, quindi deve cambiare qualcosa dal lato del destinatario: inviare il rifiuto (server e messaggio) al suo amministratore di posta; deve accettare la posta per il dominio (domini accettati, record MX). Poi togliere l’indirizzo dalla lista Bounces e inviare di nuovo.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, ma il testo non mostra né quale server ha rifiutato né in che direzione andava la mail (inviata dal cliente o a lui).`,
      next: () => rt`Capire la direzione: una mail che hanno inviato loro o che qualcuno ha inviato a loro, e a quale indirizzo? Senza il messaggio di ritorno completo, cercare gli eventi failed nei log di Mailgun a quell’ora (ognuno nomina il server che rifiuta) e controllare le Route degli indirizzi che ricevono posta.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, mostrato dal programma che invia, durante l’invio: il server SMTP che usa ha rifiutato di inoltrare la mail, e il testo non mostra quale sia.`,
      next: (v) => rt`Chiedere le impostazioni di invio del programma (server SMTP, porta, nome utente, autenticazione attiva o no). Il server di Mailgun (${code(v.smtpHost)}): è il caso in uscita, attivare l’autenticazione con il login SMTP del dominio (${code(v.login)}). Un altro server: l’autenticazione che si aspetta, oppure il suo amministratore autorizza il mittente.`,
    },
    'auth-failure': {
      what: () => rt`Non è un Relaying Denied: è stato rifiutato il login SMTP stesso (utente o password).`,
      next: (v) => rt`Controllare che l’utente sia il login SMTP completo (${code(v.login)}) e la password quella di quel login, non una chiave API; impostarne una nuova nelle credenziali SMTP del dominio solo se nessuno la ha.`,
    },
    'unknown-user': {
      what: (v) => rt`Non è un Relaying Denied: il server del destinatario dice che l’indirizzo${paren(v.recipient)} non esiste.`,
      next: () => rt`Verificare l’indirizzo con il cliente o il destinatario e correggerlo; poi togliere quello vecchio dalla lista Bounces.`,
    },
    'mailbox-full': {
      what: (v) => rt`Non è un Relaying Denied: la casella del destinatario${paren(v.recipient)} è piena.`,
      next: () => rt`Niente da cambiare in Mailgun: il destinatario deve liberare spazio. Mailgun ritenta da solo i rifiuti temporanei; dopo uno definitivo, inviare di nuovo quando c’è spazio.`,
    },
    blocked: {
      what: () => rt`Non è un Relaying Denied: il server del destinatario blocca il server di invio o il suo IP (blocklist o reputazione).`,
      next: () => rt`Trovare la lista o il motivo indicato nel rifiuto, eliminare la causa (liste vecchie o comprate, segnalazioni) e chiedere la rimozione dove la lista lo accetta; con un IP condiviso, avvisare il supporto Mailgun.`,
    },
    policy: {
      what: () => rt`Non è un Relaying Denied: il server del destinatario ha rifiutato il messaggio per una regola (controllo del mittente SPF, DKIM o DMARC, o il messaggio stesso).`,
      next: () => rt`Controllare i record SPF e DKIM del dominio di invio nelle impostazioni del dominio in Mailgun, il suo record DMARC, e che l’indirizzo From sia di quel dominio o del suo dominio principale (a meno che DMARC richieda un allineamento rigoroso).`,
    },
    'rate-limit': {
      what: () => rt`Non è un Relaying Denied: è stato raggiunto un limite di invio; il server chiede di rallentare.`,
      next: () => rt`Inviare più lentamente o distribuire gli invii; i rifiuti temporanei vengono ritentati.`,
    },
    sandbox: {
      what: () => rt`Non è un Relaying Denied: un dominio sandbox invia solo ai destinatari autorizzati.`,
      next: () => rt`Per una prova, aggiungere l’indirizzo come destinatario autorizzato (il destinatario conferma); per inviare ai clienti, aggiungere e verificare un dominio proprio e inviare da quello.`,
    },
    'api-auth': {
      what: () => rt`Non è un Relaying Denied: l’API di Mailgun ha rifiutato la chiave della richiesta.`,
      next: (v) => rt`Controllare la chiave API (utente ${code('api')}, la chiave come password) e l’host API della regione (${code(v.euApi)} per un dominio UE).`,
    },
    other: {
      what: () => rt`Non è un Relaying Denied: un altro errore (la risposta dice quale).`,
      next: () => rt`Seguire la soluzione della risposta.`,
    },
  },
};

const DUTCH: HandoverWords = {
  title: (name) => (name ? `Overdracht voor ${name}` : 'Overdracht'),
  what: 'Waar het om gaat',
  found: 'Gevonden in de geplakte tekst',
  checked: 'Al gecontroleerd (volgens het ticket)',
  open: 'Nog open (volgens het ticket)',
  next: 'Volgende stap',
  recipient: 'ontvanger',
  server: 'weigerende server',
  reply: 'antwoord',
  region: 'regio',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied van de SMTP-server van Mailgun: het verzendende programma logt niet in (geen SMTP AUTH), dus weigert Mailgun de externe ontvanger${paren(v.recipient)}.`,
      next: (v) => rt`SMTP-authenticatie aanzetten in het verzendende programma, met de SMTP-login van het domein (${code(v.login)}) en het wachtwoord daarvan (in Mailgun: de SMTP-gegevens van het domein), server ${code(v.smtpHost)}, poort ${code('587')} met STARTTLS; daarna een test sturen. Een ${code('535')} daarna betekent een verkeerde login of een verkeerd wachtwoord.${v.missingSetting ? rt` In de getoonde configuratie ontbreekt ${code(v.missingSetting)}: voeg dat eerst toe.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied van de inkomende server van Mailgun (MX): de mail${before('aan', v.recipient)} kwam bij Mailgun aan, maar geen Route in het account past op het adres.`,
      next: (v) => rt`Een Route voor het adres maken (Receiving, Routes: ${routeFor(v)}) of de bedoelde corrigeren; als de mail van het domein niet naar Mailgun hoort te gaan, de MX-records naar de echte mailserver laten wijzen.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun heeft het bericht aangenomen; de eigen server van de ontvanger${paren(v.host)} weigerde het als relay${before('voor', v.recipient)}: hij neemt geen mail aan voor dat adres of het domein.`,
      next: () => rt`Het adres bij de ontvanger nagaan. Klopt het, dan moet hun mailbeheerder mail voor het domein aannemen (geaccepteerde domeinen, MX-records); daarna het adres van de Bounces-lijst halen en opnieuw versturen.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun heeft het bericht aangenomen; de eigen server van de ontvanger${paren(v.host)} weigerde het als relay${before('voor', v.recipient)}: hij neemt geen mail aan voor dat adres of het domein.`,
      next: () => rt`Het adres is bevestigd, dus moet er aan de kant van de ontvanger iets veranderen: hun mailbeheerder de weigering sturen (server en melding); die moet mail voor het domein aannemen (geaccepteerde domeinen, MX-records). Daarna het adres van de Bounces-lijst halen en opnieuw versturen.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, maar de tekst laat niet zien welke server weigerde of welke kant de mail op ging (verstuurd door de klant of aan hen).`,
      next: () => rt`Uitzoeken welke kant op: mail die zij verstuurden, of mail die iemand aan hen stuurde, en naar welk adres? Zonder de volledige bounce in de logs van Mailgun rond dat tijdstip naar failed-events zoeken (elk noemt de weigerende server) en de Routes van de adressen die mail ontvangen nakijken.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, getoond door het verzendende programma zelf, bij het versturen: de SMTP-server die het gebruikt weigerde de mail door te sturen, en de tekst laat niet zien welke server dat is.`,
      next: (v) => rt`De mailinstellingen van het verzendende programma opvragen (SMTP-server, poort, gebruikersnaam, authenticatie aan of uit). De server van Mailgun (${code(v.smtpHost)}): het uitgaande geval, inloggen aanzetten met de SMTP-login van het domein (${code(v.login)}). Een andere server: de login die die verwacht, of de beheerder laat de afzender toe.`,
    },
    'auth-failure': {
      what: () => rt`Geen Relaying Denied: de SMTP-login zelf werd geweigerd (gebruikersnaam of wachtwoord).`,
      next: (v) => rt`Nagaan dat de gebruikersnaam de volledige SMTP-login is (${code(v.login)}) en het wachtwoord dat van die login, geen API-sleutel; alleen een nieuw wachtwoord instellen bij de SMTP-gegevens van het domein als niemand het heeft.`,
    },
    'unknown-user': {
      what: (v) => rt`Geen Relaying Denied: de server van de ontvanger zegt dat het adres${paren(v.recipient)} niet bestaat.`,
      next: () => rt`Het adres met de klant of de ontvanger nagaan en verbeteren; daarna het oude van de Bounces-lijst halen.`,
    },
    'mailbox-full': {
      what: (v) => rt`Geen Relaying Denied: de mailbox van de ontvanger${paren(v.recipient)} is vol.`,
      next: () => rt`Niets te veranderen bij Mailgun: de ontvanger moet ruimte maken. Tijdelijke weigeringen probeert Mailgun zelf opnieuw; na een definitieve opnieuw versturen zodra er ruimte is.`,
    },
    blocked: {
      what: () => rt`Geen Relaying Denied: de server van de ontvanger blokkeert de verzendende server of het IP (blokkeerlijst of reputatie).`,
      next: () => rt`De lijst of reden uit de weigering opzoeken, de oorzaak stoppen (oude of gekochte lijsten, klachten) en verwijdering aanvragen waar de lijst dat toelaat; bij een gedeeld IP de support van Mailgun inlichten.`,
    },
    policy: {
      what: () => rt`Geen Relaying Denied: de server van de ontvanger weigerde het bericht op een regel (afzendercontrole SPF, DKIM of DMARC, of het bericht zelf).`,
      next: () => rt`De SPF- en DKIM-records van het verzenddomein nakijken in de domeininstellingen bij Mailgun, het DMARC-record, en of het From-adres op dat domein of op het hoofddomein ervan staat (tenzij DMARC strikte uitlijning vereist).`,
    },
    'rate-limit': {
      what: () => rt`Geen Relaying Denied: een verzendlimiet is bereikt; de server vraagt trager te versturen.`,
      next: () => rt`Trager versturen of de verzending spreiden; tijdelijke weigeringen worden opnieuw geprobeerd.`,
    },
    sandbox: {
      what: () => rt`Geen Relaying Denied: een sandbox-domein verstuurt alleen naar zijn geautoriseerde ontvangers.`,
      next: () => rt`Voor een test het adres toevoegen als geautoriseerde ontvanger (de ontvanger bevestigt het); om naar klanten te versturen een eigen domein toevoegen, verifiëren en daarvandaan versturen.`,
    },
    'api-auth': {
      what: () => rt`Geen Relaying Denied: de API van Mailgun weigerde de sleutel van het verzoek.`,
      next: (v) => rt`De API-sleutel nakijken (gebruiker ${code('api')}, de sleutel als wachtwoord) en de API-host van de regio (${code(v.euApi)} voor een EU-domein).`,
    },
    other: {
      what: () => rt`Geen Relaying Denied: een andere fout (het antwoord zegt welke).`,
      next: () => rt`De oplossing in het antwoord volgen.`,
    },
  },
};

const POLISH: HandoverWords = {
  title: (name) => (name ? `Przekazanie dla: ${name}` : 'Przekazanie'),
  what: 'O co chodzi',
  found: 'Znalezione we wklejonym tekście',
  checked: 'Już sprawdzone (według zgłoszenia)',
  open: 'Nadal otwarte (według zgłoszenia)',
  next: 'Następny krok',
  recipient: 'odbiorca',
  server: 'serwer odrzucający',
  reply: 'odpowiedź',
  region: 'region',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied z serwera SMTP Mailguna: program wysyłający się nie loguje (brak SMTP AUTH), więc Mailgun odrzuca zewnętrznego odbiorcę${paren(v.recipient)}.`,
      next: (v) => rt`Włączyć uwierzytelnianie SMTP w programie wysyłającym, z loginem SMTP domeny (${code(v.login)}) i jego hasłem (w Mailgunie: dane SMTP domeny), serwer ${code(v.smtpHost)}, port ${code('587')} ze STARTTLS; potem wysłać test. ${code('535')} po tym oznacza zły login lub złe hasło.${v.missingSetting ? rt` W pokazanej konfiguracji brakuje ${code(v.missingSetting)}: najpierw to dodać.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied z serwera przychodzącego Mailguna (MX): poczta${before('do', v.recipient)} dotarła do Mailguna, ale żadna Route na koncie nie pasuje do adresu.`,
      next: (v) => rt`Dodać Route dla adresu (Receiving, Routes: ${routeFor(v)}) albo poprawić tę, która miała go obsługiwać; jeśli poczta domeny nie powinna trafiać do Mailguna, skierować rekordy MX na właściwy serwer poczty.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun przyjął wiadomość; serwer odbiorcy${paren(v.host)} odrzucił ją jako relay${before('dla', v.recipient)}: nie przyjmuje poczty dla tego adresu ani jego domeny.`,
      next: () => rt`Potwierdzić adres u odbiorcy. Jeśli jest poprawny, jego administrator poczty musi przyjmować pocztę dla domeny (akceptowane domeny, rekordy MX); potem usunąć adres z listy Bounces i wysłać ponownie.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun przyjął wiadomość; serwer odbiorcy${paren(v.host)} odrzucił ją jako relay${before('dla', v.recipient)}: nie przyjmuje poczty dla tego adresu ani jego domeny.`,
      next: () => rt`Adres jest potwierdzony, więc zmiana musi nastąpić po stronie odbiorcy: wysłać jego administratorowi poczty odrzucenie (serwer i komunikat); musi on przyjmować pocztę dla domeny (akceptowane domeny, rekordy MX). Potem usunąć adres z listy Bounces i wysłać ponownie.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, ale tekst nie pokazuje, który serwer odrzucił wiadomość ani w którą stronę szła poczta (wysłana przez klienta czy do niego).`,
      next: () => rt`Ustalić kierunek: poczta, którą wysłali, czy którą ktoś wysłał do nich, i na jaki adres? Bez pełnego zwrotu poszukać zdarzeń failed w logach Mailguna z tego czasu (każde podaje serwer odrzucający) i sprawdzić Routes adresów, które odbierają pocztę.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, pokazane przez sam program wysyłający, przy wysyłce: serwer SMTP, którego używa, odmówił przekazania poczty, a tekst nie pokazuje, który to serwer.`,
      next: (v) => rt`Poprosić o ustawienia wysyłki programu (serwer SMTP, port, nazwa użytkownika, uwierzytelnianie włączone czy nie). Serwer Mailguna (${code(v.smtpHost)}): przypadek wychodzący, włączyć logowanie loginem SMTP domeny (${code(v.login)}). Inny serwer: logowanie, którego oczekuje, albo jego administrator dopuszcza nadawcę.`,
    },
    'auth-failure': {
      what: () => rt`To nie Relaying Denied: odrzucono samo logowanie SMTP (nazwa użytkownika lub hasło).`,
      next: (v) => rt`Sprawdzić, czy nazwa użytkownika to pełny login SMTP (${code(v.login)}), a hasło to hasło tego loginu, a nie klucz API; nowe hasło w danych SMTP domeny ustawić tylko, jeśli nikt go nie ma.`,
    },
    'unknown-user': {
      what: (v) => rt`To nie Relaying Denied: serwer odbiorcy twierdzi, że adres${paren(v.recipient)} nie istnieje.`,
      next: () => rt`Potwierdzić adres z klientem lub odbiorcą i go poprawić; potem usunąć stary z listy Bounces.`,
    },
    'mailbox-full': {
      what: (v) => rt`To nie Relaying Denied: skrzynka odbiorcy${paren(v.recipient)} jest pełna.`,
      next: () => rt`W Mailgunie nic do zmiany: odbiorca musi zwolnić miejsce. Tymczasowe odrzucenia Mailgun ponawia sam; po trwałym wysłać ponownie, gdy będzie miejsce.`,
    },
    blocked: {
      what: () => rt`To nie Relaying Denied: serwer odbiorcy blokuje serwer wysyłający lub jego IP (lista blokad lub reputacja).`,
      next: () => rt`Ustalić listę lub powód podany w odrzuceniu, usunąć przyczynę (stare lub kupione listy, skargi) i poprosić o usunięcie tam, gdzie lista to przyjmuje; przy współdzielonym IP zgłosić to do wsparcia Mailguna.`,
    },
    policy: {
      what: () => rt`To nie Relaying Denied: serwer odbiorcy odrzucił wiadomość z powodu reguły (kontrola nadawcy SPF, DKIM lub DMARC albo sama wiadomość).`,
      next: () => rt`Sprawdzić rekordy SPF i DKIM domeny wysyłającej w ustawieniach domeny w Mailgunie, jej rekord DMARC oraz czy adres From jest w tej domenie lub w jej domenie głównej (chyba że DMARC wymaga ścisłego dopasowania).`,
    },
    'rate-limit': {
      what: () => rt`To nie Relaying Denied: osiągnięto limit wysyłki; serwer prosi o zwolnienie tempa.`,
      next: () => rt`Wysyłać wolniej lub rozłożyć wysyłkę w czasie; tymczasowe odrzucenia są ponawiane.`,
    },
    sandbox: {
      what: () => rt`To nie Relaying Denied: domena sandbox wysyła tylko do autoryzowanych odbiorców.`,
      next: () => rt`Na test dodać adres jako autoryzowanego odbiorcę (odbiorca to potwierdza); żeby wysyłać do klientów, dodać i zweryfikować własną domenę i wysyłać z niej.`,
    },
    'api-auth': {
      what: () => rt`To nie Relaying Denied: API Mailguna odrzuciło klucz zapytania.`,
      next: (v) => rt`Sprawdzić klucz API (użytkownik ${code('api')}, klucz jako hasło) i host API regionu (${code(v.euApi)} dla domeny w UE).`,
    },
    other: {
      what: () => rt`To nie Relaying Denied: inny błąd (odpowiedź mówi, jaki).`,
      next: () => rt`Postępować według rozwiązania z odpowiedzi.`,
    },
  },
};

const RUSSIAN: HandoverWords = {
  title: (name) => (name ? `Передача дела: ${name}` : 'Передача дела'),
  what: 'В чём дело',
  found: 'Найдено в тексте',
  checked: 'Уже проверено (по тикету)',
  open: 'Ещё открыто (по тикету)',
  next: 'Следующий шаг',
  recipient: 'получатель',
  server: 'отклонивший сервер',
  reply: 'ответ',
  region: 'регион',
  cases: {
    outgoing: {
      what: (v) => rt`Relaying Denied от SMTP-сервера Mailgun: отправляющая программа не входит в систему (нет SMTP AUTH), поэтому Mailgun отклоняет внешнего получателя${paren(v.recipient)}.`,
      next: (v) => rt`Включить SMTP-аутентификацию в отправляющей программе, с SMTP-логином домена (${code(v.login)}) и его паролем (в Mailgun: SMTP-учётные данные домена), сервер ${code(v.smtpHost)}, порт ${code('587')} со STARTTLS; затем отправить тест. ${code('535')} после этого означает неверный логин или пароль.${v.missingSetting ? rt` В показанной конфигурации нет ${code(v.missingSetting)}: сначала добавить его.` : []}`,
    },
    incoming: {
      what: (v) => rt`Relaying Denied от входящего сервера Mailgun (MX): письмо${before('для', v.recipient)} дошло до Mailgun, но ни один Route в аккаунте не подходит к адресу.`,
      next: (v) => rt`Создать Route для адреса (Receiving, Routes: ${routeFor(v)}) или исправить предназначенный для него; если почта домена не должна идти в Mailgun, направить MX-записи на настоящий почтовый сервер.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun принял письмо; сервер получателя${paren(v.host)} отклонил его как relay${before('для', v.recipient)}: он не принимает почту для этого адреса или его домена.`,
      next: () => rt`Подтвердить адрес у получателя. Если он верен, его почтовый администратор должен принимать почту для домена (принятые домены, MX-записи); затем убрать адрес из списка Bounces и отправить снова.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun принял письмо; сервер получателя${paren(v.host)} отклонил его как relay${before('для', v.recipient)}: он не принимает почту для этого адреса или его домена.`,
      next: () => rt`Адрес подтверждён, значит, меняться должно на стороне получателя: отправить его почтовому администратору отказ (сервер и сообщение); он должен принимать почту для домена (принятые домены, MX-записи). Затем убрать адрес из списка Bounces и отправить снова.`,
    },
    undetermined: {
      what: () => rt`Relaying Denied, но по тексту не видно ни какой сервер отклонил письмо, ни в какую сторону шла почта (отправлена клиентом или ему).`,
      next: () => rt`Выяснить направление: письмо, которое отправили они, или которое кто-то отправил им, и на какой адрес? Без полного возврата поискать события failed в логах Mailgun за это время (в каждом указан отклонивший сервер) и проверить Routes для адресов, принимающих почту.`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied, показано самой программой-отправителем при отправке: SMTP-сервер, который она использует, отказался передать письмо, а какой это сервер, по тексту не видно.`,
      next: (v) => rt`Запросить настройки отправки программы (SMTP-сервер, порт, имя пользователя, включена ли аутентификация). Сервер Mailgun (${code(v.smtpHost)}): исходящий случай, включить вход с SMTP-логином домена (${code(v.login)}). Другой сервер: вход, который он ожидает, или его администратор разрешает отправителя.`,
    },
    'auth-failure': {
      what: () => rt`Не Relaying Denied: отклонён сам вход по SMTP (имя пользователя или пароль).`,
      next: (v) => rt`Проверить, что имя пользователя — полный SMTP-логин (${code(v.login)}), а пароль — пароль этого логина, а не API-ключ; задавать новый в SMTP-учётных данных домена, только если его ни у кого нет.`,
    },
    'unknown-user': {
      what: (v) => rt`Не Relaying Denied: сервер получателя сообщает, что адреса${paren(v.recipient)} не существует.`,
      next: () => rt`Уточнить адрес у клиента или получателя и исправить его; затем убрать старый из списка Bounces.`,
    },
    'mailbox-full': {
      what: (v) => rt`Не Relaying Denied: ящик получателя${paren(v.recipient)} переполнен.`,
      next: () => rt`В Mailgun менять нечего: получатель должен освободить место. Временные отказы Mailgun повторяет сам; после окончательного отправить снова, когда место появится.`,
    },
    blocked: {
      what: () => rt`Не Relaying Denied: сервер получателя блокирует отправляющий сервер или его IP (блок-лист или репутация).`,
      next: () => rt`Найти список или причину, названные в отказе, устранить причину (старые или купленные списки, жалобы) и запросить удаление там, где список это принимает; при общем IP сообщить в поддержку Mailgun.`,
    },
    policy: {
      what: () => rt`Не Relaying Denied: сервер получателя отклонил письмо по правилу (проверка отправителя SPF, DKIM или DMARC либо само письмо).`,
      next: () => rt`Проверить записи SPF и DKIM домена отправки в настройках домена в Mailgun, его запись DMARC и что адрес From относится к этому домену или к его основному домену (если DMARC не требует строгого выравнивания).`,
    },
    'rate-limit': {
      what: () => rt`Не Relaying Denied: достигнут лимит отправки; сервер просит отправлять медленнее.`,
      next: () => rt`Отправлять медленнее или распределить отправку; временные отказы повторяются.`,
    },
    sandbox: {
      what: () => rt`Не Relaying Denied: домен-песочница отправляет только авторизованным получателям.`,
      next: () => rt`Для теста добавить адрес как авторизованного получателя (получатель подтверждает); чтобы писать клиентам, добавить и подтвердить собственный домен и отправлять с него.`,
    },
    'api-auth': {
      what: () => rt`Не Relaying Denied: API Mailgun отклонил ключ запроса.`,
      next: (v) => rt`Проверить API-ключ (пользователь ${code('api')}, ключ как пароль) и API-хост региона (${code(v.euApi)} для домена в ЕС).`,
    },
    other: {
      what: () => rt`Не Relaying Denied: другая ошибка (в ответе сказано, какая).`,
      next: () => rt`Следовать исправлению из ответа.`,
    },
  },
};

const JAPANESE: HandoverWords = {
  title: (name) => (name ? `${name}さんへの引き継ぎ` : '引き継ぎ'),
  what: '概要',
  found: '貼り付けから分かったこと',
  checked: '確認済み（チケットより）',
  open: '未確認（チケットより）',
  next: '次の対応',
  recipient: '宛先',
  server: '拒否したサーバー',
  reply: '応答',
  region: 'リージョン',
  cases: {
    outgoing: {
      what: (v) => rt`Mailgun の SMTP サーバーからの Relaying Denied：送信プログラムがログインしていない（SMTP AUTH なし）ため、Mailgun が外部の宛先${paren(v.recipient)}を拒否しています。`,
      next: (v) => rt`送信プログラムで SMTP 認証を有効にし、ドメインの SMTP ログイン（${code(v.login)}）とそのパスワード（Mailgun のドメインの SMTP 認証情報）、サーバー ${code(v.smtpHost)}、ポート ${code('587')}（STARTTLS）を設定して、テスト送信する。その後に ${code('535')} が出ればログインかパスワードの誤りです。${v.missingSetting ? rt`示された設定には${code(v.missingSetting)}がありません。まずこれを追加してください。` : []}`,
    },
    incoming: {
      what: (v) => rt`Mailgun の受信サーバー（MX）からの Relaying Denied：メール${paren(v.recipient)}は Mailgun に届いたが、アカウントのどの Route もそのアドレスに一致しません。`,
      next: (v) => rt`そのアドレスの Route を作成する（Receiving、Routes：${routeFor(v)}）か、対象の Route を修正する。ドメインのメールを Mailgun で受けない場合は、MX レコードを本来のメールサーバーに向ける。`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun はメッセージを受け付けたが、受信者側のサーバー${paren(v.host)}が${v.recipient ? rt`宛先 ${code(v.recipient)} を` : []}中継として拒否しました：そのアドレスまたはドメインのメールを受け付けていません。`,
      next: () => rt`受信者にアドレスを確認する。正しければ、受信者側のメール管理者がドメインのメールを受け付ける設定（承認済みドメイン、MX レコード）にする必要がある。その後、Bounces リストからアドレスを外して再送する。`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun はメッセージを受け付けたが、受信者側のサーバー${paren(v.host)}が${v.recipient ? rt`宛先 ${code(v.recipient)} を` : []}中継として拒否しました：そのアドレスまたはドメインのメールを受け付けていません。`,
      next: () => rt`アドレスは確認済みなので、受信者側の変更が必要：拒否の内容（サーバーとメッセージ）を受信者側のメール管理者に送る。ドメインのメールを受け付ける設定（承認済みドメイン、MX レコード）が必要。その後、Bounces リストからアドレスを外して再送する。`,
    },
    undetermined: {
      what: () => rt`Relaying Denied だが、どのサーバーが拒否したのか、メールがどちら向きだったのか（顧客が送ったのか、顧客宛てか）が貼り付けからは分かりません。`,
      next: () => rt`向きを確認する：顧客が送ったメールか、誰かが顧客に送ったメールか、宛先はどこか。完全なバウンスがなければ、その時刻の Mailgun のログで failed イベントを探し（各イベントに拒否したサーバーが出る）、メールを受信するアドレスの Route を確認する。`,
    },
    'undetermined-sending': {
      what: () => rt`Relaying Denied。送信側のプログラム自身が送信時に表示したもので、使用している SMTP サーバーが中継を拒否しましたが、それがどのサーバーかは貼り付けからは分かりません。`,
      next: (v) => rt`送信プログラムのメール設定（SMTP サーバー、ポート、ユーザー名、認証のオン・オフ）を確認する。Mailgun のホスト（${code(v.smtpHost)}）なら送信の問題：ドメインの SMTP ログイン（${code(v.login)}）で認証をオンにする。別のサーバーなら、そのサーバーが求めるログイン、または管理者に送信者を許可してもらう。`,
    },
    'auth-failure': {
      what: () => rt`Relaying Denied ではない：SMTP ログイン自体が拒否されました（ユーザー名またはパスワード）。`,
      next: (v) => rt`ユーザー名が完全な SMTP ログイン（${code(v.login)}）で、パスワードがそのログインのもの（API キーではない）か確認する。誰も知らない場合にだけ、ドメインの SMTP 認証情報で新しいパスワードを設定する。`,
    },
    'unknown-user': {
      what: (v) => rt`Relaying Denied ではない：受信者のサーバーはアドレス${paren(v.recipient)}が存在しないと答えています。`,
      next: () => rt`顧客か受信者にアドレスを確認して修正し、古いアドレスを Bounces リストから外す。`,
    },
    'mailbox-full': {
      what: (v) => rt`Relaying Denied ではない：受信者のメールボックス${paren(v.recipient)}が満杯です。`,
      next: () => rt`Mailgun 側で変えることはない：受信者が容量を空ける必要がある。一時的な拒否は Mailgun が自動で再試行する。恒久的な拒否の後は、空きができてから再送する。`,
    },
    blocked: {
      what: () => rt`Relaying Denied ではない：受信者のサーバーが送信サーバーまたはその IP をブロックしています（ブロックリストまたは評判）。`,
      next: () => rt`拒否に書かれたリストや理由を確認し、原因（古いリストや購入リスト、苦情）を止め、リストが受け付ける場合は削除を申請する。共有 IP なら Mailgun サポートに連絡する。`,
    },
    policy: {
      what: () => rt`Relaying Denied ではない：受信者のサーバーがポリシー（SPF、DKIM、DMARC などの送信者チェック、またはメッセージ自体）でメッセージを拒否しました。`,
      next: () => rt`Mailgun のドメイン設定で送信ドメインの SPF と DKIM レコード、DMARC レコードを確認し、From アドレスがそのドメイン、またはその親ドメインのものか確認する (DMARC が厳密なアライメントを求める場合を除く)。`,
    },
    'rate-limit': {
      what: () => rt`Relaying Denied ではない：送信制限に達し、サーバーが送信を遅くするよう求めています。`,
      next: () => rt`送信を遅くするか分散させる。一時的な拒否は再試行される。`,
    },
    sandbox: {
      what: () => rt`Relaying Denied ではない：サンドボックスドメインは承認済みの受信者にしか送れません。`,
      next: () => rt`テストならアドレスを承認済み受信者に追加する（受信者が確認する）。顧客に送るなら独自ドメインを追加・認証し、そこから送信する。`,
    },
    'api-auth': {
      what: () => rt`Relaying Denied ではない：Mailgun の API がリクエストのキーを拒否しました。`,
      next: (v) => rt`API キー（ユーザー名 ${code('api')}、パスワードにキー）と、リージョンの API ホスト（EU ドメインなら ${code(v.euApi)}）を確認する。`,
    },
    other: {
      what: () => rt`Relaying Denied ではない：別のエラーです（回答に種類があります）。`,
      next: () => rt`回答の対処に従う。`,
    },
  },
};

export const HANDOVER_WORDS: Record<CustomerLanguage, HandoverWords> = { en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH, pt: PORTUGUESE, it: ITALIAN, nl: DUTCH, pl: POLISH, ru: RUSSIAN, ja: JAPANESE };
