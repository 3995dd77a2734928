import type { ComponentChildren } from 'preact';
import { moeglicheZiele, pruefeUebergang } from '../lebenszyklus.ts';
import { AktionsKnopf, type Seitenkontext } from './verwaltung-layout.tsx';
import { paarPfad } from './paar-pfad.ts';
import type { Detail } from './detail-daten.ts';

function Link({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a class="kern-btn kern-btn--secondary" href={href}>
      <span class="kern-label">{children}</span>
    </a>
  );
}

/** The next steps for the current state, with what is still missing for the next transition. */
export function NaechsteSchritte({
  d,
  kontext,
  koordination,
}: {
  d: Detail;
  kontext: Seitenkontext;
  koordination: boolean;
}) {
  const pfad = paarPfad(d.behoerde.ags, d.dienst.id);
  const csrf = kontext.csrf;
  const letzte = d.bekundungen[0];
  const neueBedingungen =
    d.fakten.aktuelleBedingungen !== null &&
    (d.fakten.akzeptierteBedingungen === null ||
      d.fakten.akzeptierteBedingungen < d.fakten.aktuelleBedingungen);
  const offen = moeglicheZiele(d.zustand)
    .filter((z) => !['voruebergehend_abgemeldet', 'kuendigung_angekuendigt', 'abgemeldet'].includes(z))
    .flatMap((z) => {
      const p = pruefeUebergang(d.zustand, z, d.fakten, { grund: 'x', datum: d.fakten.heute });
      return p.ok ? [] : p.fehler;
    });
  const knoepfe: ComponentChildren[] = [];
  switch (d.zustand) {
    case 'nicht_angebunden':
      knoepfe.push(<Link href={`${pfad}/interessenbekundung`}>Interessenbekundung erfassen</Link>);
      if (letzte !== undefined) {
        knoepfe.push(<Link href={`${pfad}/interessenbekundung/${letzte.id}`}>E-Mail-Text anzeigen</Link>);
        if (koordination)
          knoepfe.push(
            <AktionsKnopf
              aktion={`${pfad}/eingang-bestaetigen`}
              csrf={csrf}
              text="Eingang der Interessenbekundung bestätigen"
            />,
          );
      }
      break;
    case 'interesse_bekundet':
      knoepfe.push(<Link href={`${pfad}/bedingungen`}>Nachnutzungsbedingungen lesen und akzeptieren</Link>);
      break;
    case 'bedingungen_akzeptiert':
      knoepfe.push(
        <Link href={`${pfad}/unterlagen`}>
          {koordination ? 'Bestätigung und Unterlagen bereitstellen' : 'Unterlagen ansehen'}
        </Link>,
      );
      break;
    case 'unterlagen_bereitgestellt':
      knoepfe.push(<Link href={`${pfad}/unterlagen`}>Unterlagen ansehen und Empfang bestätigen</Link>);
      knoepfe.push(<Link href={`${pfad}/verbindung`}>Verbindungsdaten eintragen</Link>);
      knoepfe.push(
        <AktionsKnopf
          aktion={`${pfad}/technisch-angebunden`}
          csrf={csrf}
          text="Technische Anbindung abschließen"
        />,
      );
      break;
    case 'technisch_angebunden':
      knoepfe.push(
        <AktionsKnopf
          aktion={`${pfad}/verbindungstest`}
          csrf={csrf}
          text="Verbindungstest durchführen"
          art="secondary"
        />,
      );
      knoepfe.push(
        <AktionsKnopf
          aktion={`${pfad}/test-erfolgreich`}
          csrf={csrf}
          text="Test als erfolgreich festhalten"
        />,
      );
      knoepfe.push(<Link href={`${pfad}/verbindung`}>Verbindungsdaten ändern</Link>);
      break;
    case 'test_erfolgreich':
      if (neueBedingungen)
        knoepfe.push(<Link href={`${pfad}/bedingungen`}>Neue Nachnutzungsbedingungen akzeptieren</Link>);
      if (koordination) knoepfe.push(<Link href={`${pfad}/produktiv`}>Produktiv setzen</Link>);
      knoepfe.push(
        <AktionsKnopf
          aktion={`${pfad}/verbindungstest`}
          csrf={csrf}
          text="Verbindungstest wiederholen"
          art="secondary"
        />,
      );
      break;
    case 'produktiv':
      if (d.stand?.voruebergehend_ab != null)
        knoepfe.push(
          <AktionsKnopf
            aktion={`${pfad}/wiederaufnahme`}
            csrf={csrf}
            text="Geplante vorübergehende Abmeldung zurücknehmen"
            art="secondary"
          />,
        );
      knoepfe.push(<Link href={`${pfad}/voruebergehend`}>Vorübergehend abmelden</Link>);
      knoepfe.push(<Link href={`${pfad}/kuendigung`}>Dauerhaft abmelden (Kündigung)</Link>);
      break;
    case 'voruebergehend_abgemeldet':
      knoepfe.push(<AktionsKnopf aktion={`${pfad}/wiederaufnahme`} csrf={csrf} text="Wieder aufnehmen" />);
      break;
    default:
      break;
  }
  return (
    <section aria-labelledby="naechste-schritte" class="stapel">
      <h2 class="kern-heading-medium" id="naechste-schritte">
        Nächste Schritte
      </h2>
      {offen.length > 0 ? (
        <div>
          <p class="kern-body">Für den nächsten Schritt fehlt noch:</p>
          <ul class="kern-list kern-list--bullet">
            {offen.map((o) => (
              <li>{o}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {knoepfe.length === 0 ? (
        <p class="kern-body">Zurzeit ist kein Schritt offen.</p>
      ) : (
        <div class="knopfleiste">{knoepfe}</div>
      )}
    </section>
  );
}
