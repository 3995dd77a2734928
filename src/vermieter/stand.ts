import type { Db } from '../db/index.ts';
import { einladungenZu, stand, type Einladungsstand } from './einladung.ts';

// What the citizen's status page and the inbox's urgency need to know, without any of the declaration.

export type VermieterStand = {
  /** The newest invitation's state, or 'keine'. */
  stand: Einladungsstand | 'keine';
  eingeladenAm: Date | undefined;
  gueltigBis: Date | undefined;
  beantwortetAm: Date | undefined;
  /** The printable letter exists (open invitation). */
  brief: boolean;
};

export async function vermieterStand(db: Db, antragId: string, jetzt: Date): Promise<VermieterStand> {
  const alle = await einladungenZu({ db }, antragId);
  const beantwortet = alle.find((e) => e.eingereicht_am !== null);
  const neueste = beantwortet ?? alle[0];
  if (neueste === undefined)
    return {
      stand: 'keine',
      eingeladenAm: undefined,
      gueltigBis: undefined,
      beantwortetAm: undefined,
      brief: false,
    };
  return {
    stand: stand(neueste, jetzt),
    eingeladenAm: neueste.erstellt_am,
    gueltigBis: neueste.gueltig_bis,
    beantwortetAm: neueste.eingereicht_am ?? undefined,
    brief: neueste.brief !== null && stand(neueste, jetzt) === 'offen',
  };
}
