-- The re-use lifecycle of one (office, catalogue service) pair: planned switches, the deregistration data,
-- the timeline and audit log, terms versions and their acceptance, the declaration of interest, documents,
-- the technical connection with its connection tests, the decoupling checklist and the contact directory.

alter table nachnutzung
  add column geplant_produktiv_ab date,                       -- planned go-live (switched by the scheduled job)
  add column voruebergehend_ab date,                          -- scenario B: start (planned or actual)
  add column voruebergehend_bis date,                         -- scenario B: expected resumption (null = open)
  add column abmeldung_grund text,                            -- scenario A or B: reason given to the MiK
  add column kuendigung_eingang date;                         -- scenario A: notice received by the MiK

-- Timeline and audit log: every action, who, when, why and the texts or documents involved. Entries without
-- office or service are actions on shared records (terms, contacts, exports).
create table nachnutzung_ereignis (
  id bigint generated always as identity primary key,
  behoerde_ags text references behoerde (ags),
  dienst_id text references dienst (id),
  aktion text not null,
  von_zustand text,
  nach_zustand text,
  person_id text not null,
  person_name text not null,
  begruendung text,
  daten jsonb not null default '{}'::jsonb,
  erstellt_am timestamptz not null
);
create index nachnutzung_ereignis_paar on nachnutzung_ereignis (behoerde_ags, dienst_id, id);

-- Versioned terms ("Nachnutzungsbedingungen für EfA-Onlinedienste in M-V"), as text or as an uploaded PDF.
create table nachnutzung_bedingungen (
  version int primary key check (version > 0),
  titel text not null,
  text text,
  datei bytea,
  dateiname text,
  erstellt_von_name text not null,
  erstellt_am timestamptz not null,
  check (text is not null or datei is not null)
);

create table nachnutzung_akzeptanz (
  id bigint generated always as identity primary key,
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  version int not null references nachnutzung_bedingungen (version),
  person_id text not null,
  person_name text not null,
  akzeptiert_am timestamptz not null
);
create index nachnutzung_akzeptanz_paar on nachnutzung_akzeptanz (behoerde_ags, dienst_id);

create table nachnutzung_interessenbekundung (
  id bigint generated always as identity primary key,
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  start_datum date not null,
  kontakt_name text not null,
  kontakt_email text,
  kontakt_telefon text,
  signatur text not null,
  betreff text not null,
  text text not null,
  erstellt_von_name text not null,
  erstellt_am timestamptz not null,
  gesendet_an text,
  gesendet_am timestamptz,
  eingang_bestaetigt_am timestamptz
);
create index nachnutzung_interessenbekundung_paar on nachnutzung_interessenbekundung (behoerde_ags, dienst_id);

-- Confirmation and connection documents: an uploaded file, a link or a text.
create table nachnutzung_unterlage (
  id bigint generated always as identity primary key,
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  art text not null check (art in ('bestaetigung', 'anbindungsunterlage')),
  titel text not null,
  url text,
  text text,
  datei bytea,
  dateiname text,
  dateityp text,
  erstellt_von_name text not null,
  erstellt_am timestamptz not null,
  empfang_bestaetigt_am timestamptz,
  empfang_bestaetigt_von_name text,
  check (num_nonnulls(url, text, datei) = 1)
);
create index nachnutzung_unterlage_paar on nachnutzung_unterlage (behoerde_ags, dienst_id);

-- Case-management system per pair. The transport parameters (XTA or built-in mailbox) live in zustellung/
-- (zustell_verbindung); together they are the technical connection.
create table nachnutzung_verbindung (
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  fachverfahren text not null check (fachverfahren in ('prosoz', 'laemmerzahl', 'posteingang')),
  comvibilia boolean not null default false,
  geaendert_von_name text not null,
  geaendert_am timestamptz not null,
  primary key (behoerde_ags, dienst_id)
);

create table nachnutzung_verbindungstest (
  id bigint generated always as identity primary key,
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  bestanden boolean not null,
  bericht text not null,
  verbindung_stand text,                     -- change times of the transport and case-management halves tested
  durchgefuehrt_von_name text not null,
  durchgefuehrt_am timestamptz not null
);
create index nachnutzung_verbindungstest_paar on nachnutzung_verbindungstest (behoerde_ags, dienst_id, id);

-- Scenario A: checklist of the technical decoupling agreed with the MiK and the TFF.
create table nachnutzung_entkopplung (
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  punkt text not null,
  erledigt_von_name text not null,
  erledigt_am timestamptz not null,
  primary key (behoerde_ags, dienst_id, punkt)
);

-- Contact directory per level and role. Without an office: Land level, shown to every office.
create table nachnutzung_kontakt (
  id bigint generated always as identity primary key,
  ebene text not null check (ebene in ('vollzugsebene', 'landkreis', 'land')),
  rolle text not null check (rolle in ('koordinierende_stelle', 'mik', 'tff', 'ksv', 'behoerde')),
  behoerde_ags text references behoerde (ags),
  bezeichnung text not null,
  email text,
  telefon text,
  hinweis text,
  erstellt_am timestamptz not null default now()
);

insert into nachnutzung_kontakt (ebene, rolle, bezeichnung, email, hinweis) values (
  'land', 'koordinierende_stelle',
  'eGo MV – Zweckverband Elektronische Verwaltung in Mecklenburg-Vorpommern',
  'ozg@ego-mv.de',
  'Koordinierende Stelle, erste Kontaktstelle für alle Anfragen zur Nachnutzung'
);
