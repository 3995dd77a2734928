export type BundidAnfrageTable = {
  id: string;
  ziel: string;
  erstellt_am: Date;
  verbraucht_am: Date | null;
};

export type BundidTables = { bundid_anfrage: BundidAnfrageTable };
