/**
 * Where a platform's settings did not reach the running program, as the paste shows it: the person set the login or the key
 * "in Kubernetes", "in Vercel", "in the unit file", and the program still runs without it. Each gap is read from the
 * manifest, unit or workflow pasted with the words around it, and written as one line the reply reads back.
 */
import { indentOf } from './one-line.js';

/** A gap between where the settings were put and what the running program gets. */
export type DeploymentGap =
  /** A Pod reads Secrets of its own namespace only; `optional: true` lets it start without them, the variables empty. */
  | { kind: 'k8s-secret-namespace'; secret: string; secretNamespace: string; workloadNamespace: string; optional: boolean }
  /** A Secret changed under running pods: a variable taken from it (`valueFrom.secretKeyRef`) keeps the value the pod started with. */
  | { kind: 'k8s-pods-predate-secret'; secret: string | null; namespace: string | null }
  /** Compose's `environment:` entries win over its `env_file:`, and `${NAME}` there is filled from the shell or `.env`, not from that file. */
  | { kind: 'compose-environment-override'; entries: string[]; envFile: string }
  /** Vercel's variables ticked for Production only, the failing deployment a Preview one. */
  | { kind: 'vercel-production-only' }
  /** The unit's `EnvironmentFile=` names another file than the one the credentials were moved to (with `-`, a missing file is skipped silently). */
  | { kind: 'systemd-environment-file'; unitFile: string; credentialsFile: string; optional: boolean; service: string | null }
  /** An environment's secret read by a job that names no `environment:`: GitHub Actions gives the job none of that environment's secrets. */
  | { kind: 'github-environment-secret'; secret: string; environment: string; job: string | null }
  /** netlify.toml gives Deploy Previews a sandbox domain, production a domain of its own: previews send only to authorized recipients. */
  | { kind: 'netlify-preview-sandbox'; variable: string; sandbox: string; production: string | null }
  /** A Netlify variable set for Production and empty for Deploy Previews: the previews run without it. */
  | { kind: 'netlify-context-empty'; variable: string }
  /** Railway's changed variables staged, not applied: the running deployment has the old ones. */
  | { kind: 'railway-changes-staged'; count: string | null };

// Every pattern here runs on the whole paste: literal words first, no nested quantifiers, bounded gaps.
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;
const QUOTED_LABEL = String.raw`[\`'"]?(${LABEL})[\`'"]?`;
/** The Secret a container's env entry reads (`secretKeyRef:` then its `name:`, on the same line or the next). */
const SECRET_REF = new RegExp(String.raw`\bsecret(?:Key)?Ref:[ \t]*(?:\{[ \t]*)?(?:\n[ \t]*)?(?:-[ \t]*)?name:[ \t]*["']?(${LABEL}(?:\.${LABEL}){0,3})`);
/** The Secret's namespace in words: "the secret `mailgun-smtp` lives in `platform-secrets`", "a shared secret in the `platform-secrets` namespace". */
const SECRET_LIVES_IN = new RegExp(String.raw`\bsecret\b[^\n.]{0,60}?\b(?:lives|is|sits|exists|was[ \t]+created|is[ \t]+defined|stays)[ \t]+(?:only[ \t]+)?in[ \t]+(?:the[ \t]+)?${QUOTED_LABEL}([ \t]+namespace)?(?:,?[ \t]+(?:and[ \t]+)?not[ \t]+(?:in[ \t]+)?(?:the[ \t]+)?${QUOTED_LABEL})?`, 'i');
const SECRET_IN_NAMESPACE = new RegExp(String.raw`\bsecret\b[^\n.]{0,60}?\bin[ \t]+(?:the[ \t]+)?${QUOTED_LABEL}[ \t]+namespace\b`, 'i');
/** A manifest's own namespace: `kind: Secret` (or a workload) and its `namespace:` a few lines below. */
const KIND_NAMESPACE = new RegExp(String.raw`\bkind:[ \t]*(Secret|Deployment|StatefulSet|DaemonSet|CronJob|Job|Pod)\b[^]{0,300}?\bnamespace:[ \t]*["']?(${LABEL})`, 'g');
/** The workload's namespace in words: "deployment snippet (namespace `shop`)", "the pods in the `shop` namespace". */
const WORKLOAD_NAMESPACE = new RegExp(String.raw`\(namespace[ \t:]+${QUOTED_LABEL}\)|\b(?:deployment|pods?|workload|service|app|cronjob|statefulset)\b[^\n.]{0,40}?\bin[ \t]+(?:the[ \t]+)?${QUOTED_LABEL}[ \t]+namespace\b`, 'i');
const OPTIONAL_TRUE = /\boptional:[ \t]*true\b/;

