-- Delivery of messages to the responsible offices (outbox, attempts, connection parameters) and the
-- built-in XTA 2 mailbox. Message contents and private keys are stored encrypted (AES-256-GCM).

-- Connection parameters per (office, catalogue service).
create table zustell_verbindung (
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  transport text not null check (transport in ('intern', 'xta')),
  endpunkt_management text,                                   -- ManagementPort URL (transport 'xta')
  endpunkt_senden text,                                       -- SendXtaPort URL (transport 'xta')
  client_zertifikat text,                                     -- PEM, public
  client_schluessel bytea,                                    -- PEM, encrypted
  ca_zertifikate text,                                        -- PEM bundle that signs the server certificate
  kennung_typ text not null default 'xoev',                   -- oscimeta:Identifier/@type
  leser_kennung text not null,                                -- DVDV identifier of the office (reader)
  leser_name text not null,
  autor_kennung text not null,                                -- DVDV identifier of this installation (author)
  autor_name text not null,
  dienst_uri text not null,                                   -- DVDV service URI (Qualifier/Service)
  xsozial_version text not null,
  business_scenario_code text not null,
  business_scenario_list_uri text,                            -- null: BusinessScenario/Undefined
  business_scenario_list_version text,
  nachrichtentyp_code text not null,
  nachrichtentyp_list_uri text not null,
  nachrichtentyp_list_version text not null,
  nachrichtentyp_payload_schema text not null,
  aktualisiert_am timestamptz not null default now(),
  primary key (behoerde_ags, dienst_id)
);

-- Outbox: one row per message to deliver, written in the transaction that creates the message.
create table zustell_auftrag (
  id uuid primary key default gen_random_uuid(),
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  bezug text not null,                                        -- opaque reference of the caller (e.g. application id)
  nachricht_uuid uuid not null unique,
  nachricht bytea not null,                                   -- encrypted XML
  nachricht_bytes int not null,
  test boolean not null default false,
  status text not null default 'queued'
    check (status in ('queued', 'sent', 'delivered', 'failed', 'dead')),
  xta_message_id text unique,                                 -- created once, reused on every retry
  versuche int not null default 0,
  naechster_versuch_am timestamptz not null default now(),
  sperre uuid,                                                -- lease token of the worker holding the job
  gesperrt_bis timestamptz,
  sendung_begonnen_am timestamptz,                            -- set before sendMessage: the server may have it
  erstellt_am timestamptz not null default now(),
  alter_ab timestamptz not null default now(),                -- start of the maximum age (reset by replay)
  gesendet_am timestamptz,
  zugestellt_am timestamptz,
  fehlgeschlagen_am timestamptz,
  tot_am timestamptz,
  fehler_code text,
  fehler_grund text
);
create index zustell_auftrag_faellig_idx on zustell_auftrag (naechster_versuch_am)
  where status in ('queued', 'sent', 'failed');
create index zustell_auftrag_bezug_idx on zustell_auftrag (bezug);

-- History of attempts: technical codes and reasons only, never message contents.
create table zustell_versuch (
  id bigint generated always as identity primary key,
  auftrag_id uuid not null references zustell_auftrag (id) on delete cascade,
  nummer int not null,
  begonnen_am timestamptz not null,
  beendet_am timestamptz not null,
  ergebnis text not null,                                     -- status after the attempt
  fehler_code text,
  fehler_grund text
);
create index zustell_versuch_auftrag_idx on zustell_versuch (auftrag_id);

-- Built-in XTA 2 server: accounts (one mailbox each), reserved MessageIDs, stored messages, fetch iterators.
create table xta_konto (
  kennung text primary key,
  name text not null,
  zertifikat_sha256 text unique,                              -- client certificate fingerprint (TLS listener)
  dienste text[],                                             -- booked services (null: all)
  gesperrt boolean not null default false,
  erstellt_am timestamptz not null default now()
);

create table xta_message_id (
  message_id text primary key,
  konto text not null references xta_konto (kennung),
  erstellt_am timestamptz not null default now()
);

create table xta_nachricht (
  message_id text primary key,
  autor text not null references xta_konto (kennung),
  leser text not null references xta_konto (kennung),
  metadaten bytea not null,                                   -- encrypted JSON of the MessageMetaData
  inhalt bytea not null,                                      -- encrypted JSON of the content container
  groesse int not null,
  test boolean not null,
  eingang_am timestamptz not null,                            -- Delivery
  abgeholt_am timestamptz,                                    -- InitialFetch
  quittiert_am timestamptz                                    -- close with LastMsgReceived
);
create index xta_nachricht_leser_idx on xta_nachricht (leser, eingang_am);

create table xta_abruf (
  id text primary key,                                        -- MsgBoxRequestID
  konto text not null references xta_konto (kennung),
  art text not null check (art in ('liste', 'nachricht')),
  message_ids text[] not null,
  position int not null,
  list_form text not null default 'MessageMetaData',
  erstellt_am timestamptz not null,
  geschlossen_am timestamptz
);
