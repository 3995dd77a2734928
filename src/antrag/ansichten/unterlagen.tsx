import { repoVon } from '../buerger-zugang.tsx';
import { benoetigteUnterlagen } from '../flow-unterlagen.ts';
import { UnterlagenUebersicht } from '../seiten/unterlagen.tsx';
import type { SchrittAnsicht } from './ansicht.ts';

// The overview of the documents the answers call for, with what is uploaded; each kind has its own upload
// page (seiten/unterlagen-hochladen.tsx).

export const unterlagenAnsicht: SchrittAnsicht = {
  zeige: async ({ ctx, deps, gemeinsam }) => {
    const dateien = await repoVon(deps).dateienVonEntwurf(ctx.entwurf.id);
    return (
      <UnterlagenUebersicht
        {...gemeinsam}
        rahmen={ctx.rahmen}
        basis={ctx.basis}
        bedarf={benoetigteUnterlagen(ctx.auswertung.daten)}
        dateien={dateien}
        gesamtBytes={dateien.reduce((s, d) => s + d.groesse, 0)}
        hoechstBytes={deps.config.uploadMaxGesamtBytes}
        hoechstDatei={deps.config.uploadMaxDateiBytes}
      />
    );
  },
};