/** The namespace a `kubectl` command names (`kubectl -n billing ...`). */
const KUBECTL_NAMESPACE = new RegExp(String.raw`\bkubectl[ \t]+(?:-n[ \t]+|--namespace[= ])(${LABEL})\b`);
/** A Secret said changed: `kubectl apply` answering `secret/x configured`, or words. */
const SECRET_CHANGED = /\bsecret\/[a-z0-9.-]{1,253}[ \t]+(?:configured|replaced|patched)\b|\b(?:updated|changed|rotated|patched|edited)[ \t]+(?:the[ \t]+)?(?:k8s[ \t]+|kubernetes[ \t]+)?secret\b/i;
/** Pods older than the change: `kubectl get pods` AGE in days, or "started 3 days ago". */
// (or a `kubectl get pods` row's AGE, `Running   0   6d2h`)
const PODS_OLD = /\bAGE[ \t]+\d{1,3}d|\bpods?\b[^\n.]{0,40}?\b(?:started|created|running|up)[ \t]+(?:for[ \t]+)?(?:\d{1,3}|a[ \t]+few|several|two|three)[ \t]+days?\b|\bRunning[ \t]+\d{1,4}(?:[ \t]+\([^)\n]{0,30}\))?[ \t]+\d{1,3}d(?:\d{1,2}h)?\b/i;
/** The pods made anew since: then they have the new value. */
const PODS_RESTARTED = /\brollout[ \t]+restart\b|\bdelete[ \t]+pods?\b|\b(?:restarted|recreated|bounced|redeployed)[ \t]+(?:the[ \t]+|all[ \t]+)?(?:pods?|deployment)\b|\bpods?[ \t]+(?:were|got|have[ \t]+been)[ \t]+(?:restarted|recreated)\b/i;
/** A variable's value taken from a Secret when the container starts. */
// (or read by the program from its environment beside a Secret said changed: os.environ, process.env, getenv)
const ENV_FROM_SECRET = /\bsecretKeyRef\b|\bsecretRef\b|\bvalueFrom\b|\bos\.environ\b|\bprocess\.env\b|\bgetenv\(/;
/** Kubernetes in the paste: its manifests' words or its command. */
const KUBERNETES = /\bsecretKeyRef\b|\bsecretRef\b|\bkubectl\b|\bkind:[ \t]*(?:Deployment|Secret|Pod|StatefulSet)\b|\bk8s\b|\bkubernetes\b/i;

/** A compose file's `env_file:` (the first file named). */
const COMPOSE_ENV_FILE = /\benv_file:[ \t]*(?:\n[ \t]*-[ \t]*)?["']?([\w./-]{1,200})/;
/** A login-like entry under `environment:` set from the shell (`- NAME=${NAME}`, `NAME: ${NAME}`, no default) or left empty (`- NAME=`). */
const COMPOSE_SHELL_ENTRY = /^[ \t]*(?:-[ \t]*)?([A-Z][A-Z0-9_]{1,60})(?:=|:[ \t]*)(?:["']?\$\{([A-Z][A-Z0-9_]{1,60})\}["']?|["']{2})?[ \t]*$/;
const LOGIN_LIKE = /SMTP|MAIL|PASS|USER|LOGIN|KEY|SECRET|TOKEN/;

/** Vercel's variables ticked for Production alone ("cochées seulement pour "Production"", "only set for "Production"", "set a
 * bunch of them to "Production" only"; not "fails only in Production"). */
const TICKED = String.raw`(?:set|checked|ticked|enabled|selected|marked|configured|cochée?s?|gesetzt|angehakt|aangevinkt|marcad[ao]s?|zaznaczone)`;
const ONLY = String.raw`(?:only|just|seulement|uniquement|nur|alleen|apenas|solamente|solo|sólo|tylko)`;
const FOR = String.raw`(?:for|under|in|on|to|pour|para|für|voor|dla|per)`;
// (not "only for Production and Preview": another environment after it)
const NOT_ALONE = String.raw`(?!["'”»]?[ \t]*(?:,|and|&|\+|y|et|und|e|en|i)[ \t]+["'“«„]?(?:Preview|Development))`;
const PRODUCTION_ONLY = new RegExp(String.raw`\b${TICKED}[ \t]+(?:[\w"'-]{1,20}[ \t]+){0,4}?${ONLY}[ \t]+${FOR}[ \t]+["'“«„]?Production\b${NOT_ALONE}|\b${ONLY}[ \t]+${TICKED}[ \t]+${FOR}[ \t]+["'“«„]?Production\b${NOT_ALONE}|\b${TICKED}[^\n.]{0,40}?\b${FOR}[ \t]+["'“«„]?Production["'”»]?[ \t]+only\b`, 'i');
const PREVIEW = /\bpreview\b/i;
/** A `vercel env ls` row of a login's or a key's variable whose environments are Production alone. */
const VERCEL_ENV_PRODUCTION_ONLY = /^[ \t]*[A-Z][A-Z0-9_]{0,60}(?:KEY|PASS|PASSWORD|SECRET|TOKEN|USER|LOGIN|USERNAME)[A-Z0-9_]{0,20}[ \t]+(?:Encrypted|Plaintext|Sensitive)[ \t]+Production[ \t]*(?:[ \t]\d{1,4}[a-z]{1,3}[ \t]+ago)?[ \t]*$/m;
/** Preview said to work, or Production to fail: the gap is the other way round. */
const PREVIEW_WORKS = /\bpreview(?:[ \t]+(?:deploys?|deployments?|builds?))?[ \t]+(?:works|work|is[ \t]+fine|are[ \t]+fine|sends?[ \t]+fine|marche|fonctionne|funciona|funktioniert|werkt|działa)\b|\b(?:fails?|failing|broken|breaks)[ \t]+(?:only[ \t]+)?(?:in|on)[ \t]+production\b/i;

/** A unit's `EnvironmentFile=`, its `-` (a missing file skipped) and path. */
const ENVIRONMENT_FILE = /\bEnvironmentFile=(-?)(\/[\w./@-]{1,200})/;
/** Credentials said moved to a file, "moved the credentials from /etc/a/env to /etc/a/mailgun.conf", "movimos ... a /etc/...". */
// (what was moved: credentials, an env or config file, a password; the path a file's, with a name after its last slash)
const MOVED_TO_PATH = /\b(?:moved|renamed|movimos|movemos|movido|moví|verschoben|umbenannt|déplacé|déplacées?|renommé|spostato|spostate|rinominato|verplaatst|hernoemd|przenieśli(?:śmy)?|przeniosłem|przeniesione)\b[^\n]{0,40}?\b(?:credentials?|creds|credenciales|credenciais|identifiants|zugangsdaten|credenziali|gegevens|dane|env|environment|config(?:uration)?|settings|file|password|secrets?|variables?)\b[^\n]{0,80}?[ \t`'"](?:to|a|à|nach|naar|para|in|do|vers)[ \t]+[`'"]?(\/(?:[\w.@-]{1,100}\/){0,10}[\w@-]{1,100}\.[\w]{1,10})(?![\w/])/i;

/** The unit's service, as `systemctl` restarts it or its unit file is named. */
const SYSTEMD_SERVICE = /\bsystemctl[ \t]+(?:restart|start|reload-or-restart|status)[ \t]+([\w@.-]{1,100})|\b([\w@-]{1,100}\.service)\b/;
/** A file renamed by its bare name: "renommé mail.env en smtp.env", "renamed mail.env to smtp.env". */
const RENAMED_FILE = /\b(?:renamed|renommé|rinominato|renombrado|renombramos|renomeado|renomeamos|umbenannt|hernoemd|przemianowali(?:śmy)?)(?![a-zà-ÿ])[^\n]{0,40}?[`'"]?([\w-]{1,100}\.(?:env|conf|cfg|ini))[`'"]?[ \t]+(?:to|en|in|naar|zu|a|para|na|→|->)[ \t]+[`'"]?([\w./-]{1,200}?\.(?:env|conf|cfg|ini))\b/i;
/** A workflow's first job (`jobs:` then its name on the next line). */
const WORKFLOW_JOB = /\bjobs:[ \t]*\n[ \t]+([\w-]{1,100}):/;
/** A workflow's secret read in a job, `${{ secrets.NAME }}`. */
const WORKFLOW_SECRETS = /\$\{\{[ \t]*secrets\.([A-Za-z_][A-Za-z0-9_]{0,99})[ \t]*\}\}/g;
/** A job's `environment:` key in the workflow. */
const JOB_ENVIRONMENT = /^[ \t]+environment:/m;
/** The environment the secret was put in: "Settings > Environments > production > Environment secrets", "an environment secret of `production`". */
const ENVIRONMENT_SECRET_IN = /\bEnvironments?[ \t]*(?:>|→|›|\/)[ \t]*[`'"]?([\w.-]{1,60})[`'"]?[ \t]*(?:>|→|›|\/)[ \t]*Environment[ \t]+secrets?\b|\benvironment[ \t]+secrets?[ \t]+(?:of|in|for|on)[ \t]+(?:the[ \t]+)?[`'"]?([\w.-]{1,60})[`'"]?|\b[`'"]?([\w.-]{1,60})[`'"]?[ \t]+environment(?:'s)?[ \t]+secrets?\b/i;

/** A netlify.toml context's environment table, `[context.deploy-preview.environment]`, and its lines up to the next table. */
const NETLIFY_CONTEXT = /^[ \t]*\[context\.([\w-]{1,40})\.environment\][ \t]*\n((?:(?![ \t]*\[)[^\n]{0,300}(?:\n|$)){0,30})/gm;
const TOML_VALUE = /^[ \t]*([A-Z][A-Z0-9_]{1,60})[ \t]*=[ \t]*["']([^"'\n]{1,253})["']/gm;
const SANDBOX_DOMAIN = /^sandbox[0-9a-f]{20,40}\.mailgun\.org$/i;

/** Netlify's deploy contexts read out: "Production: mg.x, Deploy Previews: (empty)" for a variable named before it. */
const NETLIFY_PREVIEWS_EMPTY = /\bDeploy[ \t]+Previews?:[ \t]*(?:\(empty\)|empty|\(not[ \t]+set\)|not[ \t]+set|unset|-)(?=[ \t]*[,.;)\n]|$)/i;
const NETLIFY_VARIABLE_NAMED = /\b(?:UI|value|variable|var)[ \t]+(?:for[ \t]+|of[ \t]+)?[`'"]?([A-Z][A-Z0-9_]{2,60})[`'"]?/;

/** Railway's banner of staged changes not yet applied ("Apply 3 changes" not clicked). */
// (not git's: "committed the staged changes")
const RAILWAY_STAGED = /\bApply[ \t]+(\d{1,3})[ \t]+changes?\b|\b(\d{1,3})[ \t]+changes?[ \t]+staged\b|(?<!\b(?:committed|commit|git[ \t]+add(?:ed)?|stash(?:ed)?)[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?)\bstaged[ \t]+changes?\b/i;
const RAILWAY_APPLIED = /\b(?:clicked|hit|pressed)[ \t]+(?:on[ \t]+)?["'“]?(?:apply|deploy)\b|\b(?:applied|deployed)[ \t]+(?:the[ \t]+|them|it)?(?:staged[ \t]+)?(?:changes\b)?|\bredeployed\b|\bnew[ \t]+deployment[ \t]+is[ \t]+(?:live|active|running)\b/i;

/** Lines of a pasted manifest read at most. */
const MAX_MANIFEST_LINES = 5000;
/** The first `limit` matches of a global pattern: a huge paste of manifests is not read to its end. */
function firstMatches(text: string, pattern: RegExp, limit: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const m of text.matchAll(pattern)) {
    found.push(m);
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * The namespace `kubectl get secret NAME -A` lists the Secret in (its NAMESPACE column), or undefined: none where a row is in
 * the workload's own namespace, whatever other namespaces hold a copy.
 */
function secretListedIn(text: string, secret: string, workloadNamespace: string | undefined): string | undefined {
  if (!/\bNAMESPACE\b/.test(text)) return undefined;
  const rows = firstMatches(text, new RegExp(String.raw`(?:^|\n)[ \t]*(${LABEL})[ \t]+${secret.replace(/\./g, '\\.')}[ \t]+(?:Opaque|kubernetes\.io\/)`, 'g'), 20).map((m) => m[1]!);
  return workloadNamespace !== undefined && rows.some((namespace) => namespace.toLowerCase() === workloadNamespace.toLowerCase()) ? undefined : rows[0];
}

/** Whether the paste names `label` as a namespace: `namespace: x`, `-n x`, `--namespace x`, "the x namespace", "namespace `x`". */
function namespaceNamed(text: string, label: string): boolean {
  const name = label.replace(/[.-]/g, (c) => `\\${c}`);
  return new RegExp(String.raw`\bnamespace[ \t:=]+[\`'"]?${name}\b|(?:^|[ \t])(?:-n|--namespace)[ \t=]+${name}\b|\b${name}[\`'"]?[ \t]+namespace\b`, 'i').test(text);
}

function kubernetesNamespaceGap(text: string): DeploymentGap | null {
  if (!text.includes('ecret') || !/secret(?:Key)?Ref/.test(text)) return null;
  const secret = SECRET_REF.exec(text)?.[1];
  if (secret === undefined) return null;
  // (a place said in words is a namespace only with the word, or where the paste names it as one: not "the secret is in place")
  const said = SECRET_LIVES_IN.exec(text);
  const lives = said && (said[2] !== undefined || namespaceNamed(text, said[1]!)) ? said : null;
  const manifests = firstMatches(text, KIND_NAMESPACE, 20);
  const workloadNamespace = lives?.[3] ?? manifests.find((m) => m[1] !== 'Secret')?.[2] ?? WORKLOAD_NAMESPACE.exec(text)?.slice(1).find(Boolean);
  const secretNamespace = lives?.[1] ?? SECRET_IN_NAMESPACE.exec(text)?.[1] ?? manifests.find((m) => m[1] === 'Secret')?.[2] ?? secretListedIn(text, secret, workloadNamespace);
  if (secretNamespace === undefined || workloadNamespace === undefined || secretNamespace.toLowerCase() === workloadNamespace.toLowerCase()) return null;
  return { kind: 'k8s-secret-namespace', secret, secretNamespace, workloadNamespace, optional: OPTIONAL_TRUE.test(text) };
}

function podsPredateSecret(text: string): DeploymentGap | null {
  if (!KUBERNETES.test(text) || !ENV_FROM_SECRET.test(text) || !SECRET_CHANGED.test(text) || !PODS_OLD.test(text) || PODS_RESTARTED.test(text)) return null;
  return { kind: 'k8s-pods-predate-secret', secret: SECRET_REF.exec(text)?.[1] ?? /\bsecret\/([a-z0-9.-]{1,253})|\bget[ \t]+secrets?[ \t]+([a-z0-9][a-z0-9.-]{0,252})/i.exec(text)?.slice(1).find(Boolean) ?? null, namespace: KUBECTL_NAMESPACE.exec(text)?.[1] ?? null };
}

function composeOverride(text: string): DeploymentGap | null {
  if (!text.includes('env_file') || !text.includes('environment:')) return null;
  const lines = text.split('\n', MAX_MANIFEST_LINES);
  for (let at = 0; at < lines.length; at++) {
    if (!/^[ \t]*environment:[ \t]*$/.test(lines[at]!)) continue;
    const indent = indentOf(lines[at]!);
    // (the service the key belongs to: its lines from the header above to the next line indented less)
    let header = at - 1;
    while (header >= 0 && (lines[header]!.trim() === '' || indentOf(lines[header]!) >= indent)) header--;
    let end = at + 1;
    while (end < lines.length && (lines[end]!.trim() === '' || indentOf(lines[end]!) >= indent)) end++;
    const service = lines.slice(header + 1, end);
    const envFileLine = service.findIndex((line) => indentOf(line) === indent && /^[ \t]*env_file:/.test(line));
    if (envFileLine === -1) continue;
    const envFile = COMPOSE_ENV_FILE.exec(service.slice(envFileLine).join('\n'))?.[1];
    // (a project's own `.env` is what `${NAME}` is filled from: then the entry takes the file's value)
    if (envFile === undefined || /^(?:\.\/)?\.env$/.test(envFile)) continue;
    const entries: string[] = [];
    for (let i = at + 1; i < end && (lines[i]!.trim() === '' || indentOf(lines[i]!) > indent); i++) {
      const m = COMPOSE_SHELL_ENTRY.exec(lines[i]!);
      if (m && LOGIN_LIKE.test(m[1]!) && (m[2] === undefined || m[2] === m[1])) entries.push(lines[i]!.trim().replace(/^-[ \t]*/, ''));
    }
    // (not where the container's own environment, shown by `docker compose exec ... env` or `printenv`, has them filled)
    if (entries.length > 0 && !entriesFilled(text, entries)) return { kind: 'compose-environment-override', entries: entries.slice(0, 4), envFile };
  }
  return null;
}

/** A container's environment dumped (`docker compose exec app env`, `printenv`) with one of the entries' variables set. */
function entriesFilled(text: string, entries: readonly string[]): boolean {
  const dump = ENV_DUMP.exec(text);
  if (!dump) return false;
  const after = text.slice(dump.index);
  return entries.some((entry) => new RegExp(String.raw`(?:^|[\s\`])${/^[A-Z0-9_]+/.exec(entry)![0]}=[^\s\`$'"]`, 'm').test(after));
}
const ENV_DUMP = /\bprintenv\b|\bexec\b[^\n]{0,80}?\benv\b|\benv[ \t]*\|[ \t]*grep\b/;

function vercelProductionOnly(text: string): DeploymentGap | null {
  return /vercel/i.test(text) && PREVIEW.test(text) && !PREVIEW_WORKS.test(text) && (PRODUCTION_ONLY.test(text) || VERCEL_ENV_PRODUCTION_ONLY.test(text)) ? { kind: 'vercel-production-only' } : null;
}

function systemdEnvironmentFile(text: string): DeploymentGap | null {
  if (!text.includes('EnvironmentFile=')) return null;
  const unit = ENVIRONMENT_FILE.exec(text);
  const renamed = RENAMED_FILE.exec(text);
  const directory = unit?.[2]!.slice(0, unit[2]!.lastIndexOf('/') + 1);
  // (the unit's own file renamed: the new name, in the unit file's directory)
  const renamedTo = unit && renamed && directory && `${directory}${renamed[1]}` === unit[2] ? (renamed[2]!.startsWith('/') ? renamed[2]! : `${directory}${renamed[2]}`) : undefined;
  const moved = renamedTo ?? MOVED_TO_PATH.exec(text)?.[1]?.replace(/[.]+$/, '');
  if (!unit || moved === undefined || moved === unit[2]) return null;
  return { kind: 'systemd-environment-file', unitFile: unit[2]!, credentialsFile: moved, optional: unit[1] === '-', service: SYSTEMD_SERVICE.exec(text)?.slice(1).find(Boolean)?.replace(/\.+$/, '').replace(/\.service$/, '') ?? null };
}

function githubEnvironmentSecret(text: string): DeploymentGap | null {
  if (!text.includes('secrets.') || !/\bjobs:/.test(text) || JOB_ENVIRONMENT.test(text)) return null;
  const read = firstMatches(text, WORKFLOW_SECRETS, 30).map((m) => m[1]!).filter((name) => name !== 'GITHUB_TOKEN');
  // (the one the person's words name, else the first login- or key-like one)
  const secret = read.find((name) => new RegExp(String.raw`\b${name}\b(?![ \t]*\}\})`).test(text.replace(WORKFLOW_SECRETS, ''))) ?? read.find((name) => LOGIN_LIKE.test(name)) ?? read[0];
  const environment = ENVIRONMENT_SECRET_IN.exec(text)?.slice(1).find(Boolean);
  return secret !== undefined && environment !== undefined && !/^(?:repository|repo|organi[sz]ation|the|an?|under|to|in|into|as|on|at|of|for|from|with|my|our|their|its|and|or|also|both|new)$/i.test(environment) ? { kind: 'github-environment-secret', secret, environment, job: WORKFLOW_JOB.exec(text)?.[1] ?? null } : null;
}

function netlifyPreviewSandbox(text: string): DeploymentGap | null {
  if (!text.includes('[context.') || !/sandbox/i.test(text)) return null;
  const contexts = new Map(firstMatches(text, NETLIFY_CONTEXT, 10).map((m) => [m[1]!, firstMatches(m[2]!, TOML_VALUE, 30).map((v) => [v[1]!, v[2]!] as const)]));
  for (const name of ['deploy-preview', 'branch-deploy']) {
    const sandbox = contexts.get(name)?.find(([, value]) => SANDBOX_DOMAIN.test(value));
    if (!sandbox) continue;
    const production = contexts.get('production')?.find(([variable]) => variable === sandbox[0])?.[1] ?? null;
    return { kind: 'netlify-preview-sandbox', variable: sandbox[0], sandbox: sandbox[1], production: production !== null && !SANDBOX_DOMAIN.test(production) ? production : null };
  }
  return null;
}

function netlifyContextEmpty(text: string): DeploymentGap | null {
  if (!/netlify/i.test(text) || !NETLIFY_PREVIEWS_EMPTY.test(text)) return null;
  const variable = NETLIFY_VARIABLE_NAMED.exec(text)?.[1];
  return variable === undefined ? null : { kind: 'netlify-context-empty', variable };
}

function railwayStaged(text: string): DeploymentGap | null {
  if (!/railway/i.test(text)) return null;
  const staged = RAILWAY_STAGED.exec(text);
  return staged && !RAILWAY_APPLIED.test(text) ? { kind: 'railway-changes-staged', count: staged[1] ?? staged[2] ?? null } : null;
}

const READERS = [kubernetesNamespaceGap, podsPredateSecret, composeOverride, vercelProductionOnly, systemdEnvironmentFile, githubEnvironmentSecret, netlifyPreviewSandbox, netlifyContextEmpty, railwayStaged];

/** The first gap the paste shows, or null. */
export function deploymentGap(text: string): DeploymentGap | null {
  for (const read of READERS) {
    const gap = read(text);
    if (gap) return gap;
  }
  return null;
}

/** The gap as the one line of evidence the reply reads back (see `parseDeploymentGap`). */
export function describeDeploymentGap(gap: DeploymentGap): string {
  switch (gap.kind) {
    case 'k8s-secret-namespace':
      return `Secret ${gap.secret} in namespace ${gap.secretNamespace} · workload in ${gap.workloadNamespace}${gap.optional ? ' · optional: true' : ''}`;
    case 'k8s-pods-predate-secret':
      return `Secret ${gap.secret ?? '?'} changed · pods started before it${gap.namespace ? ` · namespace ${gap.namespace}` : ''}`;
    case 'compose-environment-override':
      return `environment: ${gap.entries.join(', ')} · env_file: ${gap.envFile}`;
    case 'vercel-production-only':
      return 'Vercel variables for Production only · a Preview deployment';
    case 'systemd-environment-file':
      return `EnvironmentFile=${gap.optional ? '-' : ''}${gap.unitFile} · credentials in ${gap.credentialsFile}${gap.service ? ` · service ${gap.service}` : ''}`;
    case 'github-environment-secret':
      return `secrets.${gap.secret} · environment secret of ${gap.environment} · job ${gap.job ?? '?'} without environment:`;
    case 'netlify-preview-sandbox':
      return `Netlify deploy-preview context · ${gap.variable} = ${gap.sandbox}${gap.production ? ` · production ${gap.production}` : ''}`;
    case 'netlify-context-empty':
      return `Netlify ${gap.variable} empty for Deploy Previews`;
    case 'railway-changes-staged':
      return `Railway changes staged${gap.count ? ` (${gap.count})` : ''} · not applied`;
  }
}

/** The gap a line of evidence written by `describeDeploymentGap` stands for, or null. */
export function parseDeploymentGap(line: string): DeploymentGap | null {
  let m: RegExpExecArray | null;
  if ((m = /^Secret (\S+) in namespace (\S+) · workload in (\S+)( · optional: true)?$/.exec(line))) return { kind: 'k8s-secret-namespace', secret: m[1]!, secretNamespace: m[2]!, workloadNamespace: m[3]!, optional: m[4] !== undefined };
  if ((m = /^Secret (\S+) changed · pods started before it(?: · namespace (\S+))?$/.exec(line))) return { kind: 'k8s-pods-predate-secret', secret: m[1] === '?' ? null : m[1]!, namespace: m[2] ?? null };
  if ((m = /^environment: (.+) · env_file: (\S+)$/.exec(line))) return { kind: 'compose-environment-override', entries: m[1]!.split(', '), envFile: m[2]! };
  if (line === 'Vercel variables for Production only · a Preview deployment') return { kind: 'vercel-production-only' };
  if ((m = /^EnvironmentFile=(-?)(\S+) · credentials in (\S+)(?: · service (\S+))?$/.exec(line))) return { kind: 'systemd-environment-file', unitFile: m[2]!, credentialsFile: m[3]!, optional: m[1] === '-', service: m[4] ?? null };
  if ((m = /^secrets\.(\S+) · environment secret of (\S+) · job (\S+) without environment:$/.exec(line))) return { kind: 'github-environment-secret', secret: m[1]!, environment: m[2]!, job: m[3] === '?' ? null : m[3]! };
  if ((m = /^Netlify deploy-preview context · (\S+) = (\S+)(?: · production (\S+))?$/.exec(line))) return { kind: 'netlify-preview-sandbox', variable: m[1]!, sandbox: m[2]!, production: m[3] ?? null };
  if ((m = /^Netlify (\S+) empty for Deploy Previews$/.exec(line))) return { kind: 'netlify-context-empty', variable: m[1]! };
  if ((m = /^Railway changes staged(?: \((\d+)\))? · not applied$/.exec(line))) return { kind: 'railway-changes-staged', count: m[1] ?? null };
  return null;
}
