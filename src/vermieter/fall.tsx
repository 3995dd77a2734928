import type { AntragZeile, AntragRepo } from '../antrag/index.ts';
import type { Db } from '../db/index.ts';
import { formatDatum, formatEuro, formatMonat, formatZeitpunkt, type Schluessel } from '../shared/index.ts';
import { CsrfFeld, Knopf } from '../web/index.ts';
import { erklaerungVon } from './absenden.ts';
import { erklaerungAusNachricht } from './nachricht.ts';
import { einladungenZu, stand, type Einladungsstand } from './einladung.ts';
import { ART_TEXT, KLAGE_TEXT, KUENDIGUNG_TEXT, type Erklaerung } from './erklaerung-daten.ts';
import { vergleiche, type Vergleich, type Zeile } from './vergleich.ts';

// The landlord section of a case in the inbox: invitations (invite, revoke, letter) and the declaration beside
// the tenant's figures, every difference marked in words and colour (per month, sum, total, rent).

export type FallEinladung = {
  id: string;
  stand: Einladungsstand;
  erstelltAm: Date;
  gueltigBis: Date;
  eingereichtAm: Date | null;
  akteur: string;
  brief: boolean;
};

export type VermieterImFall = {
  einladungen: FallEinladung[];
  erklaerung: { e: Erklaerung; vergleich: Vergleich; eingereichtAm: Date } | undefined;
};

export async function vermieterImFall(
  k: { db: Db; schluessel: Schluessel; repo: AntragRepo; jetzt: () => Date },
  antrag: AntragZeile,
): Promise<VermieterImFall> {
  const jetzt = k.jetzt();
  const zeilen = await einladungenZu(k, antrag.id);
  const eingereicht = zeilen.find((z) => z.eingereicht_am !== null);
  // What the office received (the delivered message); the stored copy only for a declaration without one.
  const e =
    eingereicht === undefined
      ? undefined
      : ((await erklaerungAusNachricht(k, eingereicht.id)) ?? erklaerungVon(k, eingereicht));
  let erklaerung: VermieterImFall['erklaerung'];
  if (e !== undefined && eingereicht?.eingereicht_am) {
    const eingang = k.repo.antragDaten(antrag);
    const d = eingang.daten;
    erklaerung = {
      e,
      eingereichtAm: eingereicht.eingereicht_am,
      vergleich: vergleiche(
        {
          monate: d['rueckstand-monate']?.monate ?? [],
          gesamtCent: eingang.rueckstandGesamtCent,
          miete: {
            ...(d.miete?.grundmiete !== undefined ? { grundmiete: d.miete.grundmiete } : {}),
            ...(d.miete?.betriebskosten !== undefined ? { betriebskosten: d.miete.betriebskosten } : {}),
            ...(d.miete?.heizkosten !== undefined ? { heizkosten: d.miete.heizkosten } : {}),
          },
        },
        e,
      ),
    };
  }
  return {
    einladungen: zeilen.map((z) => ({
      id: z.id,
      stand: stand(z, jetzt),
      erstelltAm: z.erstellt_am,
      gueltigBis: z.gueltig_bis,
      eingereichtAm: z.eingereicht_am,
      akteur: z.akteur_name,
      brief: z.brief !== null && stand(z, jetzt) === 'offen',
    })),
    erklaerung,
  };
}

const STAND_TEXT: Record<Einladungsstand, string> = {
  offen: 'offen',
  abgelaufen: 'abgelaufen',
  widerrufen: 'widerrufen oder ersetzt',
  eingereicht: 'beantwortet',
};

const euro = (c: number | undefined) => (c === undefined ? '–' : formatEuro(c));
const differenz = (z: Zeile) =>
  z.differenz === undefined ? 'nur eine Seite' : `${z.differenz > 0 ? '+' : ''}${formatEuro(z.differenz)}`;

function VergleichZeile({ z }: { z: Zeile }) {
  return (
    <tr class={z.abweichend ? 'abweichung' : undefined}>
      <th scope="row">{z.monat !== undefined ? formatMonat(z.monat) : z.bezeichnung}</th>
      <td>{euro(z.mieter)}</td>
      <td>{euro(z.vermieter)}</td>
      <td>{z.abweichend ? <strong>Abweichung: {differenz(z)}</strong> : 'gleich'}</td>
    </tr>
  );
}

