-- Responsible offices (tenants) and the catalogue of reusable EfA services.
create table behoerde (
  ags text primary key check (ags ~ '^[0-9]{5}$'),           -- Kreisschlüssel: 13003, 13071 …
  ars text not null unique check (ars ~ '^[0-9]{12}$'),
  name text not null,                                         -- Träger: Hansestadt Rostock
  kurzname text not null,
  art text not null check (art in ('kreisfreie_stadt', 'landkreis')),
  amt text not null,                                          -- the office itself: Amt für Soziales und Teilhabe
  strasse text not null,
  plz text not null check (plz ~ '^[0-9]{5}$'),
  ort text not null,
  telefon text,
  email text,
  webseite text,
  sprechzeiten text,
  datenschutz_kontakt text not null,
  datenschutz_hinweis text not null,
  barrierefreiheit_erklaerung text not null,
  aktualisiert_am timestamptz not null default now()
);

create table dienst (
  id text primary key check (id ~ '^[a-z0-9-]+$'),
  name text not null,
  reihenfolge int not null,
  im_rollout_mv boolean not null,                              -- false: zurückgestellt in M-V
  eigene_antragsstrecke boolean not null default false,        -- true: this product implements the application path
  externer_link text,                                          -- where the application path lives otherwise
  ozg_id text,
  leika_id text,
  steckbrief jsonb                                             -- the fact sheet (null when not yet recorded)
);
