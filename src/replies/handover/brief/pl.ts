import { code, rt } from '../../rich.js';
import type { BriefWords } from './types.js';

/** " do a@b" after a word, or nothing. */
const toAddress = (value: string | null) => (value ? rt` do ${code(value)}` : []);

export const POLISH: BriefWords = {
  title: 'Podsumowanie',
  what: 'Co się stało',
  side: 'Po czyjej stronie',
  next: 'Co dalej',
  cases: {
    outgoing: {
      what: (v) => rt`E-maile${toAddress(v.recipient)} zostały odrzucone przez Mailgun, usługę poczty, przez którą są wysyłane, ponieważ system, który je wysyła, nie loguje się do Mailgun przy wysyłce. Nie zostały dostarczone.`,
      side: () => rt`Ustawienie systemu wysyłającego, po stronie nadawcy; to nie awaria ani błąd po stronie Mailgun.`,
      next: () => rt`Osoba, która zajmuje się systemem wysyłającym, wpisuje w nim dane logowania do Mailgun; od tej chwili poczta znowu wychodzi. Odrzucone e-maile trzeba wysłać ponownie.`,
    },
    incoming: {
      what: (v) => rt`E-maile${toAddress(v.recipient)} są odrzucane przez Mailgun, który odbiera pocztę tej domeny, ponieważ nie ma tam reguły mówiącej, dokąd ma trafiać poczta na ten adres.`,
      side: () => rt`Brakujące ustawienie na koncie Mailgun; to nie awaria, a po stronie nadawców wszystko jest w porządku.`,
      next: () => rt`Dodanie reguły dla tego adresu rozwiązuje problem w ciągu kilku minut. E-maile odrzucone do tego czasu nie zostały zachowane: ich nadawcy muszą wysłać je ponownie.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun przyjął e-mail${toAddress(v.recipient)} i próbował go dostarczyć, ale własny serwer pocztowy odbiorcy go odrzucił.`,
      side: () => rt`Po stronie odbiorcy: jego serwer nie przyjmuje poczty dla tego adresu (często to literówka w adresie). Nie po stronie Mailgun ani nadawcy.`,
      next: () => rt`Sprawdzić adres z odbiorcą. Jeśli jest poprawny, jego dział IT musi włączyć przyjmowanie poczty na ten adres; potem e-mail zostanie wysłany ponownie.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun przyjął e-mail${toAddress(v.recipient)} i próbował go dostarczyć, ale własny serwer pocztowy odbiorcy go odrzucił, choć adres jest poprawny.`,
      side: () => rt`Po stronie odbiorcy: jego serwer nie przyjmuje poczty dla tego adresu. Nie po stronie Mailgun ani nadawcy.`,
      next: () => rt`Dział IT odbiorcy musi zmienić ustawienia swojego serwera (trzeba mu przesłać komunikat błędu); potem e-mail zostanie wysłany ponownie.`,
    },
    undetermined: {
      what: () => rt`Serwer pocztowy odmówił przekazania e-maila dalej („Relaying denied”), ale z samego komunikatu błędu nie wynika, który to serwer, więc przyczyna nie jest jeszcze znana.`,
      side: () => rt`Jeszcze nie wiadomo: chodzi o jedno z trzech ustawień (logowanie nadawcy do Mailgun, reguły konta Mailgun dla poczty przychodzącej albo serwer odbiorcy). Żadne z nich nie oznacza awarii Mailgun.`,
      next: () => rt`Zdobyć pełny komunikat błędu albo komunikat o niedostarczeniu: z niego wynika, o które ustawienie chodzi. Najczęstsza przyczyna to system wysyłający, który się nie loguje.`,
    },
    'undetermined-sending': {
      what: () => rt`E-maile systemu wysyłającego zostały odrzucone podczas wysyłki („Relaying denied”); komunikat błędu nie podaje, z jakiego serwera pocztowego ten system korzysta.`,
      side: () => rt`Najpewniej po stronie nadawcy: system wysyłający nie loguje się do serwera pocztowego, przez który wysyła. To nie awaria Mailgun.`,
      next: () => rt`Sprawdzić, z jakiego serwera pocztowego korzysta system wysyłający, i włączyć w systemie logowanie; potem odrzucone e-maile zostaną wysłane ponownie.`,
    },
    'auth-failure': {
      what: () => rt`System wysyłający próbował zalogować się do Mailgun, ale jego nazwa użytkownika lub hasło nie zostały przyjęte, więc nic nie zostało wysłane.`,
      side: () => rt`Po stronie nadawcy: błędne lub nieaktualne dane logowania w systemie wysyłającym. To nie awaria Mailgun.`,
      next: () => rt`Wpisać prawidłowe dane logowania w systemie wysyłającym (albo ustawić nowe hasło w Mailgun); potem odrzucone e-maile zostaną wysłane ponownie.`,
    },
    'unknown-user': {
      what: (v) => rt`Serwer pocztowy odbiorcy zgłasza, że adres${v.recipient ? rt` ${code(v.recipient)}` : []} nie istnieje.`,
      side: () => rt`Chodzi o adres: jest błędny albo już nieużywany (często to literówka). Ani w Mailgun, ani u nadawcy nic nie jest zepsute.`,
      next: () => rt`Uzyskać od odbiorcy prawidłowy adres i wysłać na niego e-mail.`,
    },
    'mailbox-full': {
      what: (v) => rt`Skrzynka pocztowa odbiorcy${v.recipient ? rt` ${code(v.recipient)}` : []} jest pełna, więc jego serwer nie przyjął e-maila.`,
      side: () => rt`Po stronie odbiorcy; ani nadawca, ani Mailgun nie mają tu nic do naprawienia.`,
      next: () => rt`Odbiorca musi zwolnić miejsce; potem e-mail można wysłać ponownie.`,
    },
    blocked: {
      what: () => rt`Serwer pocztowy odbiorcy odrzucił e-mail jako prawdopodobny spam albo dlatego, że serwer wysyłający jest na czarnej liście.`,
      side: () => rt`Filtr po stronie odbiorcy, uruchomiony przez reputację nadawcy; to nie awaria Mailgun.`,
      next: () => rt`Poprosić dział IT odbiorcy o przepuszczanie e-maili od nadawcy i ustalić, co spowodowało blokadę (komunikat błędu zwykle podaje nazwę listy); potem wysłać ponownie.`,
    },
    policy: {
      what: () => rt`Serwer odbierający odrzucił e-mail, bo nie mógł potwierdzić, że naprawdę pochodzi on z domeny nadawcy.`,
      side: () => rt`Po stronie nadawcy: ustawienia domeny, które potwierdzają nadawcę (w jej DNS). To nie awaria Mailgun.`,
      next: () => rt`Osoba, która zarządza DNS domeny, poprawia te ustawienia (wymienia je strona domeny w Mailgun); potem e-maile zostaną wysłane ponownie.`,
    },
    'rate-limit': {
      what: () => rt`Naraz wyszło zbyt wiele e-maili, więc strona odbierająca na razie je spowalnia albo część odrzuca.`,
      side: () => rt`Limit, a nie błąd: próby dostarczenia tymczasowo odrzuconych e-maili są ponawiane.`,
      next: () => rt`Wysyłać mniejszymi partiami; ponownie wysyła się tylko te e-maile, których nie udało się dostarczyć mimo ponawianych prób.`,
    },
    sandbox: {
      what: () => rt`Konto Mailgun nadal wysyła z domeny testowej, która dostarcza pocztę tylko na kilka zatwierdzonych adresów.`,
      side: () => rt`Ustawienie konta Mailgun; to nie błąd.`,
      next: () => rt`Dodać i zweryfikować w Mailgun własną domenę nadawcy i wysyłać z niej; wtedy e-maile mogą trafiać do każdego.`,
    },
    'api-auth': {
      what: () => rt`Żądania systemu wysyłającego do Mailgun zostały odrzucone, ponieważ jego klucz dostępu jest błędny lub nieaktualny, więc nic nie zostało wysłane.`,
      side: () => rt`Po stronie nadawcy: klucz w ustawieniach systemu wysyłającego. To nie awaria Mailgun.`,
      next: () => rt`Wpisać aktualny klucz dostępu do Mailgun w ustawieniach systemu wysyłającego; potem odrzucone e-maile zostaną wysłane ponownie.`,
    },
    other: {
      what: () => rt`Wysyłka nie powiodła się z powodu innego błędu niż „Relaying denied”.`,
      side: () => rt`Przyczynę podaje odpowiedź powyżej.`,
      next: () => rt`Postąpić zgodnie z rozwiązaniem z odpowiedzi powyżej.`,
    },
  },
};
