import { z } from 'zod';
import { seite } from '../../seite.ts';
import { tagInBerlin } from '../../shared/index.ts';
import { sendeSeite } from '../../web/index.ts';
import { PlzPruefung, vorabPruefen, type Vorabpruefung } from '../../zustaendigkeit/index.ts';
import { mitEntwurf, type EntwurfKontext } from '../entwurf-kontext.ts';
import { wohnungsPlz } from '../flow.ts';
import { zustaendigesAmt } from '../zustaendigkeit.ts';
import { AntragSeite } from './bausteine.tsx';
import { VorabErgebnis, type VorabQuelle } from './zustaendigkeit-ansicht.tsx';

// "Wer ist für Sie zuständig?" before the first form page: from the office the draft already names, the flat's
// postal code, the BundID address, or a postal code typed in here (GET forms: the page stores nothing).

const params = z.object({ entwurf: z.string() });
const feld = z
  .preprocess((v: unknown): unknown => (Array.isArray(v) ? (v as unknown[])[0] : v), z.string().max(100))
  .optional()
  .catch(undefined);
const query = z.object({ plz: feld, gemeinde: feld, kreis: feld });

type Anfrage = z.infer<typeof query>;

/** Where the postal code comes from, in this order: what was typed here, the draft, the BundID address. */
export function vorabQuelle(ctx: EntwurfKontext, q: Anfrage): VorabQuelle {
  if (q.plz !== undefined || q.kreis !== undefined) return { art: 'eingabe', ...q };
  const ags = zustaendigesAmt(ctx.auswertung.daten);
  if (ags !== undefined) return { art: 'entwurf', kreis: ags };
  const plz = wohnungsPlz(ctx.auswertung.daten);
  if (plz !== undefined) return { art: 'wohnung', plz };
  const bundId = ctx.angemeldet.identitaet.anschrift?.plz;
  if (bundId !== undefined && bundId.trim() !== '') return { art: 'bundid', plz: bundId };
  return { art: 'keine' };
}

export async function vorabFuer(
  ctx: EntwurfKontext,
  db: Parameters<typeof vorabPruefen>[0],
  jetzt: Date,
  q: Anfrage = {},
): Promise<{ quelle: VorabQuelle; pruefung: Vorabpruefung }> {
  const quelle = vorabQuelle(ctx, q);
  const eingabe = quelle.art === 'keine' ? {} : quelle;
  return { quelle, pruefung: await vorabPruefen(db, eingabe, tagInBerlin(jetzt)) };
}

export const vorabSeite = seite({
  methode: 'GET',
  pfad: '/antrag/:entwurf/zustaendigkeit',
  params,
  query,
  behandle: async ({ request, reply, deps, params: p, query: q }) => {
    const ctx = await mitEntwurf(request, reply, deps, p.entwurf);
    if (ctx === null) return reply;
    const { quelle, pruefung } = await vorabFuer(ctx, deps.datenbank.db, deps.jetzt(), q);
    const fehler =
      pruefung.art === 'plz_ungueltig'
        ? 'Die Postleitzahl muss aus 5 Ziffern bestehen, zum Beispiel 18055.'
        : quelle.art === 'eingabe' && pruefung.art === 'plz_fehlt'
          ? 'Bitte geben Sie die Postleitzahl Ihrer Wohnung ein.'
          : undefined;
    const titel = 'Wer ist für Ihren Antrag zuständig?';
    return sendeSeite(
      reply,
      <AntragSeite titel={titel} rahmen={ctx.rahmen} zurueck={ctx.basis} fehler={{ plz: fehler }}>
        <VorabErgebnis basis={ctx.basis} quelle={quelle} pruefung={pruefung} titel={titel} />
        <form method="get" action={`${ctx.basis}/zustaendigkeit`} class="stapel" noValidate>
          <PlzPruefung
            label={
              pruefung.art === 'plz_fehlt' || pruefung.art === 'plz_ungueltig'
                ? 'Postleitzahl Ihrer Wohnung'
                : 'Liegt Ihre Wohnung woanders? Postleitzahl der Wohnung'
            }
            wert={pruefung.art === 'plz_ungueltig' ? pruefung.eingabe : undefined}
            fehler={fehler}
          />
        </form>
      </AntragSeite>,
      fehler === undefined ? 200 : 400,
    );
  },
});
