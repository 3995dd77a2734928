import { type Behoerde, findBehoerde } from '../../katalog/index.ts';
import { Hinweisbox } from '../../web/index.ts';
import type { Verfuegbarkeit } from '../../zustaendigkeit/index.ts';
import { nichtGefunden } from '../buerger-zugang.tsx';
import { schrittUrl } from '../schritt-adresse.ts';
import { AntragSeite, Ueberschrift } from '../seiten/bausteine.tsx';
import { verfuegbarkeitVon, zustaendigesAmt } from '../zustaendigkeit.ts';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';

// A dead end without a form: the responsible office does not take the application online (yet, or now).

export const nichtOnlineAnsicht: SchrittAnsicht = {
  zeige: async ({ ctx, deps, gemeinsam }) => {
    const db = deps.datenbank.db;
    const ags = zustaendigesAmt(ctx.auswertung.daten);
    return (
      <NichtOnline
        {...gemeinsam}
        zurueck={schrittUrl(ctx.basis, 'wohnung-sozialamt')}
        behoerde={ags === undefined ? undefined : await findBehoerde(db, ags)}
        verfuegbarkeit={ags === undefined ? undefined : await verfuegbarkeitVon(db, ags, ctx.kontext.heute)}
      />
    );
  },
  speichere: ({ reply }) => nichtGefunden(reply),
};

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
