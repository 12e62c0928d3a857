import { code, rt } from '../../rich.js';
import type { BriefWords } from './types.js';

/** " para a@b" after a word, or nothing. */
const to = (value: string | null) => (value ? rt` para ${code(value)}` : []);

export const PORTUGUESE: BriefWords = {
  title: 'Resumo',
  what: 'O que aconteceu',
  side: 'Onde está a causa',
  next: 'Próximos passos',
  cases: {
    outgoing: {
      what: (v) => rt`Os e-mails${to(v.recipient)} foram recusados pelo Mailgun, o serviço de e-mail por onde eles saem, porque o sistema que os envia não faz login no Mailgun na hora de enviar. Eles não foram entregues.`,
      side: () => rt`Uma configuração do sistema de envio, do lado do remetente; não é uma queda nem uma falha do Mailgun.`,
      next: () => rt`Quem cuida do sistema de envio cadastra nele os dados de acesso ao Mailgun; a partir daí, os e-mails voltam a sair. Os e-mails recusados precisam ser enviados de novo.`,
    },
    incoming: {
      what: (v) => rt`Os e-mails enviados${to(v.recipient)} são recusados no Mailgun, que recebe os e-mails desse domínio, porque lá não há nenhuma regra dizendo para onde devem ir os e-mails desse endereço.`,
      side: () => rt`Falta uma configuração na conta do Mailgun; não é uma queda, e não há nada de errado do lado de quem envia.`,
      next: () => rt`Adicionar a regra para o endereço resolve em poucos minutos. Os e-mails recusados até lá não foram guardados: quem os enviou precisa enviá-los de novo.`,
    },
    'recipient-host': {
      what: (v) => rt`O Mailgun aceitou o e-mail${to(v.recipient)} e tentou entregá-lo, mas o próprio servidor de e-mail do destinatário o recusou.`,
      side: () => rt`Do lado do destinatário: o servidor dele não aceita e-mails para esse endereço (muitas vezes, um endereço digitado errado). O problema não é do Mailgun nem do remetente.`,
      next: () => rt`Confirmar o endereço com o destinatário. Se estiver certo, a equipe de TI dele precisa aceitar e-mails para esse endereço; depois, o e-mail é enviado de novo.`,
    },
    'recipient-host-confirmed': {
      what: (v) => rt`O Mailgun aceitou o e-mail${to(v.recipient)} e tentou entregá-lo, mas o próprio servidor de e-mail do destinatário o recusou, embora o endereço esteja certo.`,
      side: () => rt`Do lado do destinatário: o servidor dele não aceita e-mails para esse endereço. O problema não é do Mailgun nem do remetente.`,
      next: () => rt`A equipe de TI do destinatário precisa mudar as configurações do servidor (vale enviar o erro para ela); depois, o e-mail é enviado de novo.`,
    },
    undetermined: {
      what: () => rt`Um servidor de e-mail se recusou a repassar um e-mail («Relaying denied»), mas o erro sozinho não mostra qual servidor foi, então a causa ainda não é conhecida.`,
      side: () => rt`Ainda não se sabe: é uma de três configurações (o login do remetente no Mailgun, as regras da conta do Mailgun para os e-mails recebidos ou o servidor do destinatário). Nenhuma delas é uma queda do Mailgun.`,
      next: () => rt`Conseguir a mensagem de erro completa ou o e-mail devolvido, que mostra qual delas é; a causa mais comum é um sistema de envio que não faz login.`,
    },
    'undetermined-sending': {
      what: () => rt`Os e-mails do sistema de envio foram recusados no momento do envio («Relaying denied»); o erro não diz qual servidor de e-mail ele usa.`,
      side: () => rt`Muito provavelmente do lado do remetente: o sistema de envio não faz login no servidor de e-mail pelo qual envia. Não é uma queda do Mailgun.`,
      next: () => rt`Verificar qual servidor de e-mail o sistema de envio usa e ativar o login nele; depois, os e-mails recusados são enviados de novo.`,
    },
    'auth-failure': {
      what: () => rt`O sistema de envio tentou fazer login no Mailgun, mas o usuário ou a senha não foram aceitos, então nada foi enviado.`,
      side: () => rt`Do lado do remetente: dados de acesso errados ou desatualizados no sistema de envio. Não é uma queda do Mailgun.`,
      next: () => rt`Informar os dados de acesso corretos no sistema de envio (ou criar uma nova senha no Mailgun); depois, os e-mails recusados são enviados de novo.`,
    },
    'unknown-user': {
      what: (v) => rt`O servidor de e-mail do destinatário diz que o endereço${v.recipient ? rt` ${code(v.recipient)}` : []} não existe.`,
      side: () => rt`O endereço: está errado ou não é mais usado (muitas vezes, um erro de digitação). Não há nada quebrado no Mailgun nem do lado do remetente.`,
      next: () => rt`Pedir ao destinatário o endereço correto e enviar o e-mail para esse endereço.`,
    },
    'mailbox-full': {
      what: (v) => rt`A caixa de entrada do destinatário${v.recipient ? rt` ${code(v.recipient)}` : []} está cheia, então o servidor dele não aceitou o e-mail.`,
      side: () => rt`Do lado do destinatário; não há nada para o remetente nem para o Mailgun corrigir.`,
      next: () => rt`O destinatário precisa liberar espaço; depois disso, o e-mail pode ser enviado de novo.`,
    },
    blocked: {
      what: () => rt`O servidor de e-mail do destinatário recusou o e-mail como provável spam, ou porque o servidor que o enviou está em uma lista de bloqueio.`,
      side: () => rt`Um filtro do lado de quem recebe, acionado pela reputação de envio; não é uma queda do Mailgun.`,
      next: () => rt`Pedir à equipe de TI do destinatário que libere os e-mails do remetente e descobrir o que causou o bloqueio (o erro costuma indicar a lista); depois, enviar de novo.`,
    },
    policy: {
      what: () => rt`O servidor de destino recusou o e-mail porque não conseguiu confirmar que ele vem mesmo do domínio do remetente.`,
      side: () => rt`Do lado do remetente: as configurações de autenticação do domínio (no DNS dele). Não é uma queda do Mailgun.`,
      next: () => rt`Quem cuida do DNS do domínio corrige as configurações de autenticação (a página do domínio no Mailgun mostra quais são); depois, os e-mails são enviados de novo.`,
    },
    'rate-limit': {
      what: () => rt`Saíram muitos e-mails de uma vez, então quem recebe está segurando o ritmo ou recusando alguns por enquanto.`,
      side: () => rt`Um limite, não uma falha: haverá novas tentativas automáticas para os e-mails recusados por enquanto.`,
      next: () => rt`Enviar em lotes menores; só são enviados de novo os e-mails que ainda falharem depois dessas novas tentativas.`,
    },
    sandbox: {
      what: () => rt`A conta do Mailgun ainda envia pelo domínio de teste dela, que só entrega para alguns endereços aprovados.`,
      side: () => rt`Uma configuração da conta do Mailgun; não é uma falha.`,
      next: () => rt`Configurar e verificar no Mailgun o domínio próprio do remetente e enviar por ele; aí os e-mails podem ir para qualquer pessoa.`,
    },
    'api-auth': {
      what: () => rt`O Mailgun recusou as solicitações do sistema de envio porque a chave de acesso dele está errada ou desatualizada, então nada foi enviado.`,
      side: () => rt`Do lado do remetente: a chave nas configurações do sistema de envio. Não é uma queda do Mailgun.`,
      next: () => rt`Colocar a chave de acesso atual do Mailgun nas configurações do sistema de envio; depois, os e-mails recusados são enviados de novo.`,
    },
    other: {
      what: () => rt`O envio falhou com um erro diferente de «Relaying denied».`,
      side: () => rt`Ver a resposta acima: ela indica a causa.`,
      next: () => rt`Seguir a correção indicada na resposta acima.`,
    },
  },
};
