// The landlord's declaration as data (pure): what vermieter/ collects and the extension document carries.
// Money in integer cents, dates ISO (YYYY-MM-DD), months YYYY-MM.

export type VermieterArt = 'privat' | 'unternehmen' | 'genossenschaft' | 'verwaltung';
export type KuendigungAbsicht = 'keine' | 'wirdZurueckgenommen' | 'bleibtBestehen';
export type KlageAbsicht =
  'keine' | 'wirdZurueckgenommen' | 'ruhendGestellt' | 'erledigtErklaert' | 'bleibtBestehen';

export type VermieterErklaerung = {
  vorgangsnummer: string;
  referenzUUID?: string | undefined;
  abgegebenAm: Date;
  erklaerende: {
    art: VermieterArt;
    name: string;
    ansprechperson?: string | undefined;
    telefon?: string | undefined;
    email?: string | undefined;
  };
  rueckstand: {
    stand: string;
    monate: { monat: string; offenCent: number }[];
    nutzungsentschaedigungCent?: number | undefined;
    kostenCent?: number | undefined;
  };
  miete: {
    grundmieteCent: number;
    betriebskostenCent: number;
    heizkostenCent: number;
    sonstigesCent?: number | undefined;
  };
  fortsetzung: boolean;
  kuendigung: KuendigungAbsicht;
  raeumungsklage: KlageAbsicht;
  zahlungBis?: string | undefined;
  raeumungstermin?: string | undefined;
  bank: { kontoinhaber: string; iban: string; bic?: string | undefined; verwendungszweck: string };
};
