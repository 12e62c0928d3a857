import { code, rt } from '../../rich.js';
import type { BriefWords } from './types.js';

/** " adressés à a@b" after « Les e-mails », or nothing. */
const toMany = (value: string | null) => (value ? rt` adressés à ${code(value)}` : []);
/** " adressé à a@b" after « l’e-mail », or nothing. */
const toOne = (value: string | null) => (value ? rt` adressé à ${code(value)}` : []);

export const FRENCH: BriefWords = {
  title: 'Résumé',
  what: 'Ce qui s’est passé',
  side: 'De quel côté',
  next: 'La suite',
  cases: {
    outgoing: {
      what: (v) => rt`Les e-mails${toMany(v.recipient)} ont été refusés par Mailgun, le service de messagerie par lequel ils passent, car le système qui les envoie ne s’identifie pas auprès de Mailgun au moment de l’envoi. Ils n’ont pas été remis.`,
      side: () => rt`Un réglage du système d’envoi, du côté de l’expéditeur ; ni une panne ni un dysfonctionnement chez Mailgun.`,
      next: () => rt`La personne qui gère le système d’envoi y ajoute ses identifiants Mailgun ; dès lors, les e-mails repartent normalement. Les e-mails refusés doivent être renvoyés.`,
    },
    incoming: {
      what: (v) => rt`Les e-mails envoyés${v.recipient ? rt` à ${code(v.recipient)}` : []} sont refusés chez Mailgun, qui reçoit le courrier de ce domaine, car aucune règle n’y indique où acheminer le courrier destiné à cette adresse.`,
      side: () => rt`Un réglage manquant dans le compte Mailgun ; pas une panne, et rien n’est en cause du côté des expéditeurs.`,
      next: () => rt`Une fois la règle ajoutée pour cette adresse, tout rentre dans l’ordre en quelques minutes. Les e-mails refusés jusque-là n’ont pas été conservés : leurs expéditeurs doivent les renvoyer.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun a accepté l’e-mail${toOne(v.recipient)} et a tenté de le remettre, mais le serveur de messagerie du destinataire, lui, l’a refusé.`,
      side: () => rt`Du côté du destinataire : son serveur n’accepte pas le courrier pour cette adresse (souvent une adresse mal saisie). Ni Mailgun ni l’expéditeur ne sont en cause.`,
      next: () => rt`Vérifier l’adresse auprès du destinataire. Si elle est juste, son service informatique doit accepter le courrier pour cette adresse ; ensuite, l’e-mail est renvoyé.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun a accepté l’e-mail${toOne(v.recipient)} et a tenté de le remettre, mais le serveur de messagerie du destinataire, lui, l’a refusé, alors que l’adresse est correcte.`,
      side: () => rt`Du côté du destinataire : son serveur n’accepte pas le courrier pour cette adresse. Ni Mailgun ni l’expéditeur ne sont en cause.`,
      next: () => rt`Le service informatique du destinataire doit modifier les réglages de son serveur (lui transmettre l’erreur) ; ensuite, l’e-mail est renvoyé.`,
    },
    undetermined: {
      what: () => rt`Un serveur de messagerie a refusé de transmettre un e-mail (« Relaying denied »), mais l’erreur seule ne dit pas quel serveur : la cause n’est donc pas encore connue.`,
      side: () => rt`Pas encore connu : l’un de trois réglages (l’identification de l’expéditeur auprès de Mailgun, les règles du compte Mailgun pour le courrier entrant, ou le serveur du destinataire). Aucun des trois n’est une panne chez Mailgun.`,
      next: () => rt`Obtenir le message d’erreur complet ou le message de non-remise, qui indique lequel ; la cause la plus fréquente est un système d’envoi qui ne s’identifie pas.`,
    },
    'undetermined-sending': {
      what: () => rt`Les e-mails du système d’envoi ont été refusés au moment de l’envoi (« Relaying denied ») ; l’erreur ne nomme pas le serveur de messagerie qu’il utilise.`,
      side: () => rt`Très probablement du côté de l’expéditeur : le système d’envoi ne s’identifie pas auprès du serveur de messagerie par lequel il envoie. Pas une panne chez Mailgun.`,
      next: () => rt`Vérifier quel serveur de messagerie le système d’envoi utilise, et y activer l’identification ; ensuite, les e-mails refusés sont renvoyés.`,
    },
    'auth-failure': {
      what: () => rt`Le système d’envoi a essayé de s’identifier auprès de Mailgun, mais son nom d’utilisateur ou son mot de passe a été refusé : rien n’a donc été envoyé.`,
      side: () => rt`Du côté de l’expéditeur : des identifiants erronés ou périmés dans le système d’envoi. Pas une panne chez Mailgun.`,
      next: () => rt`Saisir les bons identifiants dans le système d’envoi (ou définir un nouveau mot de passe dans Mailgun) ; ensuite, les e-mails refusés sont renvoyés.`,
    },
    'unknown-user': {
      what: (v) => rt`Le serveur de messagerie du destinataire indique que l’adresse${v.recipient ? rt` ${code(v.recipient)}` : []} n’existe pas.`,
      side: () => rt`L’adresse : elle est erronée ou n’est plus utilisée (souvent une faute de frappe). Rien n’est en panne chez Mailgun ni chez l’expéditeur.`,
      next: () => rt`Demander la bonne adresse au destinataire et envoyer l’e-mail à cette adresse.`,
    },
    'mailbox-full': {
      what: (v) => rt`La boîte mail du destinataire${v.recipient ? rt` ${code(v.recipient)}` : []} est pleine : son serveur n’a donc pas accepté l’e-mail.`,
      side: () => rt`Du côté du destinataire ; rien à corriger ni pour l’expéditeur ni pour Mailgun.`,
      next: () => rt`Le destinataire doit libérer de la place ; l’e-mail pourra ensuite être renvoyé.`,
    },
    blocked: {
      what: () => rt`Le serveur de messagerie du destinataire a refusé l’e-mail comme spam probable, ou parce que le serveur d’envoi figure sur une liste de blocage.`,
      side: () => rt`Un filtre chez le destinataire, déclenché par la réputation d’envoi ; pas une panne chez Mailgun.`,
      next: () => rt`Demander au service informatique du destinataire de laisser passer les e-mails de l’expéditeur, et trouver ce qui a déclenché le blocage (l’erreur nomme en général la liste) ; puis renvoyer.`,
    },
    policy: {
      what: () => rt`Le serveur destinataire a refusé l’e-mail car il n’a pas pu confirmer que celui-ci vient bien du domaine de l’expéditeur.`,
      side: () => rt`Du côté de l’expéditeur : les réglages d’authentification du domaine (dans son DNS). Pas une panne chez Mailgun.`,
      next: () => rt`La personne qui gère le DNS du domaine corrige ces réglages d’authentification (la page du domaine dans Mailgun les indique) ; ensuite, les e-mails sont renvoyés.`,
    },
    'rate-limit': {
      what: () => rt`Trop d’e-mails sont partis en même temps : le serveur destinataire les ralentit, ou en refuse une partie pour l’instant.`,
      side: () => rt`Une limite, pas une panne : les e-mails refusés pour l’instant sont réessayés.`,
      next: () => rt`Envoyer par lots plus petits ; seuls les e-mails encore en échec après les nouvelles tentatives sont renvoyés.`,
    },
    sandbox: {
      what: () => rt`Le compte Mailgun envoie encore depuis son domaine de test, qui ne livre qu’à quelques adresses approuvées.`,
      side: () => rt`Un réglage du compte Mailgun ; pas une panne.`,
      next: () => rt`Configurer et faire vérifier dans Mailgun le propre domaine de l’expéditeur, puis envoyer depuis celui-ci ; les e-mails pourront alors partir vers n’importe qui.`,
    },
    'api-auth': {
      what: () => rt`Les requêtes du système d’envoi vers Mailgun ont été refusées car sa clé d’accès est erronée ou périmée : rien n’a donc été envoyé.`,
      side: () => rt`Du côté de l’expéditeur : la clé dans les réglages du système d’envoi. Pas une panne chez Mailgun.`,
      next: () => rt`Mettre la clé d’accès Mailgun actuelle dans les réglages du système d’envoi ; ensuite, les e-mails refusés sont renvoyés.`,
    },
    other: {
      what: () => rt`L’envoi a échoué avec une autre erreur que « Relaying denied ».`,
      side: () => rt`Voir la réponse ci-dessus : elle nomme la cause.`,
      next: () => rt`Suivre la correction indiquée dans la réponse ci-dessus.`,
    },
  },
};
