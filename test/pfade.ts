import path from 'node:path';

// Where the files shipped with the repository lie (see the README of each folder for source and licence).

export const REPO = path.resolve(import.meta.dirname, '..');
/** Official schemas, verbatim: XTA 2 v3 / OSCI / W3C / OASIS (`xta2v3/`) and XÖV (`xoev/`). */
export const SCHEMAS = path.join(REPO, 'schemas');
/** The municipality gazetteer (ODbL 1.0): Germany and its M-V extract. */
export const GEMEINDEN = path.join(REPO, 'daten', 'gemeinden');
export const GEMEINDEN_DE = path.join(GEMEINDEN, 'zuordnung_plz_ort_de.csv');
export const GEMEINDEN_MV = path.join(GEMEINDEN, 'mv_plz_gemeinde.csv');
/** Examples and helper schemas written for this project (XTA messages, an XÖV header check). */
export const BEISPIELE = path.join(REPO, 'test', 'beispiele');
