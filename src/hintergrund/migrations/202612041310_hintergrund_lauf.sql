-- One row per periodic background job: when it is due next and who holds it (lease). A process claims the
-- row with FOR UPDATE SKIP LOCKED, so with any number of processes each due run happens once.
create table hintergrund_lauf (
  name text primary key,
  faellig_am timestamptz not null,
  sperre text,
  gesperrt_bis timestamptz,
  prozess text,
  letzter_lauf_am timestamptz,
  letzte_dauer_ms integer,
  letzter_fehler text
);

-- The history of runs (job name, due time it answered, process, outcome; never personal data).
create table hintergrund_protokoll (
  id bigint generated always as identity primary key,
  name text not null,
  periode timestamptz not null,
  prozess text not null,
  begonnen_am timestamptz not null,
  beendet_am timestamptz not null,
  ok boolean not null,
  fehler text
);
create index hintergrund_protokoll_name_begonnen on hintergrund_protokoll (name, begonnen_am);
