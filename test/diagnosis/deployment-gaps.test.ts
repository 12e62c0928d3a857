import { describe, expect, it } from 'vitest';
import { loginInOneBranch } from '../../src/diagnosis/code-branches.js';
import { deploymentGap, describeDeploymentGap, parseDeploymentGap, type DeploymentGap } from '../../src/diagnosis/deployment-gaps.js';

const DEPLOYMENT = (workloadNamespace: string) => `kind: Deployment
metadata:
  name: notifier
  namespace: ${workloadNamespace}
spec:
  template:
    spec:
      containers:
        - env:
            - name: SMTP_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: mailgun-smtp
                  key: password
                  optional: true
---
kind: Secret
metadata:
  name: mailgun-smtp
  namespace: platform-secrets
`;

describe('deploymentGap', () => {
  it("reads a Secret's and a workload's namespaces from their manifests", () => {
    expect(deploymentGap(DEPLOYMENT('shop'))).toEqual({ kind: 'k8s-secret-namespace', secret: 'mailgun-smtp', secretNamespace: 'platform-secrets', workloadNamespace: 'shop', optional: true });
  });

  it('finds no gap when both are in one namespace', () => {
    expect(deploymentGap(DEPLOYMENT('platform-secrets'))).toBeNull();
  });

  it("reads Compose's environment: entries only in the service that has the env_file:", () => {
    const compose = (envFile: string) => `services:\n  mailer:\n    environment:\n      SMTP_PASS: \${SMTP_PASS}\n  api:\n    env_file: ${envFile}\n`;
    expect(deploymentGap(compose('.env.api'))).toBeNull();
    const same = 'services:\n  mailer:\n    env_file: ./mail.env\n    environment:\n      - SMTP_PASS=${SMTP_PASS}\n      - TZ=UTC\n';
    expect(deploymentGap(same)).toEqual({ kind: 'compose-environment-override', entries: ['SMTP_PASS=${SMTP_PASS}'], envFile: './mail.env' });
    // (the project's own .env is what `${...}` is filled from)
    expect(deploymentGap(same.replace('./mail.env', '.env'))).toBeNull();
  });

  it('reads a unit whose EnvironmentFile= is not where the credentials were moved', () => {
    const unit = (file: string) => `[Service]\nEnvironmentFile=-${file}\n\nWe moved the credentials to /etc/app/mail.conf and ran systemctl restart app.`;
    expect(deploymentGap(unit('/etc/app/mail.env'))).toEqual({ kind: 'systemd-environment-file', unitFile: '/etc/app/mail.env', credentialsFile: '/etc/app/mail.conf', optional: true, service: 'app' });
    expect(deploymentGap(unit('/etc/app/mail.conf'))).toBeNull();
  });

  it("reads a job that names no environment: beside an environment's secret, and not one that does", () => {
    const workflow = (environment: string) => `jobs:\n  send:\n${environment}    steps:\n      - env:\n          KEY: \${{ secrets.MAILGUN_KEY }}\nWe added it under Settings > Environments > production > Environment secrets.`;
    expect(deploymentGap(workflow(''))).toEqual({ kind: 'github-environment-secret', secret: 'MAILGUN_KEY', environment: 'production', job: 'send' });
    expect(deploymentGap(workflow('    environment: production\n'))).toBeNull();
  });

  it('reads Railway\'s staged changes only while they are not applied', () => {
    expect(deploymentGap('Railway shows a banner "Apply 2 changes" I did not click')).toEqual({ kind: 'railway-changes-staged', count: '2' });
    expect(deploymentGap('Railway shows "Apply 2 changes"; I clicked Apply an hour ago')).toBeNull();
  });

  it.each<DeploymentGap>([
    { kind: 'k8s-secret-namespace', secret: 's', secretNamespace: 'a', workloadNamespace: 'b', optional: false },
    { kind: 'k8s-pods-predate-secret', secret: null, namespace: 'billing' },
    { kind: 'compose-environment-override', entries: ['A=${A}', 'B='], envFile: 'x.env' },
    { kind: 'vercel-production-only' },
    { kind: 'systemd-environment-file', unitFile: '/a', credentialsFile: '/b', optional: false, service: null },
    { kind: 'github-environment-secret', secret: 'K', environment: 'prod', job: null },
    { kind: 'netlify-preview-sandbox', variable: 'D', sandbox: 'sandbox0123456789abcdef0123.mailgun.org', production: null },
    { kind: 'netlify-context-empty', variable: 'MAILGUN_DOMAIN' },
    { kind: 'railway-changes-staged', count: null },
    { kind: 'railway-changes-staged', count: '2' },
  ])('reads back the line it writes ($kind)', (gap) => {
    expect(parseDeploymentGap(describeDeploymentGap(gap))).toEqual(gap);
  });

  it('answers a megabyte of manifests at once', () => {
    const started = performance.now();
    deploymentGap(DEPLOYMENT('shop').repeat(4000) + 'env_file: x\nenvironment:\n' + '  - A=${A}\n'.repeat(20000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('loginInOneBranch', () => {
  const code = (elseBody: string) => `if port == 465:\n    s = smtplib.SMTP_SSL(host, 465)\n    s.login(user, pw)\nelse:\n    s = smtplib.SMTP(host, port)\n${elseBody}s.sendmail(a, b, c)\n`;

  it('finds the branch that never logs in', () => {
    expect(loginInOneBranch(code('    s.starttls()\n'))).toEqual({ login: 's.login(user, pw)', without: 'else:' });
  });

  it('finds nothing when both branches log in', () => {
    expect(loginInOneBranch(code('    s.starttls()\n    s.login(user, pw)\n'))).toBeNull();
  });
});
