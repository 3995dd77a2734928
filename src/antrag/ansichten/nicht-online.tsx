import { SchriftlicherWeg, type Verfuegbarkeit } from '../../zustaendigkeit/index.ts';
import { nichtGefunden } from '../buerger-zugang.tsx';
import { schrittUrl } from '../schritt-adresse.ts';
import { AntragSeite, Ueberschrift } from '../seiten/bausteine.tsx';
import { AngabenAlsPdf } from '../seiten/zustaendigkeit-ansicht.tsx';
import { verfuegbarkeitVon, zustaendigesAmt } from '../zustaendigkeit.ts';
import type { Gemeinsam, SchrittAnsicht } from './ansicht.ts';

// A dead end without a form: the responsible office does not take the application online (yet, or now). The
// written way in full: steps, contact, urgency, and the answers so far as a printable application.

export const nichtOnlineAnsicht: SchrittAnsicht = {
  zeige: async ({ ctx, deps, gemeinsam }) => {
    const ags = zustaendigesAmt(ctx.auswertung.daten);
    return (
      <NichtOnline
        {...gemeinsam}
        zurueck={schrittUrl(ctx.basis, 'wohnung-sozialamt')}
        basis={ctx.basis}
        verfuegbarkeit={
          ags === undefined ? undefined : await verfuegbarkeitVon(deps.datenbank.db, ags, ctx.kontext.heute)
        }
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

export function NichtOnline(p: Gemeinsam & { basis: string; verfuegbarkeit: Verfuegbarkeit | undefined }) {
  const v = p.verfuegbarkeit;
  const titel = nichtOnlineTitel(v);
  return (
    <AntragSeite titel={titel} rahmen={p.rahmen} zurueck={p.zurueck}>
      <Ueberschrift bereich="Wohnung">{titel}</Ueberschrift>
      {v !== undefined && v.art !== 'online' ? (
        <SchriftlicherWeg verfuegbarkeit={v} />
      ) : (
        <p class="kern-body">Für Ihre Wohnung ist ein anderes Sozialamt zuständig.</p>
      )}
      <p class="kern-body">Ihre bisherigen Angaben bleiben gespeichert.</p>
      <AngabenAlsPdf basis={p.basis} />
      <p class="kern-body">
        Stimmt die Angabe zum Ort der Wohnung nicht?{' '}
        <a class="kern-link" href={p.zurueck ?? p.uebersicht}>
          Angabe ändern
        </a>
      </p>
    </AntragSeite>
  );
}
