import { formatEuro, formatMonat } from '../../shared/index.ts';
import { feldId, Fehlertext, Hinweisbox } from '../../web/index.ts';
import type { RohEingabe } from '../schritte/felder.ts';
import { rueckstandAbweichung } from '../schritte/rueckstand.ts';
import { monateZwischen } from '../schritte/werte.ts';
import { AntragSeite, Formular, Ueberschrift } from '../seiten/bausteine.tsx';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';

// The arrears per month: a row per month of the period given before. When the months do not add up to the
// total, the answer is saved and the page shown once more with a warning; confirming it goes on.

export const rueckstandMonateAnsicht: SchrittAnsicht = {
  zeige: ({ ctx, key, gemeinsam, anzeige }) => {
    const a = ctx.auswertung;
    const r = a.daten.rueckstand;
    const daten = a.daten['rueckstand-monate'];
    return (
      <RueckstandMonate
        {...gemeinsam}
        monate={r === undefined ? [] : monateZwischen(r.von, r.bis, 36)}
        roh={anzeige.roh ?? ctx.entwurf.inhalt.eingaben[key] ?? {}}
        fehler={anzeige.fehler ?? {}}
        gesamt={r?.gesamt ?? 0}
        abweichung={
          anzeige.abweichung === true && r !== undefined && daten !== undefined
            ? rueckstandAbweichung(r.gesamt, daten.monate)
            : null
        }
      />
    );
  },
  nachSpeichern: ({ ctx, body }) => {
    if (body._abweichung === 'bestaetigt') return undefined;
    const r = ctx.auswertung.daten.rueckstand;
    const monate = ctx.auswertung.daten['rueckstand-monate']?.monate ?? [];
    // A warning, not an error: saved, shown once more with the hint; "weiter" then goes on.
    return r !== undefined && rueckstandAbweichung(r.gesamt, monate) !== null
      ? { abweichung: true }
      : undefined;
  },
};

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
          <table class="kern-table monatstabelle">
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
