import { code, rt } from '../../rich.js';
import type { BriefWords } from './types.js';

/** " a a@b" after a word, or nothing. */
const to = (value: string | null) => (value ? rt` a ${code(value)}` : []);

export const SPANISH: BriefWords = {
  title: 'Resumen',
  what: 'Qué pasó',
  side: 'Dónde está la causa',
  next: 'Próximos pasos',
  cases: {
    outgoing: {
      what: (v) => rt`Los correos${to(v.recipient)} los rechazó Mailgun, el servicio de correo por el que salen, porque el sistema que los envía no inicia sesión en Mailgun al enviarlos. No se entregaron.`,
      side: () => rt`Un ajuste del sistema de envío, del lado del remitente; no es una caída ni un fallo de Mailgun.`,
      next: () => rt`Quien gestiona el sistema de envío añade en él sus datos de acceso a Mailgun; a partir de ahí, el correo vuelve a salir. Los correos rechazados hay que enviarlos de nuevo.`,
    },
    incoming: {
      what: (v) => rt`Los correos enviados${to(v.recipient)} se rechazan en Mailgun, que recibe el correo de ese dominio, porque allí no hay ninguna regla que diga adónde debe ir el correo para esa dirección.`,
      side: () => rt`Falta un ajuste en la cuenta de Mailgun; no es una caída, y no hay nada mal del lado de los remitentes.`,
      next: () => rt`Añadir la regla para esa dirección lo soluciona en minutos. Los correos rechazados hasta entonces no se guardaron: sus remitentes tienen que volver a enviarlos.`,
    },
    'recipient-host': {
      what: (v) => rt`Mailgun aceptó el correo${to(v.recipient)} e intentó entregarlo, pero el propio servidor de correo del destinatario lo rechazó.`,
      side: () => rt`Del lado del destinatario: su servidor no acepta correo para esa dirección (a menudo, una dirección mal escrita). No es cosa de Mailgun ni del remitente.`,
      next: () => rt`Comprobar la dirección con el destinatario. Si es correcta, su equipo de informática tiene que aceptar correo para ella; después se vuelve a enviar el correo.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`Mailgun aceptó el correo${to(v.recipient)} e intentó entregarlo, pero el propio servidor de correo del destinatario lo rechazó, aunque la dirección es correcta.`,
      side: () => rt`Del lado del destinatario: su servidor no acepta correo para esa dirección. No es cosa de Mailgun ni del remitente.`,
      next: () => rt`El equipo de informática del destinatario tiene que cambiar la configuración de su servidor (conviene enviarle el error); después se vuelve a enviar el correo.`,
    },
    undetermined: {
      what: () => rt`Un servidor de correo se negó a transmitir un correo («Relaying denied»), pero el error por sí solo no muestra qué servidor fue, así que la causa aún no se conoce.`,
      side: () => rt`Aún no se sabe: es uno de tres ajustes (el inicio de sesión del remitente en Mailgun, las reglas de la cuenta de Mailgun para el correo entrante o el servidor del destinatario). Ninguno de ellos es una caída de Mailgun.`,
      next: () => rt`Conseguir el mensaje de error completo o el correo devuelto, que muestra cuál de ellos es; la causa más habitual es un sistema de envío que no inicia sesión.`,
    },
    'undetermined-sending': {
      what: () => rt`Los correos del sistema de envío se rechazaron en el momento de enviarlos («Relaying denied»); el error no dice qué servidor de correo usa.`,
      side: () => rt`Lo más probable es que esté del lado del remitente: el sistema de envío no inicia sesión en el servidor de correo por el que envía. No es una caída de Mailgun.`,
      next: () => rt`Comprobar qué servidor de correo usa el sistema de envío y activar en él el inicio de sesión; después se vuelven a enviar los correos rechazados.`,
    },
    'auth-failure': {
      what: () => rt`El sistema de envío intentó iniciar sesión en Mailgun, pero no se aceptó su usuario o su contraseña, así que no se envió nada.`,
      side: () => rt`Del lado del remitente: datos de acceso incorrectos o desactualizados en el sistema de envío. No es una caída de Mailgun.`,
      next: () => rt`Introducir los datos de acceso correctos en el sistema de envío (o crear una contraseña nueva en Mailgun); después se vuelven a enviar los correos rechazados.`,
    },
    'unknown-user': {
      what: (v) => rt`El servidor de correo del destinatario dice que la dirección${v.recipient ? rt` ${code(v.recipient)}` : []} no existe.`,
      side: () => rt`La dirección: es incorrecta o ya no se usa (a menudo, una errata). No hay nada roto en Mailgun ni del lado del remitente.`,
      next: () => rt`Pedir la dirección correcta al destinatario y enviar el correo a esa dirección.`,
    },
    'mailbox-full': {
      what: (v) => rt`El buzón del destinatario${v.recipient ? rt` ${code(v.recipient)}` : []} está lleno, así que su servidor no aceptó el correo.`,
      side: () => rt`Del lado del destinatario; ni el remitente ni Mailgun tienen nada que arreglar.`,
      next: () => rt`El destinatario tiene que liberar espacio; después se puede volver a enviar el correo.`,
    },
    blocked: {
      what: () => rt`El servidor de correo del destinatario rechazó el correo por considerarlo probable spam, o porque el servidor que lo envía está en una lista de bloqueo.`,
      side: () => rt`Un filtro del lado de quien recibe, activado por la reputación de envío; no es una caída de Mailgun.`,
      next: () => rt`Pedir al equipo de informática del destinatario que deje pasar los correos del remitente y averiguar qué provocó el bloqueo (el error suele nombrar la lista); después, volver a enviar.`,
    },
    policy: {
      what: () => rt`El servidor que recibe rechazó el correo porque no pudo confirmar que de verdad viene del dominio del remitente.`,
      side: () => rt`Del lado del remitente: los ajustes de autenticación del dominio (en su DNS). No es una caída de Mailgun.`,
      next: () => rt`Quien gestiona el DNS del dominio corrige sus ajustes de autenticación (la página del dominio en Mailgun los indica); después se vuelven a enviar los correos.`,
    },
    'rate-limit': {
      what: () => rt`Salieron demasiados correos a la vez, así que quien los recibe los está frenando o está rechazando algunos por ahora.`,
      side: () => rt`Un límite, no un fallo: los correos rechazados por ahora se reintentan solos.`,
      next: () => rt`Enviar en tandas más pequeñas; solo se vuelven a enviar los correos que sigan fallando después de los reintentos.`,
    },
    sandbox: {
      what: () => rt`La cuenta de Mailgun sigue enviando desde su dominio de prueba, que solo entrega a unas pocas direcciones aprobadas.`,
      side: () => rt`Un ajuste de la cuenta de Mailgun; no es un fallo.`,
      next: () => rt`Configurar y verificar en Mailgun el dominio propio del remitente y enviar desde él; así los correos pueden llegar a cualquiera.`,
    },
    'api-auth': {
      what: () => rt`Mailgun rechazó las solicitudes del sistema de envío porque su clave de acceso es incorrecta o está desactualizada, así que no se envió nada.`,
      side: () => rt`Del lado del remitente: la clave en la configuración del sistema de envío. No es una caída de Mailgun.`,
      next: () => rt`Poner la clave de acceso actual de Mailgun en la configuración del sistema de envío; después se vuelven a enviar los correos rechazados.`,
    },
    other: {
      what: () => rt`El envío falló con un error distinto de «Relaying denied».`,
      side: () => rt`Ver la respuesta de arriba: ahí se indica la causa.`,
      next: () => rt`Seguir la solución de la respuesta de arriba.`,
    },
  },
};
