import type { Behoerde } from '../../katalog/katalog-tables.ts';
import {
  Auswahlgruppe,
  feldId,
  Fehlertext,
  Hinweisbox,
  Knopf,
  CsrfFeld,
} from '../../web/komponenten/formular.tsx';
import { AusserhalbMv } from '../../zustaendigkeit/komponenten.tsx';
import type { Verfuegbarkeit, Zustaendigkeit } from '../../zustaendigkeit/regeln.ts';
import type { FristAnzeige } from '../frist.ts';
import type { PersonDaten } from '../flow.ts';
import type { RohEingabe } from '../schritte/felder.ts';
import { formatEuro, formatMonat } from '../../shared/format.ts';
import { AntragSeite, Formular, Ueberschrift, type Rahmen } from './bausteine.tsx';
import { FristHinweis } from './frist-hinweis.tsx';

// Pages of steps that are not a plain form: the household list with "add another", the arrears per month,
// the Schonfrist, the Jobcenter hint, the dead end for offices not yet online, and confirmations.

type Gemeinsam = {
  rahmen: Rahmen;
  aktion: string;
  zurueck: string | undefined;
  uebersicht: string;
  ruecksprung?: string | undefined;
};

export function HaushaltUebersicht(
  p: Gemeinsam & { personen: PersonDaten[]; basis: string; fehler?: string | undefined },
) {
  const fehler = p.fehler === undefined ? undefined : { weitere: p.fehler };
  return (
    <AntragSeite titel="Personen im Haushalt" rahmen={p.rahmen} fehler={fehler} zurueck={p.zurueck}>
      <Ueberschrift bereich="Personen im Haushalt">
        {p.personen.length === 1
          ? 'Sie haben 1 weitere Person angegeben'
          : `Sie haben ${p.personen.length} weitere Personen angegeben`}
      </Ueberschrift>
      <dl class="kern-description-list personenliste">
        {p.personen.map((person) => (
          <div class="kern-description-list-item">
            <dt class="kern-description-list-item__key">
              {person.vorname} {person.familienname}
            </dt>
            <dd class="kern-description-list-item__value">
              <a class="kern-link" href={`${p.basis}/haushalt/person/${person.id}`}>
                Ändern
                <span class="kern-sr-only">
                  {' '}
                  {person.vorname} {person.familienname}
                </span>
              </a>{' '}
              <a class="kern-link" href={`${p.basis}/haushalt/person/${person.id}/entfernen`}>
                Entfernen
                <span class="kern-sr-only">
                  {' '}
                  {person.vorname} {person.familienname}
                </span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <Formular
        aktion={p.aktion}
        csrf={p.rahmen.csrf}
        ruecksprung={p.ruecksprung}
        uebersicht={p.uebersicht}
        knopf="Weiter"
      >
        <Auswahlgruppe
          name="weitere"
          legende={<h2 class="kern-heading-medium">Möchten Sie eine weitere Person hinzufügen?</h2>}
          art="radio"
          fehler={p.fehler}
          optionen={[
            { wert: 'ja', label: 'Ja' },
            { wert: 'nein', label: 'Nein' },
          ]}
          horizontal={true}
        />
      </Formular>
    </AntragSeite>
  );
}

export function PersonEntfernen(p: Gemeinsam & { person: PersonDaten }) {
  const name = `${p.person.vorname} ${p.person.familienname}`;
  return (
    <AntragSeite titel="Person entfernen" rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Personen im Haushalt">Möchten Sie {name} wirklich entfernen?</Ueberschrift>
      <p class="kern-body">
        Alle Angaben zu dieser Person, auch zu ihrem Einkommen, werden aus dem Antrag gelöscht.
      </p>
      <form method="post" action={p.aktion}>
        <CsrfFeld token={p.rahmen.csrf} />
        <div class="knopfleiste">
          <Knopf art="primary">Ja, {name} entfernen</Knopf>
          <a class="kern-link" href={p.uebersicht}>
            Nein, zurück
          </a>
        </div>
      </form>
    </AntragSeite>
  );
}

export function EntwurfLoeschen(p: Gemeinsam) {
  return (
    <AntragSeite titel="Entwurf löschen" rahmen={p.rahmen} zurueck={p.zurueck} speicherhinweis={false}>
      <Ueberschrift>Möchten Sie Ihren Entwurf wirklich löschen?</Ueberschrift>
      <p class="kern-body">
        Alle Angaben und hochgeladenen Unterlagen dieses Entwurfs werden endgültig gelöscht.
      </p>
      <form method="post" action={p.aktion}>
        <CsrfFeld token={p.rahmen.csrf} />
        <div class="knopfleiste">
          <Knopf art="secondary">Ja, Entwurf löschen</Knopf>
          <a class="kern-link" href={p.uebersicht}>
            Nein, zurück zum Antrag
          </a>
        </div>
      </form>
    </AntragSeite>
  );
}

export function RueckstandMonate(
  p: Gemeinsam & {
    monate: string[];
    roh: RohEingabe;
    fehler: Record<string, string>;
    gesamt: number;
    abweichung?: { summe: number; gesamt: number } | null;
  },
) {
  const wert = (name: string) => {
    const w = p.roh[name];
    return typeof w === 'string' ? w : '';
  };
  const zelle = (spalte: 'soll' | 'gezahlt' | 'offen', m: string, text: string) => {
    const name = `${spalte}-${m}`;
    const id = feldId(name);
    const fehler = p.fehler[name];
    return (
      <td class="kern-table__cell">
        <label class="kern-sr-only" for={id}>
          {text} {formatMonat(m)} in Euro
        </label>
        {fehler !== undefined ? <Fehlertext id={`${id}-fehler`} text={fehler} /> : null}
        <input
          class={`kern-form-input__input kern-form-input__input--width-10${fehler !== undefined ? ' kern-form-input__input--error' : ''}`}
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          value={wert(name)}
          aria-invalid={fehler !== undefined ? 'true' : undefined}
          aria-describedby={fehler !== undefined ? `${id}-fehler` : undefined}
        />
      </td>
    );
  };
  return (
    <AntragSeite titel="Mietschulden je Monat" rahmen={p.rahmen} fehler={p.fehler} zurueck={p.zurueck}>
      <Ueberschrift bereich="Mietschulden">Mietschulden je Monat</Ueberschrift>
      <p class="kern-body">
        Diese Angaben sind freiwillig, helfen dem Sozialamt aber sehr: Es braucht die Beträge je Monat für die
        Zusage an Ihren Vermieter. Sie stehen im Mietkontoauszug. Tragen Sie je Monat den offenen Betrag ein,
        oder die Miete und was Sie gezahlt haben.
      </p>
      <p class="kern-body">Ihre Mietschulden insgesamt: {formatEuro(p.gesamt)}.</p>
      {p.abweichung !== undefined && p.abweichung !== null ? (
        <Hinweisbox art="warning" titel="Die Beträge ergeben nicht die Mietschulden insgesamt">
          <p class="kern-body">
            Die offenen Beträge je Monat ergeben zusammen {formatEuro(p.abweichung.summe)}, Sie haben aber
            Mietschulden von insgesamt {formatEuro(p.abweichung.gesamt)} angegeben. Das kann richtig sein, zum
            Beispiel wegen Mahnkosten. Prüfen Sie die Beträge. Ihre Angaben sind gespeichert; wenn sie
            stimmen, klicken Sie auf „Speichern und weiter“.
          </p>
        </Hinweisbox>
      ) : null}
      <Formular aktion={p.aktion} csrf={p.rahmen.csrf} ruecksprung={p.ruecksprung} uebersicht={p.uebersicht}>
        {p.abweichung !== undefined && p.abweichung !== null ? (
          <input type="hidden" name="_abweichung" value="bestaetigt" />
        ) : null}
        <div class="kern-table-responsive" tabIndex={0} role="region" aria-label="Mietschulden je Monat">
          <table class="kern-table">
            <caption class="kern-title">Beträge in Euro</caption>
            <thead class="kern-table__header">
              <tr>
                <th class="kern-table__header" scope="col">
                  Monat
                </th>
                <th class="kern-table__header" scope="col">
                  Miete
                </th>
                <th class="kern-table__header" scope="col">
                  Gezahlt
                </th>
                <th class="kern-table__header" scope="col">
                  Offen
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {p.monate.map((m) => (
                <tr>
                  <th class="kern-table__header" scope="row">
                    {formatMonat(m)}
                  </th>
                  {zelle('soll', m, 'Miete für')}
                  {zelle('gezahlt', m, 'Gezahlt für')}
                  {zelle('offen', m, 'Offen für')}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Formular>
    </AntragSeite>
  );
}

export function Schonfrist(p: Gemeinsam & { frist: FristAnzeige | null }) {
  return (
    <AntragSeite titel="Ihre Frist" rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Kündigung und Räumungsklage">Ihre Frist</Ueberschrift>
      {p.frist !== null ? (
        <FristHinweis frist={p.frist} />
      ) : (
        <Hinweisbox art="warning" titel="Wir können Ihre Frist noch nicht berechnen">
          <p class="kern-body">
            Sobald Ihnen das Gericht die Räumungsklage zustellt, haben Sie 2 Monate Zeit. Das Datum steht auf
            dem gelben Briefumschlag. Stellen Sie den Antrag am besten sofort und ändern Sie Ihre Angaben,
            wenn Sie die Klage bekommen.
          </p>
        </Hinweisbox>
      )}
      <p class="kern-body">
        Das Sozialamt sieht die Frist in Ihrem Antrag und behandelt ihn entsprechend dringend. Sie können den
        Antrag schon absenden, wenn noch Unterlagen fehlen.
      </p>
      <Formular
        aktion={p.aktion}
        csrf={p.rahmen.csrf}
        ruecksprung={p.ruecksprung}
        uebersicht={p.uebersicht}
        knopf="Weiter"
      >
        {null}
      </Formular>
    </AntragSeite>
  );
}

export function JobcenterHinweis(p: Gemeinsam) {
  return (
    <AntragSeite titel="Zuständig ist wahrscheinlich das Jobcenter" rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Sozialleistungen">Zuständig ist wahrscheinlich das Jobcenter</Ueberschrift>
      <p class="kern-body">
        Wenn Sie oder eine Person in Ihrem Haushalt Bürgergeld bekommen, übernimmt in der Regel das Jobcenter
        die Mietschulden (§ 22 Absatz 8 SGB II). Wenden Sie sich am besten direkt an Ihr Jobcenter.
      </p>
      <p class="kern-body">
        Sie können den Antrag trotzdem hier stellen. Das Sozialamt leitet ihn dann an das Jobcenter weiter (§
        16 SGB I). Ihr Antrag gilt ab dem Tag als gestellt, an dem Sie ihn hier absenden.
      </p>
      <Formular
        aktion={p.aktion}
        csrf={p.rahmen.csrf}
        ruecksprung={p.ruecksprung}
        uebersicht={p.uebersicht}
        knopf="Antrag hier fortsetzen"
      >
        {null}
      </Formular>
    </AntragSeite>
  );
}

/** The text above the step "Wo liegt die Wohnung?" for a routing result, if there is one to say. */
export function sozialamtEinleitung(
  z: Zustaendigkeit | undefined,
  amt: string | undefined,
): string | undefined {
  if (z?.art === 'eindeutig') {
    return `Ihre Wohnung liegt in ${z.plz} ${z.gemeinde.name}. Dafür ist das Sozialamt von ${amt ?? 'Ihrem Landkreis oder Ihrer kreisfreien Stadt'} zuständig. Sie müssen nichts auswählen.`;
  }
  if (z?.art === 'unbekannt') {
    return `Zur Postleitzahl ${z.plz} kennen wir keinen Ort. Prüfen Sie die Postleitzahl der Wohnung. Wenn sie stimmt, wählen Sie hier den Landkreis oder die kreisfreie Stadt, in dem oder in der die Wohnung liegt.`;
  }
  return undefined;
}

/** Terminal page when the flat lies outside M-V: where to apply instead. The draft is kept. */
export function AusserhalbMvSeite(
  p: Gemeinsam & { ergebnis: Extract<Zustaendigkeit, { art: 'ausserhalb_mv' }> | undefined },
) {
  const titel = 'Dieser Online-Antrag gilt nur in Mecklenburg-Vorpommern';
  return (
    <AntragSeite titel={titel} rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Wohnung">{titel}</Ueberschrift>
      {p.ergebnis !== undefined ? (
        <AusserhalbMv ergebnis={p.ergebnis} />
      ) : (
        <p class="kern-body">Ihre Wohnung liegt nach unseren Daten nicht in Mecklenburg-Vorpommern.</p>
      )}
      <p class="kern-body">
        Ihre bisherigen Angaben bleiben gespeichert. Liegt die Wohnung doch in Mecklenburg-Vorpommern?{' '}
        <a class="kern-link" href={p.zurueck ?? p.uebersicht}>
          Angabe ändern
        </a>
      </p>
    </AntragSeite>
  );
}

/** Heading of the written-way page: not yet connected, paused, or deregistered for good. */
export function nichtOnlineTitel(v: Verfuegbarkeit | undefined): string {
  if (v?.art === 'voruebergehend_nicht_verfuegbar')
    return 'Bei diesem Sozialamt ist der Online-Antrag vorübergehend nicht möglich';
  if (v?.art === 'schriftlich' && v.grund === 'abgemeldet')
    return 'Dieses Sozialamt nimmt den Antrag nicht mehr online an';
  return 'Dieses Sozialamt nimmt den Antrag noch nicht online an';
}

export function NichtOnline(
  p: Gemeinsam & { behoerde: Behoerde | undefined; verfuegbarkeit: Verfuegbarkeit | undefined },
) {
  const b = p.behoerde;
  const v = p.verfuegbarkeit;
  const titel = nichtOnlineTitel(v);
  const hinweis = v?.art === 'voruebergehend_nicht_verfuegbar' ? v.hinweis : null;
  return (
    <AntragSeite titel={titel} rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Wohnung">{titel}</Ueberschrift>
      <p class="kern-body">
        Für Ihre Wohnung ist {b?.name ?? 'ein anderes Sozialamt'} zuständig. Dort können Sie den Antrag
        zurzeit nur schriftlich oder persönlich stellen. Ein formloses Schreiben genügt: Schreiben Sie, dass
        Sie die Übernahme Ihrer Mietschulden beantragen, und legen Sie die Mahnung, die Kündigung oder die
        Räumungsklage bei.
      </p>
      <p class="kern-body">
        {v?.art === 'voruebergehend_nicht_verfuegbar'
          ? 'Ihre bisherigen Angaben bleiben gespeichert. Sobald der Online-Antrag wieder möglich ist, können Sie hier weitermachen.'
          : 'Ihre bisherigen Angaben bleiben gespeichert.'}
      </p>
      {hinweis !== null ? (
        <Hinweisbox art="info" titel="Hinweis des Sozialamts">
          <p class="kern-body">{hinweis}</p>
        </Hinweisbox>
      ) : null}
      {b !== undefined ? (
        <div class="kern-body">
          <p class="kern-body kern-body--bold">{b.name}</p>
          <p class="kern-body">{b.amt}</p>
          <p class="kern-body">
            {b.strasse}, {b.plz} {b.ort}
          </p>
          {b.telefon !== null ? <p class="kern-body">Telefon: {b.telefon}</p> : null}
          {b.sprechzeiten !== null ? <p class="kern-body">Sprechzeiten: {b.sprechzeiten}</p> : null}
        </div>
      ) : null}
      <p class="kern-body">
        Stimmt die Angabe zum Ort der Wohnung nicht?{' '}
        <a class="kern-link" href={p.zurueck ?? p.uebersicht}>
          Angabe ändern
        </a>
      </p>
    </AntragSeite>
  );
}
