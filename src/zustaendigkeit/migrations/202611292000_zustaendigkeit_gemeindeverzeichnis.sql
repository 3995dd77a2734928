-- Municipality gazetteer (postal code → municipality → Kreis) and the record of every import with its source
-- and licence. The data set is replaced as a whole by each import, in one transaction.
create table gemeindeverzeichnis_import (
  id integer generated always as identity primary key,
  dateiname text not null,                                   -- base name of the imported file
  format text not null check (format in ('plz_ort_de', 'mv_plz_gemeinde')),
  pruefsumme text not null check (pruefsumme ~ '^[0-9a-f]{64}$'),  -- SHA-256 of the file
  zeilen_gelesen integer not null check (zeilen_gelesen >= 0),
  zeilen_importiert integer not null check (zeilen_importiert >= 0),
  zeilen_abgelehnt integer not null check (zeilen_abgelehnt >= 0),
  lizenz text not null,                                      -- e.g. ODbL-1.0
  namensnennung text not null,                               -- attribution shown on the Impressum page
  importiert_am timestamptz not null
);

create table gemeinde_plz (
  plz text not null check (plz ~ '^[0-9]{5}$'),
  ags text not null check (ags ~ '^[0-9]{8}$'),              -- Amtlicher Gemeindeschlüssel
  name text not null check (name <> ''),                     -- Ort/Gemeinde as in the source
  kreis_name text,                                           -- null for kreisfreie Städte in the Germany file
  land text not null,
  osm_id text check (osm_id ~ '^[0-9]+$'),
  import_id integer not null references gemeindeverzeichnis_import (id),
  primary key (plz, ags)
);
create index gemeinde_plz_ags on gemeinde_plz (ags);
