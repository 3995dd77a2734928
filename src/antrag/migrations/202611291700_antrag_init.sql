-- Citizen applications (antrag/). Personal data is only ever stored encrypted (AES-256-GCM, DATA_KEY):
-- the owner is an HMAC of the BundID pseudonym, drafts, applications, file names and files are ciphertext.

-- Drafts: the raw input per step, saved after every step; deleted when untouched for DRAFT_RETENTION_DAYS.
create table antrag_entwurf (
  id text primary key,
  besitzer text not null,
  inhalt bytea not null,
  -- Idempotency key of the submit form: the application created from this draft carries it (unique).
  absende_schluessel text not null,
  erstellt_am timestamptz not null,
  geaendert_am timestamptz not null
);
create index antrag_entwurf_besitzer_idx on antrag_entwurf (besitzer);
create index antrag_entwurf_geaendert_idx on antrag_entwurf (geaendert_am);

-- Submitted applications.
create table antrag (
  id text primary key,
  -- Human-friendly transaction number, e.g. MR-2026-7K3F9Q.
  vorgangsnummer text not null unique,
  absende_schluessel text not null unique,
  -- The draft it was created from, so that old links to the draft lead to the receipt.
  entwurf_id text not null,
  besitzer text not null,
  behoerde_ags text not null references behoerde (ags),
  -- Legally relevant (Kenntnisgrundsatz, § 18 SGB XII): when the office learned of the need.
  eingereicht_am timestamptz not null,
  daten bytea not null,
  -- Rendered Antrag.pdf (encrypted); filled by dokumente/ on submit.
  antrag_pdf bytea,
  -- Deadline for the inbox (no personal data on its own): end of the Schonfrist, if an eviction suit is known.
  schonfrist_ende date,
  schonfrist_vorlaeufig boolean not null default false,
  -- The household receives Bürgergeld: the Jobcenter is probably responsible (§ 22 Abs. 8 SGB II).
  jobcenter_hinweis boolean not null default false
);
create index antrag_besitzer_idx on antrag (besitzer);
create index antrag_entwurf_idx on antrag (entwurf_id);
create index antrag_behoerde_idx on antrag (behoerde_ags, eingereicht_am);

-- Uploaded documents: first attached to a draft, on submit moved to the application.
create table antrag_datei (
  id text primary key,
  entwurf_id text references antrag_entwurf (id) on delete cascade,
  antrag_id text references antrag (id) on delete cascade,
  art text not null,
  groesse integer not null check (groesse > 0),
  -- Encrypted {dateiname, mime}.
  meta bytea not null,
  inhalt bytea not null,
  hochgeladen_am timestamptz not null,
  check ((entwurf_id is null) <> (antrag_id is null))
);
create index antrag_datei_entwurf_idx on antrag_datei (entwurf_id);
create index antrag_datei_antrag_idx on antrag_datei (antrag_id);
