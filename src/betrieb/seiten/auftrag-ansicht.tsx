import { PersonalLayout, type PersonalKontext } from '../../personal/index.ts';
import { CsrfFeld, Hinweisbox, Knopf, Tabelle } from '../../web/index.ts';
import { statusTexte, type AuftragUebersicht, type Versuch } from '../../zustellung/index.ts';
import { auftragPfad, BETRIEB, ergebnisText, zeit } from './betrieb-anzeige.ts';

// One delivery job for the operators, with its attempts and the replay of a dead job.

export function AuftragSeite(p: {
  kontext: PersonalKontext;
  auftrag: AuftragUebersicht;
  behoerdeName: string;
  versuche: Versuch[];
  meldung?: { art: 'success' | 'danger'; text: string } | undefined;
}) {
  const a = p.auftrag;
  const zeilen: [string, string][] = [
    ['Status', statusTexte[a.status]],
    ['Sozialamt', `${p.behoerdeName} (${a.behoerdeAgs})`],
    ['Art', a.test ? 'Verbindungstest (Testnachricht)' : 'Antrag oder Nachreichung'],
    ['Bezug', a.bezug],
    ['XTA-MessageID', a.xtaMessageId ?? '– (noch keine)'],
    ['Eingereiht', zeit(a.erstelltAm)],
    ['Nächster Versuch', a.status === 'queued' || a.status === 'failed' ? zeit(a.naechsterVersuchAm) : '–'],
    ['Gesendet', zeit(a.gesendetAm)],
    ['Zugestellt', zeit(a.zugestelltAm)],
    ['Nicht zustellbar seit', zeit(a.totAm)],
    [
      'Letzter Fehler',
      a.fehlerCode === null ? (a.fehlerGrund ?? '–') : `${a.fehlerCode}: ${a.fehlerGrund ?? ''}`,
    ],
  ];
  const wiederholbar = a.status === 'dead' || a.status === 'failed';
  return (
    <PersonalLayout titel="Zustellauftrag" kontext={p.kontext} aktiv="betrieb" schmal={false}>
      <div class="stapel">
        <p class="kern-body">
          <a class="kern-link" href={BETRIEB}>
            Zurück zu den Zustellungen
          </a>
        </p>
        <h1 class="kern-heading-large">Zustellauftrag</h1>
        {p.meldung !== undefined ? <Hinweisbox art={p.meldung.art} titel={p.meldung.text} /> : null}
        <dl class="kern-description-list">
          {zeilen.map(([begriff, wert]) => (
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{begriff}</dt>
              <dd class="kern-description-list-item__value">{wert}</dd>
            </div>
          ))}
        </dl>
        {wiederholbar ? (
          <form method="post" action={`${auftragPfad(a.id)}/wiederholen`} class="stapel">
            <CsrfFeld token={p.kontext.csrfToken} />
            <p class="kern-body">
              Erneut einreihen, wenn die Ursache behoben ist. Die XTA-MessageID bleibt: Der nächste Versuch
              fragt zuerst beim Empfänger nach, ob die Nachricht schon angekommen ist, damit nichts doppelt
              ankommt.
            </p>
            <div>
              <Knopf>Erneut einreihen</Knopf>
            </div>
          </form>
        ) : null}
        <Tabelle
          titel="Versuche"
          zeilen={p.versuche}
          leer={['–', 'noch kein Versuch', '–', '–']}
          spalten={[
            { titel: 'Nr.', zelle: (v) => v.nummer },
            { titel: 'Beginn', zelle: (v) => zeit(v.begonnenAm) },
            { titel: 'Ergebnis', zelle: (v) => ergebnisText(v.ergebnis) },
            {
              titel: 'Fehler',
              zelle: (v) =>
                v.fehlerCode === null ? (v.fehlerGrund ?? '–') : `${v.fehlerCode}: ${v.fehlerGrund ?? ''}`,
            },
          ]}
        />
      </div>
    </PersonalLayout>
  );
}

export function AuftragNichtGefunden({ kontext }: { kontext: PersonalKontext }) {
  return (
    <PersonalLayout titel="Nicht gefunden" kontext={kontext} aktiv="betrieb">
      <div class="stapel">
        <h1 class="kern-heading-large">Diesen Zustellauftrag gibt es nicht</h1>
        <p class="kern-body">
          <a class="kern-link" href={BETRIEB}>
            Zurück zu den Zustellungen
          </a>
        </p>
      </div>
    </PersonalLayout>
  );
}
