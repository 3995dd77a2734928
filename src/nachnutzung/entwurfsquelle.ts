import type { DbOderTrx } from './nachnutzung-repo.ts';

// The drafts of the citizen application path, as the notices to their owners need them (entwurfsmitteilung.ts).
// The application part sits above this one and implements the port (src/antrag/entwurfsquelle.ts); the
// composition root passes it in, so this part never imports the application part.

/** What a notice needs of one draft. */
export type QuellEntwurf = {
  id: string;
  /** The office (AGS of the Kreis) the draft names, if any. */
  amt?: string;
  /** The owner's address if they chose to be contacted by e-mail. */
  email?: string;
  /** The day the draft is deleted if it is not changed again (ISO date, Berlin). */
  loeschdatum: string;
};

export type Entwurfsquelle = {
  /** Ids of the drafts created up to `erstelltBis` that name office `ags` and chose contact by e-mail. */
  entwuerfeMitEmailFuer(db: DbOderTrx, ags: string, erstelltBis: Date): Promise<string[]>;
  /** One draft; undefined once it was submitted or deleted. */
  entwurf(db: DbOderTrx, id: string): Promise<QuellEntwurf | undefined>;
};
