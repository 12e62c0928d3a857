import { code, rt, text } from '../rich.js';
import type { CustomerMessages } from './types.js';

export const POLISH: CustomerMessages = {
  'outgoing-everyday': ({ login }) =>
    rt`Państwa strona internetowa (lub aplikacja) próbuje wysyłać e-maile przez Mailgun bez logowania, a Mailgun przekazuje dalej wiadomości tylko od nadawców, którzy się logują; po stronie Mailgun nic nie jest zepsute. Osoba, która zajmuje się stroną, musi wpisać w ustawieniach poczty e-mail strony dane logowania Mailgun dla Państwa domeny (login SMTP, np. ${code(login)}, oraz hasło; oba znajdują się na Państwa koncie Mailgun). E-maile, których wysyłka się nie powiodła, nie zostały wysłane: prosimy wysłać je ponownie, gdy wszystko zacznie działać.`,
  outgoing: ({ login }) =>
    rt`Państwa aplikacja wysyła pocztę przez serwer SMTP Mailgun bez logowania, a Mailgun przekazuje pocztę dalej tylko w sesjach, w których nastąpiło logowanie. Prosimy włączyć w ustawieniach poczty aplikacji uwierzytelnianie SMTP z loginem SMTP Państwa domeny (np. ${code(login)}) i jego hasłem, używając portu 587 i STARTTLS, a następnie wysłać wiadomość testową.`,
  'incoming-to-writer': ({ recipient }) =>
    rt`Dziękujemy za informację i przepraszamy za kłopot: problem leży po naszej stronie, a nie po stronie Państwa. Nasz system pocztowy odrzucił Państwa wiadomość${recipient ? rt` do ${code(recipient)}` : []}, ponieważ ten adres nie był skonfigurowany do odbierania poczty. Pracujemy nad rozwiązaniem; prosimy wysłać wiadomość ponownie po naszym potwierdzeniu, ponieważ wiadomość, która wróciła, nie została zachowana.`,
  incoming: ({ recipient }) =>
    rt`Wiadomość${recipient ? rt` do ${code(recipient)}` : []} dotarła do serwisu Mailgun, który odbiera pocztę dla tej domeny, ale żadna Route na koncie Mailgun nie obsługuje tego adresu. Rozwiąże to Route utworzona dla tego adresu; jeśli poczta domeny w ogóle nie powinna trafiać do serwisu Mailgun, jej rekordy MX powinny zamiast tego wskazywać na właściwy serwer pocztowy. Po stronie nadawcy wszystko jest w porządku.`,
  'recipient-host': ({ recipient, host }) =>
    rt`Mailgun przyjął wiadomość i próbował ją dostarczyć, ale serwer pocztowy odbiorcy${host ? rt` (${code(host)})` : []} odrzucił ją tak, jakby nie obsługiwał poczty dla ${recipient ? code(recipient) : text('tego adresu')}. Prosimy sprawdzić adres; jeśli jest poprawny, administrator poczty odbiorcy musi skonfigurować swój serwer tak, aby przyjmował pocztę dla tego adresu.`,
  'unknown-user': ({ recipient, host }) =>
    rt`Nasze e-maile do ${recipient ? code(recipient) : text('tego adresu')} są odrzucane przez serwer pocztowy odbiorcy${host ? rt` (${code(host)})` : []}, ponieważ według niego taki adres nie istnieje. Czy mogą Państwo potwierdzić prawidłowy adres albo zapytać swój dział IT, czy adres nie został usunięty lub czy nie zmieniono jego nazwy?`,
  'mailbox-full': ({ recipient }) =>
    rt`Nasze e-maile do ${recipient ? code(recipient) : text('tego adresu')} są odrzucane, ponieważ skrzynka pocztowa jest pełna. Gdy zwolni się w niej trochę miejsca, wyślemy je ponownie.`,
  sandbox: () =>
    rt`Państwa konto Mailgun nadal wysyła pocztę z domeny testowej (sandbox), która dostarcza wiadomości tylko na adresy zatwierdzone przez Państwa jako autoryzowani odbiorcy. Aby wysyłać e-maile do kogokolwiek innego, należy dodać w Mailgun własną domenę (Send → Sending → Domains → Add new domain), opublikować wyświetlone tam rekordy DNS i wysyłać pocztę z tej domeny, gdy zostanie zweryfikowana; do szybkiego testu wystarczy zamiast tego dodać dany adres jako autoryzowanego odbiorcę.`,
  'auth-failure': ({ login }) =>
    rt`Mailgun odrzucił dane logowania, które wysyła Państwa aplikacja: nazwa użytkownika lub hasło są nieprawidłowe. Prosimy ustawić w Mailgun nowe hasło SMTP dla swojego loginu (np. ${code(login)}) w danych logowania SMTP domeny (SMTP credentials), a następnie wpisać ten login i hasło w ustawieniach poczty aplikacji; klucz API ani hasło do konta Mailgun nie zadziałają w tym miejscu.`,
  'sender-check': () =>
    rt`Dostawca poczty odbiorcy odrzucił wiadomość, ponieważ nie mógł potwierdzić, że naprawdę pochodzi ona z Państwa domeny: rekordów DNS Państwa domeny służących do wysyłki (SPF, DKIM i rekordu DMARC) brakuje lub są niezgodne. Prosimy dodać u swojego dostawcy DNS rekordy, które Mailgun pokazuje dla Państwa domeny wysyłkowej (Send → Sending → Domains → Państwa domena → DNS records), poczekać, aż Mailgun oznaczy je jako zweryfikowane, a następnie wysłać wiadomość ponownie.`,
  blocked: ({ host }) =>
    rt`Serwer odbiorcy odrzucił wiadomość, ponieważ adres IP lub domena nadawcy znajduje się na czarnej liście, a nie z powodu logowania czy Routes w Państwa konfiguracji. ${host ? rt`Wiadomość odrzucił serwer ${code(host)}. ` : []}Zajmujemy się tym wpisem na liście; dopóki nie zostanie usunięty, poczta do tego odbiorcy może nadal być odrzucana.`,
  'api-auth': ({ euApi }) =>
    rt`API Mailgun odrzuciło klucz, którego używa Państwa aplikacja. Prosimy wpisać w jej ustawieniach ważny prywatny klucz API (lub klucz wysyłkowy domeny) z konta Mailgun i używać hosta API właściwego dla regionu Państwa domeny (${code(euApi)} dla domeny w regionie UE).`,
  'undetermined-writer-own-server': ({ recipient }) =>
    rt`Dziękujemy za wiadomość. Serwer pocztowy odmówił przekazania Państwa e-maila do nas${recipient ? rt` (${code(recipient)})` : []}. Jeśli komunikat pojawił się w programie pocztowym po kliknięciu „Wyślij”, Państwa serwer poczty wychodzącej wymaga zalogowania: prosimy włączyć w ustawieniach konta opcję „My outgoing server (SMTP) requires authentication” (z tą samą nazwą użytkownika i hasłem co do odbierania poczty) lub zapytać o to swojego dostawcę poczty. Jeśli wrócił do Państwa e-mail o niedostarczeniu, prosimy przesłać go nam w całości, abyśmy mogli sprawdzić, który serwer odrzucił wiadomość.`,
  'undetermined-writer': () =>
    rt`Dziękujemy za informację. Czy mogą Państwo przesłać nam w całości i bez zmian wiadomość, która do Państwa wróciła? Podana jest w niej nazwa serwera, który odrzucił Państwa e-mail, i dzięki niej dowiemy się, czy problem leży po naszej stronie (wtedy go naprawimy), czy po stronie Państwa dostawcy poczty (wtedy podpowiemy, o co go zapytać).`,
  'undetermined-not-receiving': ({ recipient }) =>
    rt`Dziękujemy i przepraszamy, że nasze e-maile do Państwa nie docierają. Abyśmy mogli ustalić, gdzie są zatrzymywane, czy Państwa dział IT mógłby przesłać nam pełny komunikat błędu lub wpis z logu, który widzi, wraz z nazwami serwerów? Jeśli pochodzi on z Państwa własnego serwera pocztowego, być może trzeba będzie pozwolić temu serwerowi przyjmować od nas pocztę dla ${recipient ? code(recipient) : text('Państwa adresu')}.`,
  'undetermined-everyday': () =>
    rt`Po stronie Mailgun nic nie jest zepsute: serwer pocztowy odmówił przekazania dalej jednego e-maila, co zwykle oznacza, że brakuje jakiegoś ustawienia, najczęściej danych logowania w ustawieniach poczty e-mail Państwa strony internetowej. Abyśmy mogli ustalić, o które ustawienie chodzi: czy ten komunikat wrócił, gdy Państwa strona wysyłała e-mail (potwierdzenie zamówienia, wiadomość z formularza kontaktowego), czy może ktoś przekazał Państwu, że jego e-mail do Państwa został odrzucony? Prosimy przesłać nam w całości i bez zmian wiadomość, która wróciła.`,
  undetermined: () =>
    rt`Serwer pocztowy odmówił przekazania wiadomości dalej, ale z komunikatu błędu nie wynika, który to był serwer. Czy mogą Państwo przesłać cały komunikat o niedostarczeniu lub log wraz z nazwami serwerów i napisać, gdzie go Państwo zobaczyli: w swojej aplikacji, w otrzymanym komunikacie o niedostarczeniu czy w logach Mailgun?`,
};
