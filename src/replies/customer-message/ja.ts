import { code, quote, rt, text } from '../rich.js';
import type { RichText } from '../model.js';
import { gatewayMayNotLogIn, pluginEncryption, type CustomerMessages, type LoginCause } from './types.js';

/** 見つかった原因とその修正方法 (一般的な「ログインするようにしてください」の代わり)。 */
const loginCauseFix = (cause: LoginCause, login: string): RichText =>
  cause.kind === 'variable-mismatch'
    ? rt`アプリケーションは SMTP の${text(cause.role === 'login' ? 'ログイン' : 'パスワード')}を ${code(cause.read)} から読み込みますが、実行環境には ${code(cause.set)} しか設定されていないため、まったくログインしていません。2 つの名前を (コード側か実行環境側で) 一致させ${cause.role === 'login' ? text('、パスワードの変数も同様に確認し') : []}、${cause.compose ? rt`コンテナーを作り直して (${code('docker compose up -d')}。再起動だけでは古い環境のままです) から` : text('アプリケーションを再起動してから')}テスト送信を行ってください。ログインには、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードを使用します。`
    : cause.kind === 'default-credentials'
    ? rt`コードで ${code('UseDefaultCredentials = true')} が設定されているため、.NET は Windows アカウント自身の資格情報を使おうとしますが、Mailgun ではそれを使えず、ログインが送信されません。${code('Credentials = new NetworkCredential(login, password)')} より前に ${code('UseDefaultCredentials = false')} を設定し、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードを指定したうえで、テスト送信を行ってください。`
    : cause.kind === 'call-missing'
    ? rt`コードがログインを一度も行っていません。${code(cause.marker)} と書かれた箇所に、ログインの呼び出しがありません。そこに ${code(cause.after)} の後で ${code(cause.call)} を追加し、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードを渡したうえで、テスト送信を行ってください。パスワード自体は問題ではありません。コードがパスワードを送信していないためです。`
    : cause.kind === 'line-commented'
    ? rt`ログインの行がコメントアウトされています (${code(cause.line)})。行頭の ${code(cause.marker)} を削除し、ドメインの SMTP ログイン (例: ${code(login)}) と現在のパスワードを設定したうえで、アプリケーションを再起動してテスト送信を行ってください。`
    : cause.kind === 'env-empty'
    ? rt`サーバーの .env で、${code(cause.login)} にドメインのSMTPログイン（例：${code(login)}）を、${code(cause.password)} にそのパスワードを設定し、アプリケーションが読み込むよう ${code(cause.apply)} を実行してから、テストメールを送信してください。`
    : cause.kind === 'setting-empty'
    ? rt`コードは${text(cause.role === 'login' ? 'ログイン' : 'パスワード')}の設定に値があるときだけログインしますが (${code(cause.condition)})、実行環境ではその設定が空のため、まったくログインしていません。実行環境にドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードを設定し、アプリケーションを再起動してからテスト送信を行ってください。`
    : rt`設定ではログインが ${code(cause.shown)} として指定されていますが、アプリケーションが読み込むのは ${code(cause.right)} のため、まったくログインしていません。値はそのままで ${code(cause.shown)} を ${code(cause.right)} に変更し、アプリケーションを再起動してからテスト送信を行ってください。`;

