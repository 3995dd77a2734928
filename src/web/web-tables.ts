export type WebSitzungTable = {
  id: string;
  art: 'buerger' | 'personal';
  daten: Buffer;
  erstellt_am: Date;
  zuletzt_am: Date;
  laeuft_ab_am: Date;
};

export type WebTables = { web_sitzung: WebSitzungTable };
