import { code, rt, text } from '../rich.js';
import type { CustomerMessages } from './types.js';

export const PORTUGUESE: CustomerMessages = {
  'outgoing-everyday': ({ login }) =>
    rt`O seu site (ou app) tenta enviar os e-mails pelo Mailgun sem fazer login, e o Mailgun só repassa e-mails de remetentes que fazem login; não há nenhuma falha no Mailgun. A pessoa que cuida do site deve inserir os dados de acesso ao Mailgun do seu domínio (o login SMTP, como ${code(login)}, e a senha, ambos na sua conta Mailgun) nas configurações de e-mail do site. Os e-mails que falharam não foram enviados: envie-os novamente assim que o envio funcionar.`,
  outgoing: ({ login }) =>
    rt`A sua aplicação envia pelo servidor SMTP do Mailgun sem fazer login, e o Mailgun só repassa e-mails de sessões que fazem login. Por favor, ative a autenticação SMTP nas configurações de e-mail da aplicação com o login SMTP do seu domínio (como ${code(login)}) e a respectiva senha, na porta 587 com STARTTLS, e depois envie um teste.`,
  'incoming-to-writer': ({ recipient }) =>
    rt`Obrigado por nos avisar, e pedimos desculpas pelo transtorno: o problema é do nosso lado, não do seu. O nosso sistema de e-mail recusou a sua mensagem${recipient ? rt` para ${code(recipient)}` : []} porque esse endereço não estava configurado para receber e-mails. Estamos corrigindo isso; por favor, envie a mensagem novamente assim que confirmarmos, pois a que foi devolvida não ficou guardada.`,
  incoming: ({ recipient }) =>
    rt`A mensagem${recipient ? rt` para ${code(recipient)}` : []} chegou ao Mailgun, que recebe os e-mails desse domínio, mas nenhuma Route da conta Mailgun aceita esse endereço. Uma Route para ele resolve o problema; se os e-mails do domínio não devem ir para o Mailgun de forma alguma, os registros MX do domínio devem apontar para o servidor de e-mail real. Não há nenhum problema do lado do remetente.`,
  'recipient-host': ({ recipient, host }) =>
    rt`O Mailgun aceitou a mensagem e tentou entregá-la, mas o servidor de e-mail do destinatário${host ? rt` (${code(host)})` : []} a recusou, como se não recebesse e-mails para ${recipient ? code(recipient) : text('esse endereço')}. Por favor, verifique o endereço; se estiver correto, o administrador de e-mail do destinatário terá de configurar o servidor para aceitar e-mails para esse endereço.`,
  'unknown-user': ({ recipient, host }) =>
    rt`Os nossos e-mails para ${recipient ? code(recipient) : text('esse endereço')} são recusados pelo servidor de e-mail de destino${host ? rt` (${code(host)})` : []}, porque ele informa que o endereço não existe. Poderia confirmar o endereço correto ou perguntar à sua equipe de TI se o endereço foi removido ou renomeado?`,
  'mailbox-full': ({ recipient }) =>
    rt`Os nossos e-mails para ${recipient ? code(recipient) : text('esse endereço')} são recusados porque a caixa de correio está cheia. Assim que for liberado algum espaço nela, voltaremos a enviá-los.`,
  sandbox: () =>
    rt`A sua conta Mailgun ainda envia a partir do domínio de teste (sandbox), que só entrega e-mails a endereços que você aprovou como destinatários autorizados. Para enviar e-mails a qualquer outra pessoa, adicione o seu próprio domínio no Mailgun (Send → Sending → Domains → Add new domain), publique os registros DNS que ele indicar e, assim que o domínio for verificado, passe a enviar a partir dele; para um teste rápido, adicione em vez disso o endereço como destinatário autorizado.`,
  'auth-failure': ({ login }) =>
    rt`O Mailgun recusou o login que a sua aplicação envia: o nome de usuário ou a senha não estão corretos. Por favor, defina uma nova senha SMTP para o seu login (como ${code(login)}) no Mailgun, nas credenciais SMTP do domínio, e insira esse login e essa senha nas configurações de e-mail da aplicação; a chave de API e a senha da sua conta Mailgun não servem para isso.`,
  'sender-check': () =>
    rt`O provedor do destinatário recusou a mensagem porque não conseguiu verificar se ela vem mesmo do seu domínio: os registros DNS de envio do seu domínio (SPF, DKIM e um registro DMARC) estão ausentes ou não correspondem. Por favor, adicione no seu provedor de DNS os registros que o Mailgun mostra para o seu domínio de envio (Send → Sending → Domains → seu domínio → DNS records), aguarde até que o Mailgun os mostre como verificados e envie novamente.`,
  blocked: ({ host }) =>
    rt`O servidor de destino recusou a mensagem porque o endereço IP ou o domínio de envio está em uma lista de bloqueio, e não por algum problema no login ou nas Routes da sua configuração. ${host ? rt`A recusa veio de ${code(host)}. ` : []}Estamos verificando essa inclusão na lista; até que ela seja retirada, os e-mails para esse destino podem continuar sendo recusados.`,
  'api-auth': ({ euApi }) =>
    rt`A API do Mailgun recusou a chave que a sua aplicação usa. Por favor, insira nas configurações da aplicação uma chave de API privada válida (ou uma chave de envio do domínio) da sua conta Mailgun e use o host de API da região do seu domínio (${code(euApi)} para um domínio na região da UE).`,
  'undetermined-writer-own-server': ({ recipient }) =>
    rt`Obrigado pela mensagem. Um servidor de e-mail se recusou a repassar o seu e-mail para nós${recipient ? rt` (${code(recipient)})` : []}. Se o erro apareceu no seu programa de e-mail quando você clicou em Enviar, o seu servidor de saída exige que você faça login: por favor, ative a opção "Meu servidor de saída (SMTP) requer autenticação" nas configurações da sua conta (mesmo nome de usuário e senha usados para receber) ou consulte o seu provedor de e-mail. Se ele voltou como um e-mail de devolução, por favor, encaminhe-o completo para nós, para que possamos ver qual servidor o recusou.`,
  'undetermined-writer': () =>
    rt`Obrigado por nos avisar. Poderia nos encaminhar a mensagem completa que voltou para você, tal como está? Ela indica o servidor que recusou o seu e-mail e nos mostra se o problema está do nosso lado (nós vamos corrigi-lo) ou no seu provedor de e-mail (nós diremos o que pedir a ele).`,
  'undetermined-not-receiving': ({ recipient }) =>
    rt`Obrigado, e lamentamos que os nossos e-mails não estejam chegando até você. Para descobrirmos onde eles estão sendo barrados, a sua equipe de TI poderia nos enviar a mensagem de erro ou a entrada de log completa que está vendo, com os nomes dos servidores? Se ela vier do seu próprio servidor de e-mail, talvez a equipe precise permitir que ele aceite os nossos e-mails para ${recipient ? code(recipient) : text('o seu endereço')}.`,
  'undetermined-everyday': () =>
    rt`Não há nenhuma falha no Mailgun: um servidor de e-mail se recusou a repassar um e-mail, o que geralmente significa que falta alguma configuração, na maioria das vezes os dados de acesso nas configurações de e-mail do seu site. Para sabermos qual é a configuração: isso voltou quando o seu site enviou um e-mail (uma confirmação de pedido, um formulário de contato) ou alguém contou que o e-mail que enviou para você foi devolvido? Por favor, encaminhe-nos a mensagem completa que voltou, tal como está.`,
  undetermined: () =>
    rt`Um servidor de e-mail se recusou a repassar a mensagem, mas o erro não diz qual. Poderia enviar a mensagem de devolução ou o log completo, com os nomes dos servidores, e nos dizer onde isso apareceu: na sua aplicação, em uma devolução que você recebeu ou nos logs do Mailgun?`,
};