export const JAPANESE: CustomerMessages = {
  'outgoing-everyday': ({ login, loginCause }) =>
    rt`お客様のウェブサイト (またはアプリ) は、サインインせずに Mailgun 経由でメールを送信しようとしていますが、Mailgun はサインインした送信者のメールしか中継しません。Mailgun 側に不具合はありません。${loginCause ? rt`ウェブサイトを管理している方に、次の 1 点だけ変更していただく必要があります。${loginCauseFix(loginCause, login)}` : rt`ウェブサイトを管理している方に、ウェブサイトのメール設定に、ドメインの Mailgun のサインイン情報、つまり SMTP ログイン (例: ${code(login)}) とそのパスワード (どちらもお客様の Mailgun アカウントにあります) を入力してもらう必要があります。`}送信に失敗したメールは送られていませんので、正常に送信できるようになってから改めて送信してください。`,
  outgoing: ({ login, port, tls, stoppingLine, appSettings, loginCause }) =>
    rt`お客様のアプリケーションはログインせずに Mailgun の SMTP サーバー経由で送信していますが、Mailgun はログインしたセッションのメールしか中継しません。${stoppingLine ? rt`お送りいただいた設定では、次の行が原因です：${code(stoppingLine)}。` : []}${loginCause ? loginCauseFix(loginCause, login) : rt`アプリケーションが、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードを使用して、ポート ${text(port)} と ${text(tls)} でログインするようにしてください (アプリケーションのメール設定で SMTP 認証を有効に${appSettings ? [] : text('するか、送信前にログインする処理をコードに追加')}します)。そのうえで、テスト送信を行ってください。`}`,
  'outgoing-gateway': ({ login, gateway }) =>
    rt`お客様のメールゲートウェイ${gateway ? rt` (${text(gateway)})` : []}は、ログインせずにメールを Mailgun の SMTP サーバーに渡していますが、Mailgun はログインした送信者のメールしか中継しません。ゲートウェイにも Mailgun にも障害は起きていません。ゲートウェイが対応していれば、Mailgun へのルートでドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードを使ってログインする必要があります${gatewayMayNotLogIn(gateway) ? rt` (Google Workspace のルーティングは対応していません)` : []}。対応していない場合は、ルートを削除するか、ログインする独自のリレー経由で送信するか、アプリケーションから直接 Mailgun に送信してください。送信に失敗したメールは送られていないため、設定後にもう一度送信してください。`,
  'outgoing-connector': ({ login }) =>
    rt`Microsoft 365 の送信コネクタはメールを Mailgun の SMTP サーバーに渡していますが、コネクタはログインできません (ユーザー名やパスワードの設定がありません)。Mailgun はログインした送信者のメールしか中継しません。コネクタの設定では解決できないため、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードで Mailgun にログインする自社のリレーを経由させるか、これらのメールを作成するアプリケーションから直接 Mailgun に送信する必要があります。送信に失敗したメールは送られていないので、対応後に再送してください。`,
  'outgoing-plugin': ({ login, port, tls }) =>
    rt`お客様のウェブサイトのメールプラグイン (WP Mail SMTP などの SMTP プラグイン) がログインせずに Mailgun の SMTP サーバー経由で送信していますが、Mailgun はログインした送信者のメールしか中継しません。WordPress でプラグインの設定 (WP Mail SMTP の場合: WP Mail SMTP、設定) を開き、認証をオンにして (オンにするとユーザー名とパスワードを入力できるようになります)、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワード (ログインは Mailgun アカウントの Send → Sending → Domains → お客様のドメイン → SMTP credentials にあります。既存のパスワードは再表示されないため、分からない場合はそこで新しいパスワードを設定してください) を、ポート ${text(port)}、暗号化 ${text(pluginEncryption(tls))} で入力してください。保存したら、プラグインからテストメールを送信してください (WP Mail SMTP の場合: ツール、メールテスト)。失敗したメールは送信されていません。テストが成功したら再送してください。`,
  'outgoing-plugin-steps': ({ login, port, tls }) =>
    rt`ウェブサイトのメールプラグインはログインせずにMailgunのSMTPサーバー経由で送信しており、Mailgunはログインした送信者のメールしか中継しません。手順は次のとおりです。\n1. WordPressでプラグインの設定を開きます（WP Mail SMTPの場合：WP Mail SMTP →「設定」）。\n2. 認証をオンにします（オンにすると、ユーザー名とパスワードを入力できるようになります）。\n3. ユーザー名にドメインのSMTPログイン（例：${code(login)}）を、その下にパスワードを入力します。ログインはMailgunアカウントの Send → Sending → Domains → お客様のドメイン → SMTP credentials にあります。パスワードが分からない場合は、そこで新しいものを設定してください。\n4. ポート${text(port)}と暗号化${text(pluginEncryption(tls))}のまま保存します。\n5. プラグインからテストメールを送信します（WP Mail SMTPの場合：「ツール」→「メールテスト」）。\n失敗したメールは送信されていません。テストが成功したら、もう一度送信してください。`,
  'outgoing-mail-program': ({ login, port, tls }) =>
    rt`お客様のメールソフト (Thunderbird、Outlook など) がログインせずに Mailgun の SMTP サーバー経由で送信していますが、Mailgun はログインした送信者のメールしか中継しません。送信 (SMTP) サーバーの設定 (Thunderbird: アカウント設定、送信 (SMTP) サーバー、編集、認証方式「通常のパスワード認証」; Outlook: アカウント設定、詳細設定、送信サーバー、「送信サーバー (SMTP) は認証が必要」にチェック) で認証をオンにし、ドメインの SMTP ログイン (例: ${code(login)}) をユーザー名に、その SMTP パスワード (メールボックスや Mailgun アカウントのパスワードではありません) を入力し、ポート ${text(port)} と ${text(tls)} で設定してください。その後テストメールを送信してください。パスワードを何度も求められる場合は、先に保存されている古いパスワードを削除してください。`,
  'outgoing-device': ({ login, port, tls }) =>
    rt`お客様のプリンター (またはスキャナー) は、ログインせずに Mailgun の SMTP サーバー経由でメールを送信していますが、Mailgun はログインした送信者のメールしか中継しません。機器のメール (SMTP) 設定 (通常は機器の Web 画面) で SMTP 認証を有効にし、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードを入力して、ポート ${text(port)} と ${text(tls)} を設定してください。そのうえで、テストのスキャン送信を行ってください。失敗したスキャンは送信されていないため、動作するようになったら改めてスキャンしてください。`,
  'outgoing-mail-server': ({ login, port, tls, queued }) =>
    rt`お客様のメールサーバーはログインせずに Mailgun の SMTP サーバー経由でメールを中継していますが、Mailgun はログインしたセッションのメールしか中継しません。サーバーのリレー (スマートホスト) 設定で SMTP 認証を有効にし、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードを使用して、ポート ${text(port)} と ${text(tls)} でログインするようにしてください。そのうえで、テスト送信を行ってください。${text(queued ? 'キューで待機中のメッセージはまだ送信されておらず、ログインできるようになれば次回の再試行で自動的に送信されます。' : '返送されたメッセージは送信されていないため、改めて送信する必要があります。')}`,
  'outgoing-postfix': ({ login, port, smtpHost, stoppingLine, queued }) =>
    rt`お客様の Postfix サーバーはログインせずに Mailgun の SMTP サーバー経由でメールを中継していますが、Mailgun はログインしたセッションのメールしか中継しません。Postfix はログイン情報をまったく送信していないため、ログインやパスワード自体が問題なのではありません。${stoppingLine ? rt`お送りいただいた設定では、次の行が原因です：${code(stoppingLine)}。` : []}${code('/etc/postfix/main.cf')} で ${code(`relayhost = [${smtpHost}]:${port}`)}、${code('smtp_sasl_auth_enable = yes')}、${code('smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd')}、${code('smtp_sasl_security_options = noanonymous')}、${code('smtp_tls_security_level = encrypt')} を設定してください。ドメインの SMTP ログインとパスワードを ${code('/etc/postfix/sasl_passwd')} に ${code(`[${smtpHost}]:${port} ${login}:PASSWORD`)} の形式で記入し (キーは ${code('relayhost')} とまったく同じ書き方にします)、${code('postmap /etc/postfix/sasl_passwd')} と ${code('postfix reload')} を実行してから、テスト送信を行ってください。${text(queued ? 'キューで待機中のメッセージはまだ送信されておらず、ログインできるようになれば次回の再試行で自動的に送信されます。' : '返送されたメッセージは送信されていないため、改めて送信する必要があります。')}`,
  'outgoing-postfix-login-on': ({ queued, postfixMap }) =>
    rt`お使いの Postfix サーバーは Mailgun にログインする設定になっていますが、ログインが行われていないため、Mailgun がメールの中継を拒否しています。まず main.cf がパスワードマップを指定しているか (${code('postconf smtp_sasl_password_maps')} で確認できます)、${code(postfixMap.path)} の行が ${code('relayhost')} 設定と同じ書き方のリレーホストで始まっているかを確認してください。そのうえで、SASL のログインモジュールがなければインストールし (Debian と Ubuntu は ${code('libsasl2-modules')}、RHEL は ${code('cyrus-sasl-plain')})、${postfixMap.texthash ? rt`main.cf (ConfigMap) でマップを ${code(`texthash:${postfixMap.path}`)} と指定し (Secret からマウントしたファイルは読み取り専用で、texthash: はプレーンテキストとして読まれるため ${code('postmap')} は不要です)、${code('kubectl rollout restart')} で Pod を再起動してください。` : rt`${code(`postmap ${postfixMap.argument}`)} でパスワードマップを作り直してから、${code('postfix reload')} と ${code('postqueue -f')} を実行してください。`}${text(queued ? 'キューにあるメールはその後送信されます。' : '拒否されたメールは送信されていないため、送り直す必要があります。')}`,
  'outgoing-postfix-key': ({ relayhostKey, queued }) => {
    const key = relayhostKey ?? '[smtp.mailgun.org]:587';
    return rt`お使いの Postfix サーバーは Mailgun にログインする設定ですが、ログイン情報を ${code('/etc/postfix/sasl_passwd')} の中から ${code('relayhost')} 設定に書かれたとおりのリレーホスト名で探します。そのファイルの行は別のホスト名で書かれているため、ログインが行われず、Mailgun がメールの中継を拒否しています。その行の先頭を ${code(key)} に変更し (そのホスト用のドメインの SMTP ログインとパスワードで)、${code('postmap /etc/postfix/sasl_passwd')}、${code('postfix reload')}、${code('postqueue -f')} を実行してください。${text(queued ? 'キューにあるメールはその後送信されます。' : '拒否されたメールは送信されていないため、送り直す必要があります。')}`;
  },
  'outgoing-swaks': ({ login, port, tls }) =>
    rt`テストではログインしていません。swaks コマンドがログインのオプションなしで実行されたため、SMTP のログイン名とパスワードが使われる前に Mailgun に拒否されました (ログイン情報自体は正しい可能性があります)。${code(`--auth PLAIN --auth-user ${login} --auth-password`)} とパスワードを付け、${code(tls === 'SSL/TLS' ? '--tlsc' : '--tls')} でポート ${text(port)} に対してもう一度実行してください。`,
  'outgoing-to-recipient': ({ recipient }) =>
    rt`申し訳ございません。当社のメールシステムに必要な設定が欠けていたため、当社からお送りするはずだった${recipient ? rt` ${code(recipient)} 宛ての` : []}メールが、まったく送信されていませんでした。お客様のアドレスやメールボックスには問題はなく、お客様に対応していただくことは何もありません。現在修正を進めており、修正後に改めてお送りいたします。`,
  'incoming-to-writer': ({ recipient }) =>
    rt`ご連絡いただきありがとうございます。ご迷惑をおかけして申し訳ございません。今回の問題はお客様側ではなく、当社側にあります。お客様の${recipient ? rt` ${code(recipient)} 宛ての` : []}メッセージは、そのアドレスがメールを受信できるよう設定されていなかったため、当社のメールシステムで受信を拒否されました。現在修正を進めております。返送されたメッセージは保存されていないため、修正完了をお知らせしましたら、お手数ですがもう一度お送りください。`,
  'incoming-everyday': ({ recipient, routesDeleted, otherRoute, routeToApp }) =>
    rt`${recipient ? code(recipient) : text('お客様のアドレス')} 宛てのメールが拒否されています。ご利用のメールサービス（Mailgun）がこのアドレス宛てのメールを扱っていますが、${text(routeToApp ? 'お客様のシステム（ヘルプデスクやアプリケーション）へ渡す設定' : 'お客様のメールボックスへ渡す設定')}がないため、受け取りを拒否しています。${otherRoute ? rt`お客様のアドレス ${code(otherRoute)} にはすでにこの設定があります。このアドレスにも同じ設定が必要です。` : []}${routesDeleted ? text('この設定は、最近の設定の整理で削除された可能性が高いです。') : []}メールの設定を管理している方に、この設定を作成していただく必要があります。その後は、このアドレス宛てのメールが再び届くようになります。それまでに拒否されたメールは保存されていないため、エラーの通知を受け取った方には、メールを送り直していただく必要があります。送信者側には問題はありません。`,
  'incoming-mx-not-meant': ({ recipient }) =>
    rt`ドメインの MX レコード (受信メール用の DNS 設定) にまだ Mailgun のサーバーが含まれているため、${recipient ? rt`${code(recipient)} 宛ての` : []}メールが Mailgun に拒否されました。このドメインのメールは Mailgun で受信する想定ではありません。ドメインの DNS から Mailgun を指す MX レコード (${code('mxa')} と ${code('mxb')} …${code('mailgun.org')}) を削除し、メールボックスのあるメールサービスの MX レコードだけを残してください。Mailgun での送信に MX レコードは不要です。拒否されたメールは送り直す必要があります。`,
  incoming: ({ recipient, routesInUse, mxMeant, routeFix, routesDeleted, otherRoute }) =>
    routeFix
      ? rt`${recipient ? rt`${code(recipient)} 宛ての` : []}メッセージは、そのドメインのメールを受信している Mailgun に届きましたが、そのために設定された Route ${code(routeFix.shown)} はこのアドレスを受け付けません(別のアドレス用に書かれています)。Route の式を ${code(routeFix.corrected)} に修正し、アクションはそのままにしてください(Mailgun の管理画面の Receiving、Routes)。新しい Route や DNS の変更は不要です。変更はすぐに反映されます。それまでに拒否されたメールは自動では届かないため、送信者に再送してもらう必要があります。送信者側には問題ありません。`
      : rt`${recipient ? rt`${code(recipient)} 宛ての` : []}メッセージは、そのドメインのメールを受信している Mailgun に拒否されました。Mailgun アカウントにそのアドレスを受け付ける Route がないためです。${routesDeleted ? text('このアドレス用の Route は、最近削除された Route の中に含まれていた可能性が高いです。このアドレス用の Route を作り直せば解決し、ほかに変更は必要ありません。') : otherRoute && !routesInUse ? rt`既存の Route が受け付けるのは ${code(otherRoute)} だけで、このアドレスは対象外です。このアドレス用の Route も作成すれば (またはドメインのすべてのアドレスを対象にする Route を作成すれば) 解決し、ほかに変更は必要ありません。` : rt`このアドレス用の Route を作成すれば解決します${routesInUse ? text('。ドメインの他のアドレスにはすでに Route があるので、MX レコードは正しく、変更は不要です。') : mxMeant ? text('。') : text('。そのドメインのメールをそもそも Mailgun で受信すべきでない場合は、ドメインの MX レコードを実際のメールサーバーに向ける必要があります。')}`}それまでに拒否されたメールは保存されていないため、送信者に再送してもらう必要があります。送信者側には問題はありません。`,
  'recipient-host': ({ recipient, host, suggestion, loginFine, domainRefused }) =>
    domainRefused
      ? rt`Mailgun はメッセージを受け付けて配信を試みましたが、受信者のメールサーバー${host ? rt` (${code(host)}) ` : []}は、表示されている ${code(domainRefused.domain)} のすべてのアドレス (${text(String(domainRefused.count))} 件) について、そのドメインのメールをまったく扱っていないかのように拒否しました。Mailgun は正常に動作しています。受信者側のメール管理者が、${code(domainRefused.domain)} 宛てのメールを再び受け付けるようサーバーを設定する (またはメールボックスのあるサーバーに MX レコードを向ける) 必要があります。その後、メッセージを送り直せます。`
      : rt`Mailgun はメッセージを受け付けて配信を試みましたが、受信者のメールサーバー${host ? rt` (${code(host)}) ` : []}が、${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールを扱っていないかのように受信を拒否しました。${suggestion ? rt`アドレスが誤入力されているようです。本来の宛先は ${code(suggestion)} である可能性が高いため、そのアドレス宛てにメッセージを再度送信してください。` : rt`アドレスをご確認ください。アドレスが正しい場合は、受信者側のメール管理者が、そのアドレス宛てのメールを受け付けるようサーバーを設定する必要があります。`}お客様の設定や Mailgun アカウントに原因があるわけではありません。${loginFine ? text('ログイン情報やパスワードは原因ではありません。Mailgun はメッセージを受け付けているので、変更しても解決しません。') : []}`,
  'suppressed-after-fix': ({ recipient }) =>
    rt`受信者側のサーバーが以前 ${recipient ? code(recipient) : text('そのアドレス')} 宛てのメッセージを拒否したため、Mailgun はこのアドレスへの配信を停止しています。このアドレスはお客様のドメインのバウンス済みアドレスの一覧に載っており、以後のメッセージは配信を試みずに破棄されます。受信者側の問題はすでに解決しているので、このアドレスを一覧から外してください(Mailgun の Suppressions、Bounces で削除できます)。その後、メッセージをもう一度送信してください。破棄されたメッセージは自動では再送されません。`,
  'recipient-host-own-server': ({ recipient, host, reporter }) =>
    rt`メッセージを配信しようとしたのはお客様ご自身のメールサーバー${reporter ? rt` (${code(reporter)})` : []}で、受信者のメールサーバー${host ? rt` (${code(host)})` : []}が ${recipient ? code(recipient) : text('そのアドレス')} のメールを扱っていないかのように拒否しました。この配信に Mailgun は関わっていません。アドレスをご確認ください。正しい場合は、受信者側のメール管理者がそのアドレス宛てのメールを受け付けるようサーバーを設定する必要があります。`,
  'recipient-host-confirmed': ({ recipient, host, microsoft365, tenantAttribution, loginFine }) =>
    rt`Mailgun はメッセージを受け付けて配信を試みましたが、受信者のメールサーバー${host ? rt` (${code(host)}) ` : []}が、${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールを扱っていないかのように受信を拒否しました。アドレスは正しいため、解決には受信者側での対応が必要です。受信者側のメール管理者が、そのアドレス宛てのメールを受け付けるようサーバーを設定する${tenantAttribution ? text(`必要があります（Microsoft 365 はこのように拒否します（5.7.64 TenantAttribution）。多くの場合、IP アドレスや証明書がもう一致しないオンプレミス型の受信コネクタが原因です：Exchange 管理センター、メール フロー、コネクタ）。`) : microsoft365 ? text('必要があります（Microsoft 365 では、メールボックスのあるテナントにそのドメインを追加・確認し、承認済みドメインにします）。') : text('か、受信者のドメインの MX レコードが、そのドメインのメールをもう扱っていないサーバーを指している場合はそれを修正する必要があります。')}この拒否の内容を先方に転送してください。どこを確認すべきかが分かります。お客様の設定や Mailgun アカウントに原因があるわけではありません。${loginFine ? text('ログイン情報やパスワードは原因ではありません。Mailgun はメッセージを受け付けているので、変更しても解決しません。') : []}`,
  'recipient-host-person-confirmed': ({ recipient }) =>
    rt`メールアドレスをご確認いただきありがとうございます。アドレスは正しいのですが、ご利用のメールサービスのメールサーバーが、${recipient ? code(recipient) : text('お客様のアドレス')} 宛てに当方からお送りするメールの受け取りを拒否しているため、メールが届いておりません。お客様に問題があるわけではございません。別のメールアドレスをお持ちでしたらお知らせください。または、ご利用のメールサービスのサポートにご確認いただくこともできます（そのサーバーは、お客様のアドレス宛てのメールを扱っていないと応答しています）。それまでの間は、別の方法でご連絡いたします。`,
  'recipient-host-to-person': ({ recipient }) =>
    rt`${recipient ? code(recipient) : text('お客様のアドレス')} 宛てにメールをお送りしましたが、そのアドレスのメールサーバーに受け取りを拒否されました。アドレスが正しいかご確認いただくか、別のアドレスをお知らせいただけますでしょうか。アドレスをいただき次第、改めてメールをお送りします。`,
  'recipient-host-address-changed': ({ recipient, host, newAddress }) =>
    rt`Mailgun はメッセージを受け付けて配信を試みましたが、受信者のメールサーバー${host ? rt` (${code(host)}) ` : []}に拒否されました。受信者は${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}でのメールの受け取りをやめており、新しいアドレス${newAddress ? rt` (${code(newAddress)}) ` : []}があります${newAddress ? [] : text(' (新しいアドレスは受信者にご確認ください)')}。Mailgun で変更する必要はありません。新しいアドレス宛てにメッセージを送り、古いアドレスが登録されている箇所の連絡先を更新してください。`,
  'recipient-host-to-recipient': ({ recipient, host, refusal, readerRunsMail, microsoft365, tenantAttribution, othersReach }) =>
    rt`当社から${recipient ? rt` ${code(recipient)} ` : text('お客様のアドレス')}宛てのメールが、お客様のメールサーバー${host ? rt` (${code(host)}) ` : []}に拒否されています。サーバーは、そのアドレス宛てのメールを扱っていないかのように応答しています。${refusal ? rt`サーバーの応答: ${quote(refusal)}。` : []}${readerRunsMail ? [] : text('この内容を、お使いのメールを管理している方 (IT 担当者、またはご利用のメールプロバイダー) に転送していただけますでしょうか。')}そのアドレス宛てのメールを受け付けるよう、お客様のサーバーを設定する必要があります。${tenantAttribution ? text('Microsoft 365 は、当社の配信をお客様のテナントに関連付けられない場合にこのように拒否します（5.7.64 TenantAttribution）。多くの場合、IP アドレスや証明書がもう一致しないオンプレミス種別の受信コネクタが原因で、テナントの承認済みドメインにドメインがないこともあります（Exchange 管理センター：メール フロー、コネクタ、および承認済みドメイン）。') : microsoft365 ? text('Microsoft 365 では、お客様のドメインがテナントの承認済みドメインとして追加・確認されている必要があります。') : othersReach ? text('他の送信者からのメールは届いているため、このサーバーはお客様のドメインのメールサーバーの 1 台で、他のサーバーとは異なり、ドメインが自身の受け入れ対象に登録されていない可能性が高いと考えられます。') : text('お客様のドメインのメールを別のプロバイダーに移行した場合は、ドメインの MX レコードがまだ以前のサーバーを指している可能性があります。')}対応が完了しましたら、当社からメールを改めてお送りいたします。`,
  'unknown-user': ({ recipient, host, suggestion }) =>
    rt`お客様から${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールは、そのアドレスがサーバー上に存在しないという理由で、受信者のメールサーバー${host ? rt` (${code(host)}) ` : []}に拒否されました。お客様の設定や Mailgun アカウントに原因があるわけではありません。${suggestion ? rt`アドレスが誤入力されているようです。本来の宛先は ${code(suggestion)} である可能性が高いため、そのアドレス宛てにメールを再度送信してください。` : rt`アドレスに入力ミスがないかご確認いただくか、受信者に正しいアドレスをお尋ねのうえ、そのアドレス宛てにメールを再度送信してください。`}`,
  'unknown-user-confirmed': ({ recipient, host }) =>
    rt`お客様から${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールは、そのアドレスのメールボックスがサーバー上にないという理由で、受信者のメールサーバー${host ? rt` (${code(host)}) ` : []}に拒否されました。お客様の設定や Mailgun アカウントに原因があるわけではありません。アドレスは正しいため、受信者 (または受信者側のメール管理者) が先方で確認する必要があります。メールボックスがまだ作成されていないか、廃止または名前が変更された可能性があります。メールボックスが用意されたら、メールを再度送信してください。`,
  'unknown-user-to-recipient': ({ recipient, host }) =>
    rt`当社から${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールが、そのアドレスは存在しないという理由で、受信側のメールサーバー${host ? rt` (${code(host)}) ` : []}に拒否されています。正しいアドレスをご確認いただくか、アドレスが削除または変更されていないか、お使いのメールを管理している方 (IT 担当者、またはご利用のメールプロバイダー) にご確認いただけますでしょうか。`,
  'typo-to-recipient': ({ recipient, suggestion }) =>
    rt`当社からのメールがお客様に届いておりませんでした。当社ではお客様のアドレスを${recipient ? rt` ${code(recipient)} ` : text('入力ミスと思われるアドレス')}として登録しておりましたが、そのアドレスでは受信を拒否されました。お客様の正しいアドレスは${suggestion ? rt` ${code(suggestion)} ` : text('当社へのご連絡にお使いのアドレス')}でしょうか。アドレスを修正し、改めてお送りいたします。`,
  'delivered-after-retries': ({ recipient }) =>
    rt`${recipient ? rt`${code(recipient)} ` : text('このアドレス')}宛てのメールは配信されました。受信側のメールサーバーが最初の数回の配信をしばらく断りましたが、その後の配信が成功しているため、送り直す必要はありません (送り直すと二重に届きます)。見つからない場合は、受信トレイか迷惑メールフォルダーにあります。`,
  'mailbox-full': ({ recipient }) =>
    rt`お客様から${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールは、受信者のメールボックスの容量がいっぱいのため受信を拒否されました。お客様の設定や Mailgun アカウントに原因があるわけではなく、空き容量を確保できるのは受信者本人だけです。受信者が空き容量を確保したら、Mailgun でドメインの Bounces リスト (配信不能アドレスのリスト) にそのアドレスが登録されている場合は削除し (このリストにあるアドレスには、Mailgun はそれ以降何も送信しません)、メールを再度送信してください。`,
  'recipient-host-retrying': ({ recipient, host }) =>
    rt`${recipient ? code(recipient) : text('そのアドレス')} 宛てのメールはまだ配信されていません。受信者のメールサーバー${host ? rt` (${code(host)})` : []} が、そのアドレスのメールを扱っていないかのように、ひとまず受信を断りました。お客様の設定や Mailgun アカウントが原因ではありません。この拒否は一時的なもので、Mailgun がしばらく自動で再送を試みます。二重に届くおそれがあるため、今は再送しないでください。最終的に配信できなかった場合は、アドレスを確認し、正しければ受信者のメール管理者がそのアドレス宛てのメールを受け付けるようサーバーを設定する必要があります。`,
  'mailbox-full-retrying': ({ recipient }) =>
    rt`お客様から${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールは、受信者のメールボックスがいっぱいのため、まだ配信されていません。お客様の設定や Mailgun アカウントに原因があるわけではありません。この拒否は一時的なもので、Mailgun はしばらくの間自動で再送を試みます。受信者が時間内に空き容量を作れば、何もしなくてもメールは届きます。最終的に配信に失敗した場合にのみ、再送が必要です。`,
  'message-malformed': ({ recipient }) =>
    rt`お客様から${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールは、メッセージ自体の形式に誤りがあるため、受信者側のプロバイダーに拒否されました。すべてのメールに必要なヘッダー（From など）が欠けています。メッセージを作成するプログラムでそれを追加し（Mailgun の API では ${code('from')} パラメーター、手作業で組み立てたメッセージではヘッダー内の ${code('From:')} 行）、もう一度送信してください。お客様の Mailgun アカウントや DNS に原因があるわけではありません。`,
  'message-header-repeated': ({ recipient }) =>
    rt`お客様から${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールは、メッセージ自体の形式に誤りがあるため、受信者側のプロバイダーに拒否されました。同じヘッダーが二重になっています（From ヘッダーが 2 つあるなど）。メッセージを作成するプログラムで、そのヘッダーを 1 つだけにして（パラメーターと追加ヘッダーの両方で From を指定していることがよくあります）、もう一度送信してください。お客様の Mailgun アカウントや DNS に原因があるわけではありません。`,
  'mailbox-full-to-recipient': ({ recipient }) =>
    rt`当社から${recipient ? rt` ${code(recipient)} ` : text('そのアドレス')}宛てのメールが、メールボックスの容量がいっぱいのため受信を拒否されています。メールボックスに空きができましたら、改めてお送りいたします。`,
  'free-account': () =>
    rt`お客様の Mailgun アカウントはまだ無料アカウントです。Mailgun の無料アカウントは、独自ドメインから送信する場合でも、承認済みの受信者 (authorized recipients) として登録したアドレスにしか送信できません。それ以外の宛先にメールを送るには、Mailgun でアカウントを有料プランにアップグレードしてください (アカウントのプランまたは請求の設定画面から行えます)。ドメインや送信設定を変更する必要はありません。ひとまずテストしたいだけであれば、代わりにそのアドレスを承認済みの受信者として追加してください (アドレスの持ち主が Mailgun から届くメールで確認します)。`,
  sandbox: ({ upgradeAsked }) =>
    rt`お客様の Mailgun アカウントは、まだテスト用 (sandbox) ドメインから送信しています。このドメインからは、承認済みの受信者 (authorized recipients) として登録したアドレスにしか配信されません。それ以外の宛先にメールを送るには、${upgradeAsked ? text('拒否メッセージのとおりアカウントをアップグレードしたうえで (無料アカウントは、独自ドメインからであっても承認済みの受信者にしか送信できません)、') : []}Mailgun で独自ドメインを追加し (Send → Sending → Domains → Add new domain)、表示される DNS レコードを公開して、検証が完了したらそのドメインから送信してください。ひとまずテストしたいだけであれば、代わりにそのアドレスを承認済みの受信者として追加してください (アドレスの持ち主が Mailgun から届くメールで確認します。sandbox に登録できるのは最大 5 件です)。`,
  'auth-failure': ({ login }) =>
    rt`Mailgun は、お客様のアプリケーションが送信したログイン情報を拒否しました。そのログインに対するユーザー名またはパスワードが正しくありません。Mailgun のドメインの SMTP 認証情報 (SMTP credentials) で、ログイン (例: ${code(login)}) の新しい SMTP パスワードを設定し、そのログインとパスワードをアプリケーションのメール設定に入力してください。API キーや Mailgun アカウントのパスワードはここでは使用できません。`,
  'auth-failure-api-key': ({ login, loginRight }) =>
    loginRight
      ? rt`お客様のアプリケーションは API キーをパスワードとして Mailgun の SMTP サーバーにログインしています。API キーは Mailgun の HTTP API 用のもので、キーがどれほど新しくても SMTP サーバーは拒否します。ユーザー名 ${code(login)} は正しいので、アプリケーションのメール設定でパスワードをそのログインの SMTP パスワード (Mailgun のドメインの SMTP 認証情報。すでに設定済みのパスワードで構いません) に置き換え、テスト送信してください。`
      : rt`お客様のアプリケーションは API の認証情報 (API キー、多くの場合ユーザー名「api」) で Mailgun の SMTP サーバーにログインしています。これは Mailgun の HTTP API 用のもので、キーやパスワードがどれほど新しくても SMTP サーバーは拒否します。SMTP では、アプリケーションのメール設定にドメインの完全な SMTP ログイン (例: ${code(login)}) をユーザー名として、そのログインの SMTP パスワード (Mailgun のドメインの SMTP 認証情報。すでに設定済みのパスワードで構いません) を入力し、テスト送信してください。`,
  'auth-failure-mail-server': ({ login }) =>
    rt`Mailgun は、お客様のメールサーバーが送信したログイン情報を拒否しました。ユーザー名またはパスワードが Mailgun に登録されているものと一致しません (パスワードを変更した後も、サーバーの設定を更新して再読み込みするまでは、サーバーは古いパスワードを送信し続けます)。サーバーのリレー (スマートホスト) 設定に、ドメインの SMTP ログイン (例: ${code(login)}) とその現在のパスワードを入力し、パスワードマップを使用している場合は再作成 (Postfix では postmap、Sendmail では makemap) したうえで、サーバーを再読み込みしてテスト送信を行ってください。API キーや Mailgun アカウントのパスワードはここでは使用できません。`,
  'auth-failure-after-reset': ({ login }) =>
    rt`Mailgun は、お客様のアプリケーションが送信したログイン情報を拒否しました。Mailgun で SMTP パスワードが変更されましたが、アプリケーションは古いパスワードを送信し続けています。ログイン (例: ${code(login)}) の新しいパスワードをアプリケーションのメール設定または設定ファイルに入力し、新しいパスワードが読み込まれるようアプリケーションを再起動 (またはキャッシュされた設定をクリア) してから、テスト送信を行ってください。API キーや Mailgun アカウントのパスワードはここでは使用できません。`,
  'sender-check-dmarc': ({ dmarcDomain, dmarcRemoved }) =>
    rt`Outlook.com (Hotmail) は、お客様のドメインが送信者向けの要件を満たしていないため、メッセージを拒否しました。SPF と DKIM の検証に合格することに加えて、ドメインは DMARC レコードを公開している必要があります${text(dmarcRemoved ? '（以前のレコードは最近削除されました）' : '')}。${dmarcRemoved ? rt`DNS の管理画面で元に戻してください: ${code(`_dmarc.${dmarcDomain ?? 'YOUR_DOMAIN'}`)} に ${code('v=DMARC1; p=none')} の TXT レコード (p=none はレポートのみで、何もブロックしません)。` : rt`DNS の管理画面で ${code(`_dmarc.${dmarcDomain ?? 'YOUR_DOMAIN'}`)} に TXT レコード (${code('v=DMARC1; p=none')} など。p=none はレポートのみで、何もブロックしません) があるか確認し、なければ追加してください。`}あわせて、Mailgun でドメインの SPF と DKIM のレコードが検証済みになっていることを確認し、メッセージを再送してください。`,
  'sender-check': () =>
    rt`受信側のプロバイダーは、メッセージが本当にお客様のドメインから送信されたものであることを確認できなかったため、受信を拒否しました。メッセージがドメインの送信者認証 (SPF または DKIM) を通過しなかったため、ドメインの送信用 DNS レコードのいずれかが未設定か、まだ検証されていないか、送信元のアドレスに対応していないと考えられます。Mailgun で送信ドメインに表示されるレコード (Send → Sending → Domains → お客様のドメイン → DNS records) を開き、未設定または未検証のレコードをご利用の DNS ホストに追加して、Mailgun ですべて検証済みと表示されるまでお待ちください。そのうえで、From アドレスがそのドメイン、またはそれが属するメインドメインのものであること (ドメインの DMARC レコードが厳密なアライメントを求めていない限り、mg.example.jp から info@example.jp として送信できます) を確認してから、再度送信してください。`,
  'sender-check-everyday': () =>
    rt`受信側のプロバイダーは、メッセージが本当にお客様のドメインから送られたものか確認できなかったため、受け取りを拒否しました。メッセージや配信リストに問題はありません。ドメインの技術的な設定（ドメインのDNSにある送信用のレコード）が不足しているか、まだ確認されていません。ドメイン名またはウェブサイトを管理している方にこの内容を伝えてください。その方が、Mailgunが送信ドメインについて表示するレコード（Send → Sending → Domains → お客様のドメイン → DNS records）を追加し、Mailgunですべてが確認済みと表示されるまで待ちます。その後、メッセージを再送できます。`,
  'sender-check-to-recipient': ({ recipient }) =>
    rt`当社から${recipient ? rt` ${code(recipient)} 宛ての` : []}メールが、ご利用のメールプロバイダーに受信を拒否されています。本当に当社から送られたものであることをプロバイダーが確認できなかったためで、当社側の設定を修正する必要があります。お客様のアドレスには問題はなく、お客様に対応していただくことは何もありません。修正が完了しましたら、改めてお送りいたします。`,
  'blocked-content': ({ host }) =>
    rt`受信側のサーバー${host ? rt` (${code(host)}) ` : []}はこのメッセージを迷惑メール (スパム) と判定して拒否しました。ブロックリストによるものではなく、ログインや送信設定が原因でもありません。このフィルターはメッセージそのものと、受信者がお客様のメールをどう扱っているかを評価します。配信リストに載っている人 (配信を希望した人だけか)、本文とリンク、そして Gmail や Yahoo では大量送信者向けのルール (ワンクリックでの配信停止、低い苦情率) です。これらを見直すことが解決策です。拒否されたメッセージは配信されていないので、見直した後に再送できます。`,
  blocked: ({ host }) =>
    rt`受信側のサーバーがメッセージを拒否したのは、送信元の IP アドレスまたはドメインがブロックリストに登録されているためであり、お客様の設定のログインや Routes に原因があるわけではありません。${host ? rt`拒否は ${code(host)} から返されました。` : []}現在、当社でリストへの登録について確認しております。登録が解除されるまでは、その受信先へのメールは引き続き拒否される可能性があります。`,
  'blocked-to-recipient': ({ recipient, host }) =>
    rt`当社から${recipient ? rt` ${code(recipient)} 宛ての` : []}メールが、ご利用のメールプロバイダー${host ? rt` (${code(host)}) ` : []}に受信を拒否されています。当社の送信元サーバーが、プロバイダーのブロックリストに登録されてしまったためです。お客様のアドレスには問題はなく、お客様が何かされたことによるものでもありません。現在ブロックの解除を依頼しております。解除されるまでは、当社からのメールがお客様に届かない場合があります。`,
  'api-auth': ({ euApi }) =>
    rt`Mailgun の API が、お客様のアプリケーションで使用しているキーを拒否しました。Mailgun アカウントの有効なプライベート API キー (またはドメイン送信キー) をアプリケーションの設定に入力し、ドメインのリージョンに対応した API ホスト (EU リージョンのドメインの場合は ${code(euApi)}) を使用してください。`,
  'api-auth-region': ({ euApi }) =>
    rt`リクエストが Mailgun の US リージョンの API ホストに送信されましたが、お客様のドメインは EU リージョンにあるため、Mailgun の API がリクエストを拒否しました。API キーが間違っているとは限りません。アプリケーションの Mailgun API ホスト (ベース URL) を ${code(euApi)} に設定し、キーは同じものをそのまま使用して、テスト送信を行ってください。`,
  'undetermined-writer-own-server': ({ recipient }) =>
    rt`ご連絡ありがとうございます。お客様から当社${recipient ? rt` (${code(recipient)}) ` : []}へのメールの中継を、メールサーバーが拒否しました。送信ボタンを押したときにメールソフトにこのエラーが表示された場合は、お客様の送信サーバーがログインを求めています。アカウントの設定で「送信サーバー (SMTP) は認証が必要」をオンにしていただくか (ユーザー名とパスワードは受信用と同じです)、ご利用のメールプロバイダーにお問い合わせください。エラーメールとして返送されてきた場合は、どのサーバーが拒否したのかを確認できるよう、そのメールを丸ごと当社へ転送してください。`,
  'undetermined-own-server': ({ host }) =>
    rt`このエラーは Mailgun ではなく、お使いのメールソフトが送信に使っている御社自身の送信 (SMTP) サーバー${host ? rt` (${code(host)})` : []} から出ています。このサーバーは、ログインした送信者のメールしか外部のアドレスへ転送しませんが、メールソフトがログインしていません。メールソフトのアカウント設定で送信サーバーの認証をオンにしてください (Thunderbird: 認証方式「通常のパスワード認証」、Outlook:「送信サーバー (SMTP) は認証が必要」)。ユーザー名とパスワードは、ご自身のメールボックスのものです。Mailgun 側で変更する必要はありません。`,
  'undetermined-app-relay': ({ host, smtpHost, login }) =>
    rt`このエラーは Mailgun ではなく、アプリケーションが送信に使うよう設定されている SMTP サーバー ${host ? code(host) : text('')} から返されたものです。Mailgun はこのメールを受け取っていません。このサーバーは、認識している送信者以外のメールを外部のアドレスへ中継しません。Mailgun 経由で送信するには、アプリケーションが動いているすべての環境 (本番環境も含む) で SMTP 設定を ${code(smtpHost)}、ポート 587、ドメインの SMTP ログイン (例: ${code(login)}) とそのパスワードにし、再起動または再デプロイしてからテストメールを送信してください。`,
  'undetermined-own-provider': ({ provider }) =>
    rt`このエラーは Mailgun ではなく、お使いの機器やプログラムが送信に使っている ${text(provider ?? 'メールサービス')} から出ています。送信者を確認できなかったため、外部のアドレスへの転送を断りました。多くの場合、そちらの設定が合わなくなっています (例: インターネット回線の変更で変わったオフィスのグローバル IP アドレス、機器のログイン情報)。${text(provider ?? 'メール')} のアカウントを管理している方がその設定で直せます。Mailgun 側で変更することはありません。`,
  'undetermined-writer': () =>
    rt`ご連絡いただきありがとうございます。お客様のもとに返送されてきたメッセージを、そのままの形で全文転送していただけますでしょうか。そこにはお客様のメールを拒否したサーバーが記載されており、問題が当社側にあるのか (その場合は当社で修正いたします)、お客様のメールプロバイダー側にあるのか (その場合はプロバイダーに何を問い合わせればよいかをお伝えします) がわかります。`,
  'undetermined-not-receiving': ({ recipient }) =>
    rt`ご連絡ありがとうございます。当社からのメールが届いておらず、申し訳ございません。どこでメールが止まっているのかを突き止めるため、お客様のメールを管理している方 (IT 担当者など) から、表示されているエラーまたはログの内容を、サーバー名も含めてすべてお送りいただけますでしょうか。お客様のメールサーバーが拒否している場合は、当社から${recipient ? rt` ${code(recipient)} ` : text('お客様のアドレス')}宛てのメールを受け付けるよう、そのサーバーを設定していただく必要があるかもしれません。`,
  'undetermined-to-outsider': ({ recipient }) =>
    rt`メールの件でご迷惑をおかけして申し訳ございません。お客様と当社の間でやり取りされたメッセージ${recipient ? rt` (${code(recipient)})` : []}が、メールサーバーで中継を拒否されました。現在確認を進めております。お客様から当社にメールをお送りいただき、そのメールが返送されてきた場合は、修正完了をお知らせしましたら、お手数ですがもう一度お送りください。当社からのメールをお待ちの場合は、当社から改めてお送りいたします。`,
  'undetermined-everyday': ({ someRefused }) =>
    rt`Mailgun 側に不具合はありません。メールサーバーがメール 1 通の中継を拒否したもので、これは通常、何らかの設定が不足していることを意味します。${someRefused ? text('今回は一部のメールだけが戻ってきているため、受信者側のメールサーバーの設定である可能性が高いです。') : text('最も多いのは、ウェブサイトのメール設定にあるサインイン情報です。')}どの設定が原因かを判断するため、教えてください。これはウェブサイトがメール (注文確認メールやお問い合わせフォームなど) を送信したときに返ってきたものでしょうか。それとも、どなたかから、お客様宛てのメールが返送されたと連絡があったのでしょうか。返ってきたメッセージを、そのままの形で全文転送してください。`,
  undetermined: () =>
    rt`メールサーバーがメッセージの中継を拒否しましたが、エラーにはどのサーバーが拒否したのかが示されていません。一度で原因を特定できるよう、次の点をお知らせいただけますでしょうか。サーバー名を含むバウンスメールまたはログの全文、どこで確認されたか (アプリケーション内、受信したバウンスメール、Mailgun のログのいずれか)、アプリケーションが Mailgun の SMTP (どのホストとポートか、ログインしているか) と Mailgun の API のどちらで、どのドメインから送信しているか、そして問題が始まった頃に何か変更があったか (新しいサーバーやホスティング、パスワードの変更、アップデートなど)。`,
};
