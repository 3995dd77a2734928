import { Tabelle } from '../../web/index.ts';
import type { Konto } from '../konto.ts';
import type { EreignisArt, EreignisWeg, PersonalEreignis } from '../personal-tables.ts';
import { PersonalLayout, rollenText, uhrzeitText, type PersonalKontext } from '../personal-layout.tsx';
import { formatTagUndUhrzeit } from '../../shared/index.ts';

const ereignisNamen: Record<EreignisArt, string> = {
  anmeldung_erfolgreich: 'Anmeldung',
  anmeldung_fehlgeschlagen: 'Anmeldung fehlgeschlagen',
  anmeldung_waehrend_sperre: 'Anmeldeversuch während einer Sperre',
  konto_gesperrt: 'Konto nach Fehlversuchen gesperrt',
  abmeldung: 'Abmeldung',
  konto_angelegt: 'Konto angelegt',
  konto_geaendert: 'Konto geändert',
  rollen_geaendert: 'Rollen oder Sozialämter geändert',
  passwort_geaendert: 'Passwort geändert',
  konto_deaktiviert: 'Konto deaktiviert',
  konto_aktiviert: 'Konto aktiviert',
  sperre_aufgehoben: 'Sperre aufgehoben',
  oidc_abgelehnt: 'Anmeldung über Dienstkonto abgelehnt',
};

const wegNamen: Record<EreignisWeg, string> = {
  passwort: 'Passwort',
  oidc: 'Dienstkonto (OIDC)',
  cli: 'Kommandozeile',
  system: 'System',
  web: 'Verwaltungsoberfläche',
};

export function KontenSeite({
  kontext,
  konten,
  ereignisse,
}: {
  kontext: PersonalKontext;
  konten: Konto[];
  ereignisse: PersonalEreignis[];
}) {
  const logins = new Map(konten.map((k) => [k.id, k.login]));
  const status = (k: Konto) =>
    !k.aktiv
      ? 'deaktiviert'
      : k.gesperrtBis !== null && k.gesperrtBis > kontext.jetzt
        ? `gesperrt bis ${uhrzeitText(k.gesperrtBis)}`
        : 'aktiv';
  return (
    <PersonalLayout titel="Konten" kontext={kontext} aktiv="konten" schmal={false}>
      <div class="stapel">
        <h1 class="kern-heading-large">Konten und Sicherheitsprotokoll</h1>
        <p class="kern-body">
          Konten legen Sie mit <code>npm run cli -- benutzer anlegen</code> an; dort ändern, sperren und
          entsperren Sie sie auch (<code>npm run cli -- benutzer hilfe</code>).
        </p>
        <Tabelle
          titel={`Konten (${konten.length})`}
          zeilen={konten}
          spalten={[
            { titel: 'Anmeldename', zelle: (k) => k.login },
            {
              titel: 'Name',
              zelle: (k) => (
                <>
                  {k.anzeigename}
                  {k.demo ? ' (Demo)' : ''}
                </>
              ),
            },
            { titel: 'Rollen', zelle: (k) => rollenText(k.rollen) },
            { titel: 'Sozialämter', zelle: (k) => k.behoerden.join(', ') },
            {
              titel: 'Anmeldung',
              zelle: (k) =>
                k.hatPasswort
                  ? k.passwortWechselNoetig
                    ? 'Passwort, Wechsel ausstehend'
                    : 'Passwort'
                  : 'nur Dienstkonto',
            },
            { titel: 'Status', zelle: status },
          ]}
        />
        <Tabelle
          titel={`Sicherheitsprotokoll (neueste ${ereignisse.length} Einträge)`}
          zeilen={ereignisse}
          spalten={[
            { titel: 'Zeitpunkt', zelle: (e) => formatTagUndUhrzeit(e.zeitpunkt) },
            { titel: 'Ereignis', zelle: (e) => ereignisNamen[e.art] },
            {
              titel: 'Konto',
              zelle: (e) => (e.konto_id === null ? '–' : (logins.get(e.konto_id) ?? 'gelöscht')),
            },
            { titel: 'Weg', zelle: (e) => wegNamen[e.weg] },
            { titel: 'Adresse', zelle: (e) => e.ip ?? '–' },
          ]}
        />
      </div>
    </PersonalLayout>
  );
}
