-- The office inbox (posteingang/): case status with its history, requests for documents (Nachforderung) and
-- the documents a citizen sends in reply, e-mail notices, the audit trail, and API keys for case-management
-- adapters. Applications themselves live in antrag/; rows here refer to them by id (no foreign key across
-- parts, ADR 0003). Everything personal is encrypted (AES-256-GCM, DATA_KEY): the short info of a case, the
-- note of a request, file names and files.

-- One row per application once the inbox has taken it in.
create table posteingang_fall (
  antrag_id text primary key,
  behoerde_ags text not null references behoerde (ags),
  status text not null default 'eingegangen' check (status in (
    'eingegangen', 'in_bearbeitung', 'unterlagen_nachgefordert', 'entschieden', 'abgeschlossen'
  )),
  entscheidung text check (entscheidung in ('beihilfe', 'darlehen', 'abgelehnt', 'jobcenter')),
  betrag_cent integer check (betrag_cent > 0),
  weitergeleitet_am date,
  -- Encrypted {name, termine, fehlend, ...}: what the list shows and sorts by, without decrypting the whole
  -- application for every row.
  kurzinfo bytea not null,
  aufgenommen_am timestamptz not null,
  geaendert_am timestamptz not null,
  -- Optimistic locking: a status form carries the version it was rendered with.
  version integer not null default 0,
  check ((status in ('entschieden', 'abgeschlossen')) = (entscheidung is not null)),
  check ((entscheidung in ('beihilfe', 'darlehen')) = (betrag_cent is not null)),
  check ((entscheidung = 'jobcenter') = (weitergeleitet_am is not null))
);
create index posteingang_fall_behoerde_idx on posteingang_fall (behoerde_ags, status);

-- Every status change: who, when, from what to what.
create table posteingang_status_aenderung (
  id bigint generated always as identity primary key,
  antrag_id text not null,
  von text not null,
  nach text not null,
  entscheidung text,
  betrag_cent integer,
  weitergeleitet_am date,
  zeitpunkt timestamptz not null,
  akteur_art text not null check (akteur_art in ('personal', 'api', 'buerger', 'system')),
  -- Staff account id or API key id; null for the citizen and the system.
  akteur_id text,
  akteur_name text not null
);
create index posteingang_status_aenderung_antrag_idx on posteingang_status_aenderung (antrag_id, zeitpunkt);

-- Requests for missing documents.
create table posteingang_nachforderung (
  id text primary key,
  antrag_id text not null,
  behoerde_ags text not null references behoerde (ags),
  unterlagen text[] not null check (cardinality(unterlagen) between 1 and 30),
  frist date not null,
  -- Encrypted note of the case worker to the citizen (optional).
  hinweis bytea,
  status text not null default 'offen' check (status in ('offen', 'beantwortet')),
  erstellt_am timestamptz not null,
  akteur_art text not null check (akteur_art in ('personal', 'api')),
  akteur_id text,
  akteur_name text not null,
  beantwortet_am timestamptz,
  -- The follow-up message (xSozial) that carried the reply, and its delivery job.
  nachricht_uuid text,
  zustell_auftrag_id text
);
create index posteingang_nachforderung_antrag_idx on posteingang_nachforderung (antrag_id, erstellt_am);

-- Files the citizen uploads in reply to a request; sent together as one follow-up message.
create table posteingang_datei (
  id text primary key,
  nachforderung_id text not null references posteingang_nachforderung (id) on delete cascade,
  antrag_id text not null,
  art text not null,
  groesse integer not null check (groesse > 0),
  -- Encrypted {dateiname, mime}.
  meta bytea not null,
  inhalt bytea not null,
  hochgeladen_am timestamptz not null,
  gesendet boolean not null default false
);
create index posteingang_datei_nachforderung_idx on posteingang_datei (nachforderung_id);
create index posteingang_datei_antrag_idx on posteingang_datei (antrag_id);

-- E-mail notices to the citizen. The address is never stored here: it is read from the encrypted application
-- when the notice is sent, and only when the citizen gave one and chose e-mail as the way to be contacted.
create table posteingang_mitteilung (
  id bigint generated always as identity primary key,
  antrag_id text not null,
  art text not null check (art in ('eingang', 'zugestellt', 'nachforderung', 'entscheidung')),
  bezug text not null default '',
  status text not null default 'offen' check (status in ('offen', 'gesendet', 'entfaellt', 'fehlgeschlagen')),
  versuche integer not null default 0,
  naechster_versuch_am timestamptz not null,
  erstellt_am timestamptz not null,
  erledigt_am timestamptz,
  fehler text,
  unique (antrag_id, art, bezug)
);
create index posteingang_mitteilung_faellig_idx on posteingang_mitteilung (status, naechster_versuch_am);

-- The audit trail of a case: who opened, downloaded, changed or requested what, and when. Details hold ids
-- and kinds of documents only, never contents or names.
create table posteingang_protokoll (
  id bigint generated always as identity primary key,
  antrag_id text not null,
  behoerde_ags text not null,
  zeitpunkt timestamptz not null,
  art text not null,
  akteur_art text not null check (akteur_art in ('personal', 'api', 'buerger', 'system')),
  akteur_id text,
  akteur_name text not null,
  details jsonb not null default '{}'::jsonb
);
create index posteingang_protokoll_antrag_idx on posteingang_protokoll (antrag_id, zeitpunkt);

-- API keys of case-management adapters, one office each. Only the SHA-256 of the key is stored.
create table posteingang_api_schluessel (
  id uuid primary key default gen_random_uuid(),
  behoerde_ags text not null references behoerde (ags),
  bezeichnung text not null check (length(bezeichnung) between 1 and 200),
  schluessel_hash text not null unique,
  -- The first characters of the key, so that operators can tell keys apart.
  praefix text not null,
  erstellt_am timestamptz not null,
  zuletzt_benutzt_am timestamptz,
  widerrufen_am timestamptz
);
create index posteingang_api_schluessel_behoerde_idx on posteingang_api_schluessel (behoerde_ags);
