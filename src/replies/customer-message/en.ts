import { code, rt, text } from '../rich.js';
import type { CustomerMessages } from './types.js';

export const ENGLISH: CustomerMessages = {
  'outgoing-everyday': ({ login }) =>
    rt`Your website (or app) tries to send its emails through Mailgun without signing in, and Mailgun passes emails on only for senders that sign in; nothing is broken at Mailgun. Whoever looks after the website needs to enter your domain's Mailgun sign-in (its SMTP login, such as ${code(login)}, and its password, both in your Mailgun account) in the website's email settings. The emails that failed were not sent: send them again once it works.`,
  outgoing: ({ login, port }) =>
    rt`Your application sends through Mailgun's SMTP server without logging in, and Mailgun passes mail on only for sessions that log in. Please make it log in with your domain's SMTP login (such as ${code(login)}) and its password, on port ${text(port)} with STARTTLS (turn on SMTP authentication in its mail settings, or add the login step to its code before it sends), then send a test.`,
  'outgoing-mail-server': ({ login, port }) =>
    rt`Your mail server relays mail through Mailgun's SMTP server without logging in, and Mailgun passes mail on only for sessions that log in. Please turn on SMTP authentication in its relay (smarthost) settings, with your domain's SMTP login (such as ${code(login)}) and its password, on port ${text(port)} with STARTTLS, then send a test; the messages that bounced were not sent and have to be sent again.`,
  'outgoing-to-recipient': ({ recipient }) =>
    rt`Sorry: a setting in our own email system was missing, so our emails${recipient ? rt` to ${code(recipient)}` : []} were not sent at all. Nothing is wrong with your address or your mailbox, and there is nothing you need to do. We are fixing it and will send them again.`,
  'incoming-to-writer': ({ recipient }) =>
    rt`Thank you for letting us know, and sorry for the trouble: the problem is on our side, not yours. Our mail system refused your message${recipient ? rt` to ${code(recipient)}` : []} because that address was not set up to receive mail. We are fixing it; please send your message again once we confirm, as the one that bounced was not kept.`,
  incoming: ({ recipient }) =>
    rt`The message${recipient ? rt` to ${code(recipient)}` : []} reached Mailgun, which receives mail for that domain, but no Route in the Mailgun account takes that address. A Route for it fixes this; if the domain's mail should not go to Mailgun at all, its MX records should point to the real mail server instead. Nothing is wrong on the sender's side.`,
  'recipient-host': ({ recipient, host, suggestion }) =>
    rt`Mailgun accepted the message and tried to deliver it, but the recipient's mail server${host ? rt` (${code(host)})` : []} refused it as if it did not handle mail for ${recipient ? code(recipient) : text('that address')}.${suggestion ? rt` The address looks mistyped: ${code(suggestion)} is most likely the one meant. Please send the message again to that address.` : rt` Please check the address; if it is right, the recipient's mail administrator has to set their server up to accept mail for it.`}`,
  'recipient-host-confirmed': ({ recipient, host }) =>
    rt`Mailgun accepted the message and tried to deliver it, but the recipient's mail server${host ? rt` (${code(host)})` : []} refused it as if it did not handle mail for ${recipient ? code(recipient) : text('that address')}. As the address is right, the fix is on the recipient's side: their mail administrator has to set their server up to accept mail for it, or correct their domain's MX records if they point to a server that no longer handles its mail. Nothing in your setup or your Mailgun account causes it.`,
  'recipient-host-to-recipient': ({ recipient, host }) =>
    rt`Our emails to ${recipient ? code(recipient) : text('your address')} are refused by your mail server${host ? rt` (${code(host)})` : []}, which answers as if it did not handle mail for that address. Could you forward this to whoever runs your email (your IT, or your email provider)? Your server has to be set up to accept mail for it; if your domain's mail moved to another provider, its MX records may still point to the old server. Once that is done, we will send our emails again.`,
  'unknown-user': ({ recipient, host, suggestion }) =>
    rt`Your email to ${recipient ? code(recipient) : text('that address')} was refused by the recipient's mail server${host ? rt` (${code(host)})` : []} because that address does not exist there; nothing in your setup or your Mailgun account causes it.${suggestion ? rt` The address looks mistyped: ${code(suggestion)} is most likely the one meant. Please send the email again to that address.` : rt` Please check the address for a typo, or ask the recipient for the right one, and send the email again to it.`}`,
  'unknown-user-confirmed': ({ recipient, host }) =>
    rt`Your email to ${recipient ? code(recipient) : text('that address')} was refused by the recipient's mail server${host ? rt` (${code(host)})` : []} because it has no mailbox for that address; nothing in your setup or your Mailgun account causes it. As the address is right, the recipient (or their mail administrator) has to check it on their side: the mailbox may not be set up yet, or may have been closed or renamed. Once it exists, send the email again.`,
  'typo-to-recipient': ({ recipient, suggestion }) =>
    rt`Our emails did not reach you: we had your address as ${recipient ? code(recipient) : text('one that looks mistyped')}, which was refused. Is ${suggestion ? code(suggestion) : text('the address you write from')} your right address? We will correct it and send them again.`,
  'mailbox-full': ({ recipient }) =>
    rt`Your email to ${recipient ? code(recipient) : text('that address')} was refused because the recipient's mailbox is full; nothing in your setup or your Mailgun account causes it, and only the recipient can make room. Once they have, remove the address from your domain's Bounces list in Mailgun if it is there (Mailgun sends nothing more to an address on it), then send the email again.`,
  'unknown-user-to-recipient': ({ recipient, host }) =>
    rt`Our emails to ${recipient ? code(recipient) : text('that address')} are refused by the receiving mail server${host ? rt` (${code(host)})` : []} because it says the address does not exist. Could you confirm the right address, or ask whoever runs your email (your IT, or your email provider) whether it was removed or renamed?`,
  'mailbox-full-to-recipient': ({ recipient }) =>
    rt`Our emails to ${recipient ? code(recipient) : text('that address')} are refused because the mailbox is full. Once some room is made in it, we will send them again.`,
  sandbox: () =>
    rt`Your Mailgun account still sends from its test (sandbox) domain, which delivers only to addresses you have approved as authorized recipients. To email anyone else, add your own domain in Mailgun (Send → Sending → Domains → Add new domain), publish the DNS records it shows, and send from it once it is verified; for a quick test, add the address as an authorized recipient instead.`,
  'auth-failure': ({ login }) =>
    rt`Mailgun refused the login your application sends: the user name or password is not right for it. Please set a new SMTP password for your login (such as ${code(login)}) in Mailgun, under the domain's SMTP credentials, and enter that login and password in your application's mail settings; the API key and your Mailgun account password do not work there.`,
  'auth-failure-mail-server': ({ login }) =>
    rt`Mailgun refused the login your mail server sends: its user name or password is not the one Mailgun has (after a password change, the server keeps sending the old one until its settings are updated and reloaded). Please enter your domain's SMTP login (such as ${code(login)}) and its current password in the server's relay (smarthost) settings, rebuild its password map if it uses one (postmap for Postfix, makemap for Sendmail), reload the server and send a test; the API key and your Mailgun account password do not work there.`,
  'auth-failure-after-reset': ({ login }) =>
    rt`Mailgun refused the login your application sends: the SMTP password was changed in Mailgun, but the application still sends the old one. Please enter the new password for your login (such as ${code(login)}) in its mail settings or configuration file, restart it (or clear its cached settings) so that it reads the new one, and send a test; the API key and your Mailgun account password do not work there.`,
  'sender-check': () =>
    rt`The receiving provider refused the message because it could not verify that it really comes from your domain: the message did not pass your domain's sender checks (SPF or DKIM), so one of its DNS records for sending is missing, not yet verified, or does not cover the address it was sent from. Please open the records Mailgun shows for your sending domain (Send → Sending → Domains → your domain → DNS records), add any that is missing or unverified at your DNS host, wait until Mailgun shows them all verified, make sure the From address is at that domain, then send again.`,
  'sender-check-to-recipient': ({ recipient }) =>
    rt`Our emails${recipient ? rt` to ${code(recipient)}` : []} are refused by your mail provider because it could not verify that they really come from us: a setting on our side needs correcting. Nothing is wrong with your address, and there is nothing you need to do; we will send them again once it is fixed.`,
  blocked: ({ host }) =>
    rt`The receiving server refused the message because the sending IP address or domain is on a block list, not because of anything in your setup's login or Routes. ${host ? rt`The refusal came from ${code(host)}. ` : []}We are looking at the listing; until it is lifted, mail to that receiver may keep being refused.`,
  'blocked-to-recipient': ({ recipient, host }) =>
    rt`Our emails${recipient ? rt` to ${code(recipient)}` : []} are refused by your mail provider${host ? rt` (${code(host)})` : []}, which has put the server we send from on its block list; nothing is wrong with your address, and nothing you did causes it. We are having the block lifted; until then our emails may not reach you.`,
  'api-auth': ({ euApi }) =>
    rt`Mailgun's API refused the key your application uses. Please put a valid private API key (or a domain sending key) from your Mailgun account into its settings, and use the API host of your domain's region (${code(euApi)} for a domain in the EU region).`,
  'api-auth-region': ({ euApi }) =>
    rt`Mailgun's API refused the request because it went to the API host of Mailgun's US region, while your domain is in the EU region; the API key need not be wrong. Please set your application's Mailgun API host (its base URL) to ${code(euApi)}, keep the same key, and send a test.`,
  'undetermined-writer-own-server': ({ recipient }) =>
    rt`Thank you for the message. A mail server refused to pass your email on to us${recipient ? rt` (${code(recipient)})` : []}. If it popped up in your mail program when you pressed Send, your outgoing server wants you to log in: please turn on "My outgoing server (SMTP) requires authentication" in your account's settings (same user name and password as for receiving), or ask your mail provider. If it came back as a bounce email, please forward it to us whole, so we can see which server refused it.`,
  'undetermined-writer': () =>
    rt`Thank you for letting us know. Could you forward us the whole message that came back to you, as it is? It names the server that refused your email, and tells us whether the problem is on our side (we will fix it) or with your mail provider (we will tell you what to ask them).`,
  'undetermined-not-receiving': ({ recipient }) =>
    rt`Thank you, and sorry our emails are not reaching you. So that we can find where they are stopped, could your IT send us the whole error or log entry they see, with the server names in it? If it comes from your own mail server, they may need to let it accept mail for ${recipient ? code(recipient) : text('your address')} from us.`,
  'undetermined-to-outsider': ({ recipient }) =>
    rt`Sorry for the trouble with our email: a mail server refused to pass on a message between you and us${recipient ? rt` (${code(recipient)})` : []}. We are looking into it. If you wrote to us and your message came back, please send it again once we let you know it is fixed; if you were expecting an email from us, we will send it again.`,
  'undetermined-everyday': () =>
    rt`Nothing is broken at Mailgun: a mail server refused to pass one email on, which usually means a setting is missing, most often the sign-in in your website's email settings. So that we can tell which setting: did this come back when your website sent an email (an order confirmation, a contact form), or did someone tell you that their email to you bounced? Please forward us the whole message that came back, as it is.`,
  undetermined: () =>
    rt`A mail server refused to pass the message on, but the error does not say which one. Could you send the whole bounce or log, with the server names in it, and tell us where you saw it: in your application, in a bounce you received, or in Mailgun's logs?`,
};
