import { code, rt, text } from '../rich.js';
import type { CustomerMessages } from './types.js';

export const SPANISH: CustomerMessages = {
  'outgoing-everyday': ({ login }) =>
    rt`Su sitio web (o aplicación) intenta enviar sus correos a través de Mailgun sin iniciar sesión, y Mailgun solo transmite los correos de remitentes que inician sesión; no hay ningún fallo en Mailgun. La persona que se encarga del sitio web debe introducir los datos de acceso a Mailgun de su dominio (el usuario SMTP, por ejemplo ${code(login)}, y su contraseña, ambos en su cuenta de Mailgun) en la configuración de correo del sitio web. Los correos que fallaron no se enviaron: vuelva a enviarlos cuando funcione.`,
  outgoing: ({ login }) =>
    rt`Su aplicación envía a través del servidor SMTP de Mailgun sin iniciar sesión, y Mailgun solo transmite el correo de las sesiones autenticadas. Active la autenticación SMTP en la configuración de correo de la aplicación con el usuario SMTP de su dominio (por ejemplo ${code(login)}) y su contraseña, en el puerto 587 con STARTTLS, y después envíe un correo de prueba.`,
  'incoming-to-writer': ({ recipient }) =>
    rt`Gracias por avisarnos, y disculpe las molestias: el problema es nuestro, no suyo. Nuestro sistema de correo rechazó su mensaje${recipient ? rt` a ${code(recipient)}` : []} porque esa dirección no estaba configurada para recibir correo. Lo estamos solucionando; vuelva a enviar su mensaje cuando se lo confirmemos, ya que el que fue devuelto no se conservó.`,
  incoming: ({ recipient }) =>
    rt`El mensaje${recipient ? rt` para ${code(recipient)}` : []} llegó a Mailgun, que recibe el correo de ese dominio, pero ninguna Route de la cuenta de Mailgun acepta esa dirección. Una Route para esa dirección lo soluciona; si el correo del dominio no debe llegar a Mailgun en absoluto, sus registros MX deberían apuntar al servidor de correo real. No hay ningún problema por parte del remitente.`,
  'recipient-host': ({ recipient, host }) =>
    rt`Mailgun aceptó el mensaje e intentó entregarlo, pero el servidor de correo del destinatario${host ? rt` (${code(host)})` : []} lo rechazó como si no gestionara el correo de ${recipient ? code(recipient) : text('esa dirección')}. Compruebe la dirección; si es correcta, el administrador de correo del destinatario tiene que configurar su servidor para que acepte el correo dirigido a ella.`,
  'unknown-user': ({ recipient, host, suggestion }) =>
    rt`El servidor de correo del destinatario${host ? rt` (${code(host)})` : []} rechazó su correo a ${recipient ? code(recipient) : text('esa dirección')} porque esa dirección no existe en él; no se debe a nada de su configuración ni de su cuenta de Mailgun.${suggestion ? rt` Parece que la dirección tiene una errata: lo más probable es que la correcta sea ${code(suggestion)}. Vuelva a enviar el correo a esa dirección.` : rt` Compruebe si la dirección tiene alguna errata, o pida al destinatario la dirección correcta, y vuelva a enviar el correo a esa dirección.`}`,
  'unknown-user-to-recipient': ({ recipient, host }) =>
    rt`El servidor de correo de destino${host ? rt` (${code(host)})` : []} rechaza nuestros correos a ${recipient ? code(recipient) : text('esa dirección')} porque indica que la dirección no existe. ¿Podría confirmarnos la dirección correcta, o preguntar a su equipo de TI si se eliminó o cambió de nombre?`,
  'mailbox-full': ({ recipient }) =>
    rt`Su correo a ${recipient ? code(recipient) : text('esa dirección')} se rechazó porque el buzón del destinatario está lleno; no se debe a nada de su configuración ni de su cuenta de Mailgun, y solo el destinatario puede liberar espacio. Cuando lo haya hecho, elimine la dirección de la lista Bounces (rebotes) de su dominio en Mailgun si figura en ella (Mailgun ya no envía nada a las direcciones de esa lista) y vuelva a enviar el correo.`,
  'mailbox-full-to-recipient': ({ recipient }) =>
    rt`Nuestros correos a ${recipient ? code(recipient) : text('esa dirección')} se rechazan porque el buzón está lleno. En cuanto se libere algo de espacio, volveremos a enviarlos.`,
  sandbox: () =>
    rt`Su cuenta de Mailgun sigue enviando desde su dominio de prueba (sandbox), que solo entrega a las direcciones que usted haya aprobado como destinatarios autorizados. Para enviar correo a cualquier otra persona, añada su propio dominio en Mailgun (Send → Sending → Domains → Add new domain), publique los registros DNS que se indican y envíe desde él una vez verificado; para una prueba rápida, puede añadir en su lugar la dirección como destinatario autorizado.`,
  'auth-failure': ({ login }) =>
    rt`Mailgun rechazó las credenciales que envía su aplicación: el nombre de usuario o la contraseña no son correctos. Establezca una nueva contraseña SMTP para su usuario (por ejemplo ${code(login)}) en Mailgun, en las credenciales SMTP del dominio, e introduzca ese usuario y esa contraseña en la configuración de correo de su aplicación; la clave de API y la contraseña de su cuenta de Mailgun no sirven ahí.`,
  'sender-check': () =>
    rt`El proveedor de destino rechazó el mensaje porque no pudo verificar que realmente procede de su dominio: los registros DNS de envío de su dominio (SPF, DKIM y un registro DMARC) faltan o no coinciden. Añada en su proveedor de DNS los registros que Mailgun muestra para su dominio de envío (Send → Sending → Domains → su dominio → DNS records), espere a que Mailgun los muestre como verificados y vuelva a enviar el mensaje.`,
  blocked: ({ host }) =>
    rt`El servidor de destino rechazó el mensaje porque la dirección IP o el dominio de envío figura en una lista de bloqueo, no por nada relacionado con el inicio de sesión ni las Routes de su configuración. ${host ? rt`El rechazo procede de ${code(host)}. ` : []}Estamos revisando esa inclusión en la lista; hasta que se retire, es posible que el correo a ese destino se siga rechazando.`,
  'api-auth': ({ euApi }) =>
    rt`La API de Mailgun rechazó la clave que usa su aplicación. Introduzca en la configuración de la aplicación una clave privada de API válida (o una clave de envío del dominio) de su cuenta de Mailgun, y use el host de la API de la región de su dominio (${code(euApi)} para un dominio de la región de la UE).`,
  'api-auth-region': ({ euApi }) =>
    rt`La API de Mailgun rechazó la solicitud porque se envió al host de la API de la región de EE. UU. de Mailgun, mientras que su dominio está en la región de la UE; la clave de API no tiene por qué ser incorrecta. En la configuración de su aplicación, establezca el host de la API de Mailgun (su URL base) en ${code(euApi)}, mantenga la misma clave y envíe un correo de prueba.`,
  'undetermined-writer-own-server': ({ recipient }) =>
    rt`Gracias por su mensaje. Un servidor de correo se negó a hacernos llegar su correo${recipient ? rt` (${code(recipient)})` : []}. Si el aviso apareció en su programa de correo al pulsar Enviar, su servidor de salida le pide que inicie sesión: active "Mi servidor de salida (SMTP) requiere autenticación" en la configuración de su cuenta (con el mismo nombre de usuario y contraseña que para recibir), o consulte a su proveedor de correo. Si le llegó como un mensaje devuelto, reenvíenoslo completo para que podamos ver qué servidor lo rechazó.`,
  'undetermined-writer': () =>
    rt`Gracias por avisarnos. ¿Podría reenviarnos el mensaje devuelto completo, tal como le llegó? En él figura el servidor que rechazó su correo, y así sabremos si el problema es nuestro (lo solucionaremos) o de su proveedor de correo (le indicaremos qué debe pedirle).`,
  'undetermined-not-receiving': ({ recipient }) =>
    rt`Gracias, y lamentamos que nuestros correos no le lleguen. Para que podamos averiguar dónde se detienen, ¿podría su equipo de TI enviarnos el error o la entrada del log completos que ven, con los nombres de los servidores? Si procede de su propio servidor de correo, quizá tengan que configurarlo para que acepte nuestro correo dirigido a ${recipient ? code(recipient) : text('su dirección')}.`,
  'undetermined-everyday': () =>
    rt`No hay ningún fallo en Mailgun: un servidor de correo se negó a transmitir un correo, lo que suele significar que falta algún ajuste, casi siempre los datos de acceso en la configuración de correo de su sitio web. Para saber de qué ajuste se trata: ¿esto le llegó de vuelta cuando su sitio web envió un correo (una confirmación de pedido, un formulario de contacto), o alguien le dijo que el correo que le envió a usted fue devuelto? Reenvíenos el mensaje devuelto completo, tal como le llegó.`,
  undetermined: () =>
    rt`Un servidor de correo se negó a transmitir el mensaje, pero el error no indica cuál. ¿Podría enviarnos el rebote o el log completo, con los nombres de los servidores, y decirnos dónde lo vio: en su aplicación, en un rebote que recibió o en los logs de Mailgun?`,
};
