import { z } from 'zod';
import { rollen, type Rolle } from '../personal/rollen.ts';
import { bool, ConfigError } from './werte.ts';

// Staff login: local passwords and OpenID Connect (personal/oidc.ts).

export const personalEnv = {
  PERSONAL_PASSWORT_ANMELDUNG: bool.default(true),
  OIDC_ISSUER: z
    .url({
      error: 'muss die Issuer-URL des Identitätsanbieters sein, z. B. https://sso.example.de/realms/kreis',
    })
    .optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_ANZEIGENAME: z.string().min(1).default('Dienstkonto der Verwaltung (Single Sign-on)'),
  OIDC_SCOPES: z.string().min(1).default('openid profile email'),
  OIDC_LOGIN_CLAIM: z.string().min(1).default('preferred_username'),
  OIDC_GRUPPEN_CLAIM: z.string().min(1).default('groups'),
  OIDC_ROLLEN_GRUPPEN: z.string().min(1).optional(),
  OIDC_BEHOERDEN_GRUPPEN: z.string().min(1).optional(),
};

type PersonalEnv = z.infer<z.ZodObject<typeof personalEnv>>;

/** OpenID Connect login for staff (personal/oidc.ts). */
export type OidcEinstellungen = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Text of the login button. */
  anzeigename: string;
  scopes: string;
  /** Claim whose value is the local login name (matched first; then the e-mail claim). */
  loginClaim: string;
  /** Claim with the list of groups. */
  gruppenClaim: string;
  /** Group names per role; undefined: the roles of the local account apply. */
  rollenGruppen: Partial<Record<Rolle, string[]>> | undefined;
  /** Group names per office (AGS); undefined: the offices of the local account apply. */
  behoerdenGruppen: Record<string, string[]> | undefined;
};

export function oidcEinstellungen(env: PersonalEnv, production: boolean): OidcEinstellungen | undefined {
  const problems: string[] = [];
  if (env.OIDC_ISSUER === undefined) {
    for (const name of [
      'OIDC_CLIENT_ID',
      'OIDC_CLIENT_SECRET',
      'OIDC_ROLLEN_GRUPPEN',
      'OIDC_BEHOERDEN_GRUPPEN',
    ] as const)
      if (env[name] !== undefined) problems.push(`${name}: wirkt nur zusammen mit OIDC_ISSUER`);
    if (!env.PERSONAL_PASSWORT_ANMELDUNG)
      problems.push('PERSONAL_PASSWORT_ANMELDUNG: false geht nur, wenn OIDC_ISSUER gesetzt ist');
    if (problems.length > 0) throw new ConfigError(problems);
    return undefined;
  }
  const issuer = new URL(env.OIDC_ISSUER);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
  if (issuer.protocol !== 'https:' && (production || !loopback || issuer.protocol !== 'http:'))
    problems.push(
      'OIDC_ISSUER: muss mit https:// beginnen (http:// nur für 127.0.0.1 außerhalb des Betriebs)',
    );
  if (env.OIDC_CLIENT_ID === undefined)
    problems.push('OIDC_CLIENT_ID: ist zusammen mit OIDC_ISSUER erforderlich');
  if (env.OIDC_CLIENT_SECRET === undefined)
    problems.push('OIDC_CLIENT_SECRET: ist zusammen mit OIDC_ISSUER erforderlich');
  const rollenGruppen = zuordnung('OIDC_ROLLEN_GRUPPEN', env.OIDC_ROLLEN_GRUPPEN, problems, (k) =>
    (rollen as readonly string[]).includes(k)
      ? null
      : `unbekannte Rolle „${k}“ (möglich: ${rollen.join(', ')})`,
  ) as Partial<Record<Rolle, string[]>> | undefined;
  const behoerdenGruppen = zuordnung('OIDC_BEHOERDEN_GRUPPEN', env.OIDC_BEHOERDEN_GRUPPEN, problems, (k) =>
    /^[0-9]{5}$/.test(k) ? null : `„${k}“ ist kein fünfstelliger Kreisschlüssel (AGS)`,
  );
  if (problems.length > 0 || env.OIDC_CLIENT_ID === undefined || env.OIDC_CLIENT_SECRET === undefined)
    throw new ConfigError(problems);
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    anzeigename: env.OIDC_ANZEIGENAME,
    scopes: env.OIDC_SCOPES,
    loginClaim: env.OIDC_LOGIN_CLAIM,
    gruppenClaim: env.OIDC_GRUPPEN_CLAIM,
    rollenGruppen,
    behoerdenGruppen,
  };
}

/** "schluessel=gruppe;schluessel=gruppe2": split at ';' and at the first '=' (group DNs contain '=' and ','). */
function zuordnung(
  name: string,
  wert: string | undefined,
  problems: string[],
  schluesselFehler: (k: string) => string | null,
): Record<string, string[]> | undefined {
  if (wert === undefined) return undefined;
  const ergebnis: Record<string, string[]> = {};
  for (const eintrag of wert
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const i = eintrag.indexOf('=');
    const k = i < 0 ? '' : eintrag.slice(0, i).trim();
    const gruppe = i < 0 ? '' : eintrag.slice(i + 1).trim();
    if (k === '' || gruppe === '') {
      problems.push(`${name}: „${eintrag}“ hat nicht die Form schlüssel=gruppe`);
      continue;
    }
    const fehler = schluesselFehler(k);
    if (fehler !== null) {
      problems.push(`${name}: ${fehler}`);
      continue;
    }
    ergebnis[k] = [...(ergebnis[k] ?? []), gruppe];
  }
  return ergebnis;
}