function VergleichTabelle({ titel, zeilen }: { titel: string; zeilen: Zeile[] }) {
  return (
    <table class="kern-table vergleich">
      <caption class="kern-title">{titel}</caption>
      <thead>
        <tr>
          <th scope="col"> </th>
          <th scope="col">Laut Antrag</th>
          <th scope="col">Laut Vermieter</th>
          <th scope="col">Unterschied</th>
        </tr>
      </thead>
      <tbody>
        {zeilen.map((z) => (
          <VergleichZeile z={z} />
        ))}
      </tbody>
    </table>
  );
}

function Erklaerungsangaben({ e }: { e: Erklaerung }) {
  const paare: [string, string][] = [
    ['Erklärt von', `${e.erklaerende.name} (${ART_TEXT[e.erklaerende.art]})`],
    [
      'Kontakt',
      [e.erklaerende.ansprechperson, e.erklaerende.telefon, e.erklaerende.email].filter(Boolean).join(', ') ||
        '–',
    ],
    ['Stand des Mietkontos', formatDatum(e.rueckstand.stand)],
    ['Fortsetzung nach Zahlung', e.fortsetzung ? 'Ja' : 'Nein'],
    ['Kündigung', KUENDIGUNG_TEXT[e.kuendigung]],
    ['Räumungsklage', KLAGE_TEXT[e.raeumungsklage]],
    ['Zahlung bis', e.zahlungBis === undefined ? '–' : formatDatum(e.zahlungBis)],
    ['Termin der Räumung', e.raeumungstermin === undefined ? '–' : formatDatum(e.raeumungstermin)],
    [
      'Bankverbindung',
      `${e.bank.kontoinhaber}, ${e.bank.iban}${e.bank.bic !== undefined ? `, ${e.bank.bic}` : ''}`,
    ],
    ['Verwendungszweck', e.bank.verwendungszweck],
  ];
  return (
    <dl class="kern-description-list">
      {paare.map(([k, v]) => (
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{k}</dt>
          <dd class="kern-description-list-item__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function VermieterAbschnitt(p: { v: VermieterImFall; basis: string; csrf: string }) {
  const { v } = p;
  const offen = v.einladungen.find((e) => e.stand === 'offen');
  return (
    <section aria-labelledby="vermieter" class="stapel">
      <h2 class="kern-heading-medium" id="vermieter">
        Erklärung des Vermieters
      </h2>
      {v.erklaerung !== undefined ? (
        <>
          <p class="kern-body">
            Abgegeben am {formatZeitpunkt(v.erklaerung.eingereichtAm)}.{' '}
            {v.erklaerung.vergleich.abweichungen === 0
              ? 'Die Angaben stimmen mit dem Antrag überein.'
              : `${v.erklaerung.vergleich.abweichungen} Angaben weichen vom Antrag ab (markiert).`}
          </p>
          <VergleichTabelle
            titel="Rückstand je Monat"
            zeilen={[
              ...v.erklaerung.vergleich.monate,
              v.erklaerung.vergleich.summe,
              v.erklaerung.vergleich.gesamt,
            ]}
          />
          <VergleichTabelle titel="Monatliche Miete" zeilen={v.erklaerung.vergleich.miete} />
          <Erklaerungsangaben e={v.erklaerung.e} />
        </>
      ) : (
        <p class="kern-body">Der Vermieter hat noch keine Erklärung abgegeben.</p>
      )}
      {v.einladungen.length > 0 ? (
        <ul class="kern-list">
          {v.einladungen.map((e) => (
            <li>
              Einladung vom {formatZeitpunkt(e.erstelltAm)} ({e.akteur}), gültig bis{' '}
              {formatZeitpunkt(e.gueltigBis)}: {STAND_TEXT[e.stand]}
              {e.brief ? (
                <>
                  {' '}
                  <a class="kern-link" href={`${p.basis}/vermieter/${e.id}/brief.pdf`}>
                    Brief (PDF)
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {v.erklaerung === undefined ? (
        <div class="knopfleiste">
          <form method="post" action={`${p.basis}/vermieter-einladen`}>
            <CsrfFeld token={p.csrf} />
            <Knopf art={offen === undefined ? 'primary' : 'secondary'}>
              {offen === undefined ? 'Vermieter einladen' : 'Neuen Link erstellen'}
            </Knopf>
          </form>
          {offen !== undefined ? (
            <form method="post" action={`${p.basis}/vermieter/${offen.id}/widerrufen`}>
              <CsrfFeld token={p.csrf} />
              <Knopf art="secondary">Einladung widerrufen</Knopf>
            </form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
