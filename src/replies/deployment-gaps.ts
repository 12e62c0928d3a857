/**
 * Why the platform's settings did not reach the running program, and the fix in that platform's own terms: the person set
 * the login "in Kubernetes" or "in Vercel", and the program still runs without it (see diagnosis/deployment-gaps.ts).
 */
import type { DeploymentGap } from '../diagnosis/deployment-gaps.js';
import type { RichText } from './model.js';
import { code, join, rt, text } from './rich.js';

/** What the gap does to the running program: its variables empty, or the old ones. */
export function gapExplained(gap: DeploymentGap): RichText {
  switch (gap.kind) {
    case 'k8s-secret-namespace':
      return rt`A Pod reads Secrets of its own namespace only: the workload in ${code(gap.workloadNamespace)} refers to the Secret ${code(gap.secret)}, which is in ${code(gap.secretNamespace)}, so the variables it should fill are not set${gap.optional ? rt`, and ${code('optional: true')} lets the pod start without them instead of failing` : []}. With them empty, the program sends no login.`;
    case 'k8s-pods-predate-secret':
      return rt`The pods started before the Secret${gap.secret ? rt` ${code(gap.secret)}` : []} changed, and a variable taken from a Secret (${code('valueFrom.secretKeyRef')}) is read once, when the container starts: the running pods still use the old value, whatever the Secret holds now.`;
    case 'compose-environment-override':
      return rt`The compose file sets ${join(gap.entries.slice(0, 2).map((entry) => [code(entry)]), ' and ')}${text(gap.entries.length > 2 ? ` (and ${gap.entries.length - 2} more)` : '')} in the service's ${code('environment:')} list: Compose fills ${code('${…}')} from the shell it runs in or the project's own ${code('.env')}, not from ${code(`env_file: ${gap.envFile}`)}, and an ${code('environment:')} entry wins over the same name from the file. So the container gets them empty, as the paste shows, and sends no login.`;
    case 'vercel-production-only':
      return rt`The variables are ticked for Production only in Vercel, and the failing deployment is a Preview one: Preview deployments get none of them, so the function runs there without them (no login, no key), while Production has them and works.`;
    case 'systemd-environment-file':
      return rt`The unit reads ${code(`EnvironmentFile=${gap.optional ? '-' : ''}${gap.unitFile}`)}, but the credentials were moved to ${code(gap.credentialsFile)}${gap.optional ? rt`; the ${code('-')} tells systemd to skip a missing file silently,` : text(',')} so the service starts without them and the program sends no login.`;
    case 'github-environment-secret':
      return rt`${code(gap.secret)} is a secret of the ${code(gap.environment)} environment, and the job${gap.job ? rt` ${code(gap.job)}` : []} names no ${code('environment:')} key: GitHub Actions gives a job only the secrets of the environment it names (and the repository's), so ${code(`\${{ secrets.${gap.secret} }}`)} is empty in it.`;
    case 'netlify-preview-sandbox':
      return rt`netlify.toml gives Deploy Previews their own value: ${code(`${gap.variable} = "${gap.sandbox}"`)}, a sandbox domain, which sends only to its authorized recipients${gap.production ? rt`, while production sends through ${code(gap.production)}` : []}. A password set for every context plays no part in this.`;
    case 'netlify-context-empty':
      return rt`Netlify gives ${code(gap.variable)} a value for Production only: Deploy Previews get it empty, so the function runs there without it (a Mailgun URL built from it ends in ${code('undefined')}), while the live site has it and works.`;
    case 'railway-changes-staged':
      return rt`The changed variables are staged in Railway, not applied${gap.count ? rt` (${text(gap.count)} changes waiting to be deployed)` : []}: the running deployment still has the old values, so the worker sends with whatever host and login it had before.`;
  }
}

/** The fix, in the platform's terms (its first word in capitals where it starts a sentence). */
export function gapFix(gap: DeploymentGap, sentence = true): RichText {
  const verb = (word: string) => text(sentence ? word : word.toLowerCase());
  switch (gap.kind) {
    case 'k8s-secret-namespace':
      return rt`${verb('Make')} the Secret exist in ${code(gap.workloadNamespace)}: copy it (${code(`kubectl get secret ${gap.secret} -n ${gap.secretNamespace} -o yaml`)}, change its namespace, remove its uid and resourceVersion, apply it) or have a tool such as External Secrets or Reflector sync it there. ${gap.optional ? rt`Remove ${code('optional: true')}, so that a missing Secret stops the pod instead of sending without a login. ` : []}Then ${code(`kubectl -n ${gap.workloadNamespace} rollout restart deployment/NAME`)}.`;
    case 'k8s-pods-predate-secret':
      return rt`${verb('Run')} ${code(`kubectl${gap.namespace ? ` -n ${gap.namespace}` : ''} rollout restart deployment/NAME`)} for the workload that sends: its new pods read the new value. Nothing needs resetting again, and nothing is locked.`;
    case 'compose-environment-override':
      return rt`${verb('Remove')} those lines from the service's ${code('environment:')} (the ${code('env_file:')} already sets them), then run ${code('docker compose up -d')} for the service: it recreates the container with the file's values. ${code('docker compose exec SERVICE env')} then shows them filled.`;
    case 'vercel-production-only':
      return rt`${verb('In')} Vercel, Settings → Environment Variables, tick Preview (and Development, for local runs) for the login's and password's variables, or add them with ${code('vercel env add NAME preview')}; then redeploy the preview: a deployment keeps the variables it was built with.`;
    case 'systemd-environment-file':
      return rt`${verb('Point')} the unit at the file that holds them (${code(`EnvironmentFile=${gap.credentialsFile}`)}, without the ${code('-')}, so that a missing file stops the start instead of running without a login), then ${code('systemctl daemon-reload')} and ${code(`systemctl restart ${gap.service ?? 'SERVICE'}`)}.`;
    case 'github-environment-secret':
      return rt`${verb('Add')} ${code(`environment: ${gap.environment}`)} to the job${gap.job ? rt` (under ${code(`jobs.${gap.job}`)})` : []}, or store the secret as a repository secret (Settings → Secrets and variables → Actions). The value itself is fine: nothing needs rotating.`;
    case 'netlify-preview-sandbox':
      return rt`${verb('For')} previews that mail the testers only, keep the sandbox and add each tester's address as an authorized recipient (it must confirm Mailgun's email); for previews that mail anyone, set ${code(gap.variable)} in ${code('[context.deploy-preview.environment]')} to ${gap.production ? code(gap.production) : text("production's domain")}, with that domain's SMTP login, and redeploy the preview.`;
    case 'netlify-context-empty':
      return rt`${verb('Set')} ${code(gap.variable)} for Deploy Previews too (Site configuration → Environment variables → ${code(gap.variable)}: Same value in all deploy contexts, or a value for Deploy Previews), then run the preview's deploy again: nothing needs adding in Mailgun.`;
    case 'railway-changes-staged':
      return rt`${verb('Apply')} the staged changes (the banner's Deploy button): Railway redeploys the service with them. Then check the deployment's variables: the host must be Mailgun's SMTP host and the login the domain's SMTP login.`;
  }
}
