-- The landlord's declaration (vermieter/): one invitation per application and landlord, reachable by a random
-- code of 128 bits or more. Only the SHA-256 of the code is stored; the declaration, its file and the contact
-- data are ciphertext (AES-256-GCM, DATA_KEY), like the application.
create table vermieter_einladung (
  id text primary key,
  antrag_id text not null references antrag (id) on delete cascade,
  behoerde_ags text not null,
  code_hash text not null unique,
  erstellt_am timestamptz not null,
  gueltig_bis timestamptz not null,
  -- Who invited: 'buerger', 'personal' or 'api', and a display name (no personal data of the citizen).
  akteur_art text not null,
  akteur_name text not null,
  widerrufen_am timestamptz,
  -- Encrypted JSON: the landlord's e-mail address as the citizen gave it (if any), for the mail and the code.
  kontakt bytea not null,
  -- The letter (PDF with the link and a QR code), encrypted, so that it can be printed later; removed once the
  -- invitation is used, revoked or replaced.
  brief bytea,
  -- Confirmation code sent to the landlord's e-mail (SHA-256), its expiry and the failed attempts.
  bestaetigung_hash text,
  bestaetigung_bis timestamptz,
  fehlversuche integer not null default 0,
  -- The declaration (encrypted JSON) and the account statement (encrypted, metadata encrypted).
  erklaerung bytea,
  datei bytea,
  datei_meta bytea,
  eingereicht_am timestamptz,
  nachricht_uuid text,
  zustell_auftrag_id text,
  -- The landlord's earliest deadline (payment, eviction date): clear, for the inbox's urgency only.
  frist date
);
create index vermieter_einladung_antrag_idx on vermieter_einladung (antrag_id, erstellt_am);

-- What happened to an invitation (audit, no personal data): invited, opened, code sent, wrong code, submitted.
create table vermieter_protokoll (
  id bigserial primary key,
  einladung_id text references vermieter_einladung (id) on delete cascade,
  art text not null,
  zeitpunkt timestamptz not null,
  details jsonb not null default '{}'::jsonb
);
create index vermieter_protokoll_einladung_idx on vermieter_protokoll (einladung_id, zeitpunkt);
