import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AntragSeite, antragMitNummer, Ueberschrift, type AntragZeile } from '../../antrag/index.ts';
import type { BuergerSitzung } from '../../bundid/index.ts';
import { formatDatumLang, formatZeitpunkt, tagInBerlin } from '../../shared/index.ts';
import { CsrfFeld, Fehlerseite, Hinweisbox, Knopf, sendeSeite, type Seite } from '../../web/index.ts';
import { einladungenZu } from '../einladung.ts';
import { briefVon, vermieterEinladen } from '../einladen.ts';
import type { VermieterKontext } from '../kontext.ts';
import type { VermieterStand } from '../stand.ts';
import { seite } from './zugang.ts';

// The citizen invites the landlord from the status page (after submitting): the card on /meine-antraege/{nr},
// the invitation itself and the printable letter. Behind the BundID login, only for the own application.

const MEINE = '/meine-antraege';
const nummerParams = z.object({ nummer: z.string() });

type Eigener = { antrag: AntragZeile; name: string; ablauf: Date };

async function eigenerAntrag(
  k: VermieterKontext,
  request: FastifyRequest,
  reply: FastifyReply,
  nummer: string,
): Promise<Eigener | undefined> {
  const sitzung = await request.server.sitzungen.lesen<BuergerSitzung>(request, 'buerger');
  if (sitzung === null) {
    await reply.redirect(`/anmelden?ziel=${encodeURIComponent(`${MEINE}/${nummer}`)}`, 303);
    return undefined;
  }
  const antrag = await antragMitNummer(k.db, nummer);
  const id = sitzung.daten.identitaet;
  if (antrag === undefined || antrag.besitzer !== k.repo.besitzerVon(id.pseudonym)) {
    await sendeSeite(
      reply,
      <Fehlerseite
        titel="Antrag nicht gefunden"
        text="Diesen Antrag gibt es nicht, oder er gehört zu einem anderen BundID-Konto."
      />,
      404,
    );
    return undefined;
  }
  const name = [id.vorname, id.familienname].filter((x) => x !== undefined).join(' ');
  return { antrag, name: name === '' ? 'BundID-Konto' : name, ablauf: sitzung.ablauf };
}

/** The card on the citizen's status page: invite, or that the landlord was invited / has answered (not what). */
export function VermieterKarte(p: { nummer: string; s: VermieterStand; csrf: string; ebene: 2 | 3 }) {
  const { s } = p;
  const Titel = p.ebene === 2 ? 'h2' : 'h3';
  return (
    <section class="stapel" aria-labelledby={`vermieter-${p.nummer}`}>
      <Titel
        class={p.ebene === 2 ? 'kern-heading-medium' : 'kern-heading-small'}
        id={`vermieter-${p.nummer}`}
      >
        Erklärung Ihres Vermieters
      </Titel>
      {s.stand === 'eingereicht' && s.beantwortetAm !== undefined ? (
        <p class="kern-body">
          Ihr Vermieter hat am {formatZeitpunkt(s.beantwortetAm)} geantwortet. Das Sozialamt hat die Antwort
          bekommen.
        </p>
      ) : s.stand === 'offen' && s.gueltigBis !== undefined ? (
        <p class="kern-body">
          Ihr Vermieter ist eingeladen. Der Link gilt bis {formatDatumLang(tagInBerlin(s.gueltigBis))}.{' '}
          {s.brief ? (
            <a class="kern-link" href={`${MEINE}/${p.nummer}/vermieter-brief.pdf`}>
              Brief an den Vermieter herunterladen (PDF)
            </a>
          ) : null}
        </p>
      ) : (
        <p class="kern-body">
          Das Sozialamt braucht eine Erklärung Ihres Vermieters: die Rückstände laut Mietkonto und ob er das
          Mietverhältnis fortsetzt. Sie können ihn jetzt einladen; er bekommt einen Link per E-Mail (wenn Sie
          seine Adresse angegeben haben) und Sie bekommen einen Brief zum Ausdrucken.
        </p>
      )}
      {s.stand !== 'eingereicht' ? (
        <form method="post" action={`${MEINE}/${p.nummer}/vermieter-einladen`}>
          <CsrfFeld token={p.csrf} />
          <Knopf art={s.stand === 'offen' ? 'secondary' : 'primary'}>
            {s.stand === 'offen' ? 'Neuen Link erstellen' : 'Vermieter einladen'}
          </Knopf>
        </form>
      ) : null}
    </section>
  );
}

export function buergerSeiten(): Seite<VermieterKontext>[] {
  const einladen = seite({
    methode: 'POST',
    pfad: `${MEINE}/:nummer/vermieter-einladen`,
    params: nummerParams,
    behandle: async ({ request, reply, deps: k, params }) => {
      const e = await eigenerAntrag(k, request, reply, params.nummer);
      if (e === undefined) return reply;
      const neu = await vermieterEinladen(k, e.antrag, { art: 'buerger', name: 'Antragstellende Person' });
      return sendeSeite(
        reply,
        <AntragSeite
          titel="Ihr Vermieter ist eingeladen"
          rahmen={{ name: e.name, csrf: reply.generateCsrf(), sitzungsende: e.ablauf }}
          speicherhinweis={false}
        >
          <Ueberschrift>Ihr Vermieter ist eingeladen</Ueberschrift>
          {neu.mailGesendet ? (
            <Hinweisbox
              art="success"
              titel={`Wir haben Ihrem Vermieter eine E-Mail an ${neu.kontakt.email ?? ''} geschickt.`}
            />
          ) : (
            <Hinweisbox art="info" titel="Wir kennen keine E-Mail-Adresse Ihres Vermieters." />
          )}
          <p class="kern-body">
            Bitte drucken Sie den Brief aus und geben Sie ihn Ihrem Vermieter. Er enthält den Link und einen
            QR-Code. Der Link gilt bis {formatDatumLang(tagInBerlin(neu.einladung.gueltig_bis))}.
          </p>
          <p class="kern-body">
            <a class="kern-link" href={`${MEINE}/${params.nummer}/vermieter-brief.pdf`}>
              Brief an den Vermieter herunterladen (PDF)
            </a>
          </p>
          <p class="kern-body">
            <a class="kern-link" href={`${MEINE}/${params.nummer}`}>
              Zurück zu Ihrem Antrag
            </a>
          </p>
        </AntragSeite>,
      );
    },
  });

  const brief = seite({
    methode: 'GET',
    pfad: `${MEINE}/:nummer/vermieter-brief.pdf`,
    params: nummerParams,
    behandle: async ({ request, reply, deps: k, params }) => {
      const e = await eigenerAntrag(k, request, reply, params.nummer);
      if (e === undefined) return reply;
      const [neueste] = await einladungenZu(k, e.antrag.id);
      const pdf = neueste === undefined ? undefined : briefVon(k, neueste);
      if (pdf === undefined)
        return sendeSeite(
          reply,
          <Fehlerseite
            titel="Kein Brief vorhanden"
            text="Für diesen Antrag gibt es keine offene Einladung Ihres Vermieters."
          />,
          404,
        );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="Vermieter-${params.nummer}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  });
  return [einladen, brief];
}
