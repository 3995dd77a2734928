import type { NachforderungZeile } from '../../posteingang-tables.ts';
import type { Fallstatus } from '../../status.ts';
import type { VermieterStand } from '../../../vermieter/index.ts';

// What the citizen's pages show of an application and its requests for documents.

export const MEINE = '/meine-antraege';

export type OffeneNachforderung = Pick<
  NachforderungZeile,
  'id' | 'unterlagen' | 'frist' | 'status' | 'erstellt_am' | 'beantwortet_am'
> & {
  ueberfaellig: boolean;
  /** Opened by the citizen (documents at any time), not requested by the office. */
  eigene: boolean;
  hinweisText: string | undefined;
};

export type AntragStand = {
  vorgangsnummer: string;
  behoerde: string;
  eingereichtAm: Date;
  zustellung: string;
  status: Fallstatus;
  entscheidung: string | undefined;
  schonfrist: { ende: string; vorlaeufig: boolean } | null;
  nachforderungen: OffeneNachforderung[];
  antragPdf: boolean;
  /** Whether the landlord was invited or has answered (never what). */
  vermieter: VermieterStand;
};
