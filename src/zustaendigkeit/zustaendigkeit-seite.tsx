import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/index.ts';
import { tagInBerlin } from '../shared/index.ts';
import { DIENST_MIETRUECKSTAENDE, type Behoerde, listBehoerden } from '../katalog/index.ts';
import { sendeSeite, seitenFuer } from '../web/index.ts';
import { ermittleZustaendigkeit, verfuegbarkeit } from './ermittlung.ts';
import { normalisierePlz } from './regeln.ts';
import { AusserhalbSeite, ErgebnisSeite, GemeindeSeite, KreisSeite, PFAD, PlzSeite } from './seiten.tsx';
import { verzeichnisVorhanden } from './zustaendigkeit-repo.ts';

// GET /zustaendigkeit: "Welches Sozialamt ist zuständig?" – postal code → office → online or written way.

export type ZustaendigkeitDeps = { db: Db; jetzt: () => Date };

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
type Anfrage = z.infer<typeof anfrage>;

type Aufruf = { reply: FastifyReply; deps: ZustaendigkeitDeps; behoerden: Behoerde[] };

/** The office found, and whether it takes the application online today. */
async function ergebnisFuer(a: Aufruf, behoerdeAgs: string, gemeinde?: { name: string; plz: string }) {
  const heute = tagInBerlin(a.deps.jetzt());
  const v = await verfuegbarkeit(a.deps.db, behoerdeAgs, DIENST_MIETRUECKSTAENDE, heute);
  return sendeSeite(a.reply, <ErgebnisSeite verfuegbarkeit={v} gemeinde={gemeinde} />);
}

/** The Kreis chosen from the list (without a gazetteer, or for an unknown postal code). */
function kreisGewaehlt(a: Aufruf, kreis: string | undefined) {
  const behoerde = a.behoerden.find((b) => b.ags === kreis);
  if (behoerde !== undefined) return ergebnisFuer(a, behoerde.ags);
  return sendeSeite(
    a.reply,
    <KreisSeite
      behoerden={a.behoerden}
      fehler="Bitte wählen Sie den Landkreis oder die kreisfreie Stadt, in dem oder in der Ihre Wohnung liegt."
    />,
    400,
  );
}

/** A postal code was entered: routing by the gazetteer. */
async function plzGewaehlt(a: Aufruf, q: Anfrage & { plz: string }) {
  const plz = normalisierePlz(q.plz);
  if (plz === null) {
    const fehler =
      q.plz.trim() === ''
        ? 'Bitte geben Sie die Postleitzahl Ihrer Wohnung ein.'
        : 'Die Postleitzahl muss aus 5 Ziffern bestehen, zum Beispiel 18055.';
    return sendeSeite(a.reply, <PlzSeite plz={q.plz} fehler={fehler} />, 400);
  }
  const ergebnis = await ermittleZustaendigkeit(a.deps.db, { plz, gemeindeAgs: q.gemeinde });
  switch (ergebnis.art) {
    case 'ohne_verzeichnis':
      return sendeSeite(a.reply, <KreisSeite behoerden={a.behoerden} />);
    case 'unbekannt':
      return sendeSeite(
        a.reply,
        <PlzSeite
          plz={plz}
          fehler={`Zur Postleitzahl ${plz} kennen wir keinen Ort. Prüfen Sie die Postleitzahl, oder wählen Sie unten Ihren Landkreis oder Ihre kreisfreie Stadt.`}
          kreisAlternative={a.behoerden}
        />,
      );
    case 'ausserhalb_mv':
      return sendeSeite(a.reply, <AusserhalbSeite ergebnis={ergebnis} />);
    case 'mehrdeutig': {
      const fehlt = q.schritt === 'gemeinde' || ergebnis.auswahlUngueltig;
      return sendeSeite(
        a.reply,
        <GemeindeSeite
          ergebnis={ergebnis}
          fehler={fehlt ? 'Bitte wählen Sie den Ort, in dem Ihre Wohnung liegt.' : undefined}
        />,
        fehlt ? 400 : 200,
      );
    }
    case 'eindeutig':
      return ergebnisFuer(a, ergebnis.behoerdeAgs, { name: ergebnis.gemeinde.name, plz });
  }
}

export const zustaendigkeitSeite = seitenFuer<ZustaendigkeitDeps>()({
  methode: 'GET',
  pfad: PFAD,
  query: anfrage,
  behandle: async ({ reply, deps, query: q }) => {
    const a: Aufruf = { reply, deps, behoerden: await listBehoerden(deps.db) };
    if (q.schritt === 'kreis' || q.kreis !== undefined) return kreisGewaehlt(a, q.kreis);
    if (q.plz !== undefined) return plzGewaehlt(a, { ...q, plz: q.plz });
    if (!(await verzeichnisVorhanden(deps.db)))
      return sendeSeite(reply, <KreisSeite behoerden={a.behoerden} />);
    return sendeSeite(reply, <PlzSeite />);
  },
});
