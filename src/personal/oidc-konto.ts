import type { Db } from '../db/index.ts';
import { fehler, ok, type Ergebnis } from '../shared/index.ts';
import { kontoAendern } from './konto-aendern.ts';
import { kontoPerEmail, kontoPerLogin, type Konto } from './konto.ts';
import type { OidcAnspruch } from './oidc.ts';

// Which account an OpenID Connect login opens: found by login name, else by e-mail address; roles and
// offices are taken over from the provider's groups when the configuration says so.

export type OidcAblehnung = { grund: string; titel: string; text: string };

export async function oidcKontoFinden(db: Db, anspruch: OidcAnspruch): Promise<Konto | undefined> {
  return (
    (anspruch.login === undefined ? undefined : await kontoPerLogin(db, anspruch.login)) ??
    (anspruch.email === undefined ? undefined : await kontoPerEmail(db, anspruch.email))
  );
}

/** Checks the account found for a login and brings its roles in line with the provider's groups. */
export async function oidcKontoAbgleichen(
  db: Db,
  konto: Konto | undefined,
  anspruch: OidcAnspruch,
  k: { jetzt: Date; ip: string; production: boolean },
): Promise<Ergebnis<Konto, OidcAblehnung>> {
  if (konto === undefined)
    return fehler({
      grund: 'kein_konto',
      titel: 'Für Ihr Dienstkonto gibt es hier kein Benutzerkonto',
      text: `Ihr Dienstkonto (${anspruch.login ?? anspruch.email ?? 'ohne Namen'}) ist keinem Benutzerkonto dieses Dienstes zugeordnet. Die Stelle, die die Konten verwaltet, muss zuerst ein Konto mit demselben Anmeldenamen oder derselben E-Mail-Adresse anlegen.`,
    });
  if (!konto.aktiv || (konto.demo && k.production))
    return fehler({
      grund: 'inaktiv',
      titel: 'Ihr Benutzerkonto ist deaktiviert',
      text: 'Bitte wenden Sie sich an die Stelle, die Ihr Konto verwaltet.',
    });
  if (anspruch.rollen?.length === 0)
    return fehler({
      grund: 'keine_rolle',
      titel: 'Ihr Dienstkonto hat hier keine Rolle',
      text: 'Ihr Dienstkonto gehört zu keiner Gruppe, der in diesem Dienst eine Rolle zugeordnet ist. Bitte wenden Sie sich an die Stelle, die die Gruppen verwaltet.',
    });
  if (anspruch.rollen === undefined && anspruch.behoerden === undefined) return ok(konto);

  const abgeglichen = await kontoAendern(
    db,
    konto.id,
    {
      ...(anspruch.rollen !== undefined ? { rollen: anspruch.rollen } : {}),
      ...(anspruch.behoerden !== undefined ? { behoerden: anspruch.behoerden } : {}),
    },
    { jetzt: k.jetzt, weg: 'oidc', ausgeloestVon: null, ip: k.ip },
  );
  if (!abgeglichen.ok)
    return fehler({
      grund: 'gruppen_unvollstaendig',
      titel: 'Ihr Dienstkonto ist keinem Sozialamt zugeordnet',
      text: 'Für die Sachbearbeitung muss Ihr Dienstkonto zur Gruppe Ihres Sozialamts gehören. Bitte wenden Sie sich an die Stelle, die die Gruppen verwaltet.',
    });
  return ok(abgeglichen.wert);
}
