import { code, rt } from '../../rich.js';
import type { BriefWords } from './types.js';

/** " a a@b" after a word, or nothing. */
const to = (value: string | null) => (value ? rt` a ${code(value)}` : []);

export const ITALIAN: BriefWords = {
  title: 'Riepilogo',
  what: 'Cosa è successo',
  side: 'Di chi è la causa',
  next: 'Prossimi passi',
  cases: {
    outgoing: {
      what: (v) => rt`Le email${to(v.recipient)} sono state rifiutate da Mailgun, il servizio di posta attraverso cui passano, perché il sistema che le invia non effettua l’accesso a Mailgun quando invia. Non sono state consegnate.`,
      side: () => rt`Un’impostazione del sistema di invio, dal lato del mittente; non è un disservizio né un guasto di Mailgun.`,
      next: () => rt`Chi gestisce il sistema di invio inserisce nelle sue impostazioni le credenziali di accesso Mailgun; da quel momento le email tornano a partire. Le email rifiutate vanno inviate di nuovo.`,
    },
    incoming: {
      what: (v) => rt`Le email inviate${to(v.recipient)} vengono respinte da Mailgun, che riceve la posta di quel dominio, perché lì nessuna regola indica dove deve andare la posta per quell’indirizzo.`,
      side: () => rt`Manca un’impostazione nell’account Mailgun; non è un disservizio, e dal lato dei mittenti non c’è nessun problema.`,
      next: () => rt`Aggiungendo la regola per l’indirizzo, il problema si risolve in pochi minuti. Le email respinte fino ad allora non sono state conservate: i mittenti devono inviarle di nuovo.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun ha accettato l’email${to(v.recipient)} e ha provato a consegnarla, ma è stato il server di posta del destinatario a rifiutarla.`,
      side: () => rt`Lato destinatario: il suo server non accetta posta per quell’indirizzo (spesso un indirizzo scritto male). Non dipende né da Mailgun né dal mittente.`,
      next: () => rt`Verificare l’indirizzo con il destinatario. Se è giusto, il suo reparto IT deve accettare la posta per quell’indirizzo; poi l’email viene inviata di nuovo.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun ha accettato l’email${to(v.recipient)} e ha provato a consegnarla, ma è stato il server di posta del destinatario a rifiutarla, anche se l’indirizzo è giusto.`,
      side: () => rt`Lato destinatario: il suo server non accetta posta per quell’indirizzo. Non dipende né da Mailgun né dal mittente.`,
      next: () => rt`Il reparto IT del destinatario deve cambiare le impostazioni del proprio server (inoltrargli l’errore); poi l’email viene inviata di nuovo.`,
    },
    undetermined: {
      what: () => rt`Un server di posta si è rifiutato di inoltrare un’email («Relaying denied»), ma dal solo errore non si capisce quale server, quindi la causa non è ancora nota.`,
      side: () => rt`Non ancora nota: una di tre impostazioni (l’accesso del mittente a Mailgun, le regole dell’account Mailgun per la posta in arrivo, oppure il server del destinatario). Nessuna di queste è un disservizio di Mailgun.`,
      next: () => rt`Procurarsi il messaggio di errore completo o la notifica di mancato recapito, che indica quale; la causa più frequente è un sistema di invio che non effettua l’accesso.`,
    },
    'undetermined-sending': {
      what: () => rt`Le email del sistema di invio sono state rifiutate al momento dell’invio («Relaying denied»); l’errore non indica il server di posta che il sistema usa.`,
      side: () => rt`Molto probabilmente dal lato del mittente: il sistema di invio non effettua l’accesso al server di posta attraverso cui invia. Non è un disservizio di Mailgun.`,
      next: () => rt`Verificare quale server di posta usa il sistema di invio e attivarne l’accesso; poi le email rifiutate vengono inviate di nuovo.`,
    },
    'auth-failure': {
      what: () => rt`Il sistema di invio ha provato ad accedere a Mailgun, ma il nome utente o la password non sono stati accettati, quindi non è stato inviato nulla.`,
      side: () => rt`Lato mittente: credenziali di accesso sbagliate o non più valide nel sistema di invio. Non è un disservizio di Mailgun.`,
      next: () => rt`Inserire le credenziali di accesso corrette nel sistema di invio (oppure impostare una nuova password in Mailgun); poi le email rifiutate vengono inviate di nuovo.`,
    },
    'unknown-user': {
      what: (v) => rt`Il server di posta del destinatario dice che l’indirizzo${v.recipient ? rt` ${code(v.recipient)}` : []} non esiste.`,
      side: () => rt`L’indirizzo: è sbagliato o non è più in uso (spesso un errore di battitura). Non c’è nessun guasto né in Mailgun né presso il mittente.`,
      next: () => rt`Chiedere al destinatario l’indirizzo giusto e inviare l’email a quello.`,
    },
    'mailbox-full': {
      what: (v) => rt`La casella di posta del destinatario${v.recipient ? rt` ${code(v.recipient)}` : []} è piena, quindi il suo server non ha accettato l’email.`,
      side: () => rt`Lato destinatario; né il mittente né Mailgun devono correggere nulla.`,
      next: () => rt`Il destinatario deve liberare spazio; dopo, l’email si può inviare di nuovo.`,
    },
    blocked: {
      what: () => rt`Il server di posta del destinatario ha rifiutato l’email come probabile spam, oppure perché il server di invio è in una lista di blocco.`,
      side: () => rt`Un filtro dal lato di chi riceve, fatto scattare dalla reputazione di invio; non è un disservizio di Mailgun.`,
      next: () => rt`Chiedere al reparto IT del destinatario di lasciar passare le email del mittente e scoprire cosa ha fatto scattare il blocco (di solito l’errore nomina la lista); poi inviare di nuovo.`,
    },
    policy: {
      what: () => rt`Il server che riceve ha rifiutato l’email perché non ha potuto confermare che provenga davvero dal dominio del mittente.`,
      side: () => rt`Lato mittente: le impostazioni di autenticazione del dominio (nel suo DNS). Non è un disservizio di Mailgun.`,
      next: () => rt`Chi gestisce il DNS del dominio ne corregge le impostazioni di autenticazione (la pagina del dominio in Mailgun le elenca); poi le email vengono inviate di nuovo.`,
    },
    'rate-limit': {
      what: () => rt`Sono partite troppe email tutte insieme, quindi chi riceve le sta rallentando o per ora ne respinge una parte.`,
      side: () => rt`Un limite, non un guasto: le email respinte per ora vengono ritentate.`,
      next: () => rt`Inviare in blocchi più piccoli; si inviano di nuovo solo le email che non passano nemmeno dopo i nuovi tentativi.`,
    },
    sandbox: {
      what: () => rt`L’account Mailgun invia ancora dal suo dominio di prova, che consegna solo a pochi indirizzi approvati.`,
      side: () => rt`Un’impostazione dell’account Mailgun; non è un guasto.`,
      next: () => rt`Configurare e verificare in Mailgun il dominio del mittente e inviare da quello; da quel momento le email possono arrivare a chiunque.`,
    },
    'api-auth': {
      what: () => rt`Le richieste del sistema di invio a Mailgun sono state rifiutate perché la sua chiave di accesso è sbagliata o non più valida, quindi non è stato inviato nulla.`,
      side: () => rt`Lato mittente: la chiave nelle impostazioni del sistema di invio. Non è un disservizio di Mailgun.`,
      next: () => rt`Inserire la chiave di accesso Mailgun attuale nelle impostazioni del sistema di invio; poi le email rifiutate vengono inviate di nuovo.`,
    },
    other: {
      what: () => rt`L’invio non è riuscito per un errore diverso da «Relaying denied».`,
      side: () => rt`Vedere la risposta qui sopra: indica la causa.`,
      next: () => rt`Seguire la soluzione indicata nella risposta qui sopra.`,
    },
  },
};
