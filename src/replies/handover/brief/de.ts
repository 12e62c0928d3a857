import { code, rt } from '../../rich.js';
import type { BriefWords } from './types.js';

/** " an a@b" after a word, or nothing. */
const an = (value: string | null) => (value ? rt` an ${code(value)}` : []);

export const GERMAN: BriefWords = {
  title: 'Zusammenfassung',
  what: 'Was passiert ist',
  side: 'Wo die Ursache liegt',
  next: 'Wie es weitergeht',
  cases: {
    outgoing: {
      what: (v) => rt`E-Mails${an(v.recipient)} wurden von Mailgun abgelehnt, dem E-Mail-Dienst, über den sie verschickt werden, weil sich das sendende System beim Versand nicht bei Mailgun anmeldet. Diese E-Mails wurden nicht zugestellt.`,
      side: () => rt`Eine Einstellung des sendenden Systems, also beim Absender; keine Störung und kein Fehler bei Mailgun.`,
      next: () => rt`Wer das sendende System betreut, trägt dort die Mailgun-Anmeldedaten ein; ab dann gehen die E-Mails wieder hinaus. Die abgelehnten E-Mails müssen erneut gesendet werden.`,
    },
    incoming: {
      what: (v) => rt`E-Mails${an(v.recipient)} werden bei Mailgun abgewiesen, wo die E-Mails dieser Domain ankommen, weil dort keine Regel festlegt, wohin E-Mails für diese Adresse gehen sollen.`,
      side: () => rt`Eine fehlende Einstellung im Mailgun-Konto; keine Störung, und bei den Absendern ist alles in Ordnung.`,
      next: () => rt`Sobald die Regel für die Adresse angelegt ist, ist das Problem innerhalb von Minuten behoben. Bis dahin abgelehnte E-Mails wurden nicht aufbewahrt: Die Absender müssen sie erneut senden.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun hat die E-Mail${an(v.recipient)} angenommen und versucht, sie zuzustellen, aber der eigene Mailserver des Empfängers hat sie abgelehnt.`,
      side: () => rt`Beim Empfänger: Sein Server nimmt für diese Adresse keine E-Mails an (oft eine vertippte Adresse). Nicht bei Mailgun und nicht beim Absender.`,
      next: () => rt`Die Adresse mit dem Empfänger klären. Stimmt sie, muss seine IT E-Mails für diese Adresse annehmen; danach wird die E-Mail erneut gesendet.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun hat die E-Mail${an(v.recipient)} angenommen und versucht, sie zuzustellen, aber der eigene Mailserver des Empfängers hat sie abgelehnt, obwohl die Adresse stimmt.`,
      side: () => rt`Beim Empfänger: Sein Server nimmt für diese Adresse keine E-Mails an. Nicht bei Mailgun und nicht beim Absender.`,
      next: () => rt`Die IT des Empfängers muss die Einstellungen ihres Servers ändern (dazu die Fehlermeldung an sie weiterleiten); danach wird die E-Mail erneut gesendet.`,
    },
    undetermined: {
      what: () => rt`Ein Mailserver hat es abgelehnt, eine E-Mail weiterzuleiten („Relaying denied“), aber die Fehlermeldung allein zeigt nicht, welcher Server es war, daher ist die Ursache noch unbekannt.`,
      side: () => rt`Noch unbekannt: eine von drei Einstellungen (die Anmeldung des Absenders bei Mailgun, die Regeln des Mailgun-Kontos für eingehende E-Mails oder der Server des Empfängers). Keine davon ist eine Störung bei Mailgun.`,
      next: () => rt`Die vollständige Fehlermeldung oder die zurückgekommene E-Mail besorgen: Daran ist zu sehen, welche es ist. Am häufigsten meldet sich ein sendendes System nicht an.`,
    },
    'undetermined-sending': {
      what: () => rt`Die E-Mails des sendenden Systems wurden beim Versand abgelehnt („Relaying denied“); die Fehlermeldung nennt nicht den Mailserver, den es verwendet.`,
      side: () => rt`Am wahrscheinlichsten beim Absender: Das sendende System meldet sich nicht bei dem Mailserver an, über den es sendet. Keine Störung bei Mailgun.`,
      next: () => rt`Klären, welchen Mailserver das sendende System verwendet, und im System die Anmeldung einschalten; danach werden die abgelehnten E-Mails erneut gesendet.`,
    },
    'auth-failure': {
      what: () => rt`Das sendende System hat versucht, sich bei Mailgun anzumelden, aber Benutzername oder Passwort wurden nicht akzeptiert, daher wurde nichts gesendet.`,
      side: () => rt`Beim Absender: falsche oder veraltete Anmeldedaten im sendenden System. Keine Störung bei Mailgun.`,
      next: () => rt`Die richtigen Anmeldedaten im sendenden System eintragen (oder in Mailgun ein neues Passwort festlegen); danach werden die abgelehnten E-Mails erneut gesendet.`,
    },
    'unknown-user': {
      what: (v) => rt`Der Mailserver des Empfängers meldet, dass die Adresse${v.recipient ? rt` ${code(v.recipient)}` : []} nicht existiert.`,
      side: () => rt`An der Adresse: falsch oder nicht mehr in Gebrauch (oft ein Tippfehler). Weder bei Mailgun noch beim Absender ist etwas kaputt.`,
      next: () => rt`Die richtige Adresse beim Empfänger erfragen und die E-Mail an diese senden.`,
    },
    'mailbox-full': {
      what: (v) => rt`Das Postfach${v.recipient ? rt` ${code(v.recipient)}` : []} des Empfängers ist voll, daher hat sein Server die E-Mail nicht angenommen.`,
      side: () => rt`Beim Empfänger; weder der Absender noch Mailgun muss etwas beheben.`,
      next: () => rt`Der Empfänger muss Platz schaffen; danach kann die E-Mail erneut gesendet werden.`,
    },
    blocked: {
      what: () => rt`Der Mailserver des Empfängers hat die E-Mail abgelehnt, weil er sie für Spam hielt oder weil der sendende Server auf einer Sperrliste steht.`,
      side: () => rt`Ein Filter auf der Empfängerseite, ausgelöst durch den Ruf des Absenders als Versender; keine Störung bei Mailgun.`,
      next: () => rt`Die IT des Empfängers bitten, die E-Mails des Absenders durchzulassen, und herausfinden, was die Sperre ausgelöst hat (die Fehlermeldung nennt meist die Liste); dann erneut senden.`,
    },
    policy: {
      what: () => rt`Der empfangende Server hat die E-Mail abgelehnt, weil er nicht bestätigen konnte, dass sie wirklich von der Domain des Absenders stammt.`,
      side: () => rt`Beim Absender: die Einstellungen der Domain zur Absenderprüfung (in ihrem DNS). Keine Störung bei Mailgun.`,
      next: () => rt`Wer das DNS der Domain verwaltet, korrigiert diese Einstellungen (Mailgun zeigt sie auf der Seite der Domain an); danach werden die E-Mails erneut gesendet.`,
    },
    'rate-limit': {
      what: () => rt`Es wurden zu viele E-Mails auf einmal verschickt, daher bremst die Empfängerseite sie vorerst oder weist einige ab.`,
      side: () => rt`Ein Limit, kein Fehler: Für vorerst abgelehnte E-Mails wird die Zustellung wiederholt.`,
      next: () => rt`In kleineren Portionen senden; nur die E-Mails, die auch nach den Wiederholungen scheitern, werden erneut gesendet.`,
    },
    sandbox: {
      what: () => rt`Das Mailgun-Konto sendet noch von seiner Test-Domain, die nur an wenige freigegebene Adressen zustellt.`,
      side: () => rt`Eine Einstellung des Mailgun-Kontos; kein Fehler.`,
      next: () => rt`Die eigene Domain des Absenders in Mailgun einrichten, verifizieren lassen und von ihr senden; dann können die E-Mails an jeden Empfänger gehen.`,
    },
    'api-auth': {
      what: () => rt`Die Anfragen des sendenden Systems an Mailgun wurden abgelehnt, weil sein Zugriffsschlüssel falsch oder veraltet ist, daher wurde nichts gesendet.`,
      side: () => rt`Beim Absender: der Schlüssel in den Einstellungen des sendenden Systems. Keine Störung bei Mailgun.`,
      next: () => rt`Den aktuellen Mailgun-Zugriffsschlüssel in die Einstellungen des sendenden Systems eintragen; danach werden die abgelehnten E-Mails erneut gesendet.`,
    },
    other: {
      what: () => rt`Der Versand ist mit einem anderen Fehler als „Relaying denied“ gescheitert.`,
      side: () => rt`Die Antwort oben nennt die Ursache.`,
      next: () => rt`Der Lösung in der Antwort oben folgen.`,
    },
  },
};
