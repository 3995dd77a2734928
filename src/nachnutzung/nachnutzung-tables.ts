import type { Generated, Selectable } from 'kysely';

export const nachnutzungZustaende = [
  'nicht_angebunden',
  'interesse_bekundet',
  'bedingungen_akzeptiert',
  'unterlagen_bereitgestellt',
  'technisch_angebunden',
  'test_erfolgreich',
  'produktiv',
  'voruebergehend_abgemeldet',
  'kuendigung_angekuendigt',
  'abgemeldet',
] as const;
export type NachnutzungZustand = (typeof nachnutzungZustaende)[number];

export type NachnutzungTable = {
  behoerde_ags: string;
  dienst_id: string;
  zustand: Generated<NachnutzungZustand>;
  hinweis_text: string | null;
  produktiv_seit: string | null;
  wirksam_zum: string | null;
  geaendert_am: Generated<Date>;
};

export type NachnutzungTables = { nachnutzung: NachnutzungTable };
export type Nachnutzung = Selectable<NachnutzungTable>;
