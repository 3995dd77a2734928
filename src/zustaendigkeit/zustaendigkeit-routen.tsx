import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { heuteInDeutschland } from '../fristen/index.ts';
import { DIENST_MIETRUECKSTAENDE } from '../katalog/dienste.ts';
import { listBehoerden } from '../katalog/katalog-repo.ts';
import { sendeSeite } from '../web/render.ts';
import { ermittleZustaendigkeit, verfuegbarkeit } from './ermittlung.ts';
import { normalisierePlz } from './regeln.ts';
import { AusserhalbSeite, ErgebnisSeite, GemeindeSeite, KreisSeite, PFAD, PlzSeite } from './seiten.tsx';
import { verzeichnisVorhanden } from './zustaendigkeit-repo.ts';

// A repeated parameter counts with its first value; over-long input is cut, never silently dropped.
const feld = z
  .preprocess(
    (v: unknown): unknown => (Array.isArray(v) ? (v as unknown[])[0] : v),
    z.string().transform((s) => s.slice(0, 100)),
  )
  .optional()
  .catch('');
const anfrage = z.object({
  plz: feld,
  gemeinde: feld,
  kreis: feld,
  schritt: z.enum(['gemeinde', 'kreis']).optional().catch(undefined),
});

/** GET /zustaendigkeit: "Welches Sozialamt ist zuständig?" – postal code → office → online or written way. */
export function zustaendigkeitRouten(app: FastifyInstance, deps: { db: Db; jetzt: () => Date }) {
  const { db } = deps;

  app.get(PFAD, async (request, reply) => {
    const q = anfrage.parse(request.query);
    const behoerden = await listBehoerden(db);

    const ergebnisFuer = async (behoerdeAgs: string, gemeinde?: { name: string; plz: string }) => {
      const v = await verfuegbarkeit(
        db,
        behoerdeAgs,
        DIENST_MIETRUECKSTAENDE,
        heuteInDeutschland(deps.jetzt()),
      );
      return sendeSeite(reply, <ErgebnisSeite verfuegbarkeit={v} gemeinde={gemeinde} />);
    };

    if (q.schritt === 'kreis' || q.kreis !== undefined) {
      const behoerde = behoerden.find((b) => b.ags === q.kreis);
      if (behoerde !== undefined) return ergebnisFuer(behoerde.ags);
      return sendeSeite(
        reply,
        <KreisSeite
          behoerden={behoerden}
          fehler="Bitte wählen Sie den Landkreis oder die kreisfreie Stadt, in dem oder in der Ihre Wohnung liegt."
        />,
        400,
      );
    }

    if (q.plz === undefined) {
      if (!(await verzeichnisVorhanden(db))) return sendeSeite(reply, <KreisSeite behoerden={behoerden} />);
      return sendeSeite(reply, <PlzSeite />);
    }

    const plz = normalisierePlz(q.plz);
    if (plz === null) {
      return sendeSeite(
        reply,
        <PlzSeite
          plz={q.plz}
          fehler={
            q.plz.trim() === ''
              ? 'Bitte geben Sie die Postleitzahl Ihrer Wohnung ein.'
              : 'Die Postleitzahl muss aus 5 Ziffern bestehen, zum Beispiel 18055.'
          }
        />,
        400,
      );
    }

    const ergebnis = await ermittleZustaendigkeit(db, { plz, gemeindeAgs: q.gemeinde });
    switch (ergebnis.art) {
      case 'ohne_verzeichnis':
        return sendeSeite(reply, <KreisSeite behoerden={behoerden} />);
      case 'unbekannt':
        return sendeSeite(
          reply,
          <PlzSeite
            plz={plz}
            fehler={`Zur Postleitzahl ${plz} kennen wir keinen Ort. Prüfen Sie die Postleitzahl, oder wählen Sie unten Ihren Landkreis oder Ihre kreisfreie Stadt.`}
            kreisAlternative={behoerden}
          />,
        );
      case 'ausserhalb_mv':
        return sendeSeite(reply, <AusserhalbSeite ergebnis={ergebnis} />);
      case 'mehrdeutig': {
        const fehlt = q.schritt === 'gemeinde' || ergebnis.auswahlUngueltig;
        return sendeSeite(
          reply,
          <GemeindeSeite
            ergebnis={ergebnis}
            fehler={fehlt ? 'Bitte wählen Sie den Ort, in dem Ihre Wohnung liegt.' : undefined}
          />,
          fehlt ? 400 : 200,
        );
      }
      case 'eindeutig':
        return ergebnisFuer(ergebnis.behoerdeAgs, { name: ergebnis.gemeinde.name, plz });
    }
  });
}
