-- Staff accounts (local login and the link for OpenID Connect), their office bindings and the security log.
-- No password is ever stored: only argon2id hashes in PHC format ($argon2id$v=19$m=…,t=…,p=…$salt$hash).
create table personal_konto (
  id uuid primary key default gen_random_uuid(),
  login text not null check (login ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  anzeigename text not null check (length(anzeigename) between 1 and 200),
  email text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
  passwort_hash text check (passwort_hash is null or passwort_hash like '$argon2id$%'),
  rollen text[] not null default '{}'
    check (rollen <@ array['sachbearbeitung', 'land_koordination', 'betrieb']::text[]),
  aktiv boolean not null default true,
  -- Consecutive failed password logins; reset by a successful login or by an operator.
  fehlversuche integer not null default 0 check (fehlversuche >= 0),
  gesperrt_bis timestamptz,
  -- Set for passwords an operator generated or handed over: the holder must choose their own first.
  passwort_wechsel_noetig boolean not null default false,
  passwort_geaendert_am timestamptz,
  -- Demo accounts of the embedded mode; refused at login in production.
  demo boolean not null default false,
  erstellt_am timestamptz not null default now(),
  geaendert_am timestamptz not null default now()
);

create unique index personal_konto_login_key on personal_konto (login);
create unique index personal_konto_email_key on personal_konto (lower(email)) where email is not null;

create table personal_konto_behoerde (
  konto_id uuid not null references personal_konto (id) on delete cascade,
  behoerde_ags text not null references behoerde (ags),
  primary key (konto_id, behoerde_ags)
);

create index personal_konto_behoerde_ags on personal_konto_behoerde (behoerde_ags);

-- Security events. Never a password, never a hash; a login name only when it belongs to an account.
create table personal_ereignis (
  id bigint generated always as identity primary key,
  zeitpunkt timestamptz not null,
  art text not null check (art in (
    'anmeldung_erfolgreich', 'anmeldung_fehlgeschlagen', 'anmeldung_waehrend_sperre', 'konto_gesperrt',
    'abmeldung', 'konto_angelegt', 'konto_geaendert', 'rollen_geaendert', 'passwort_geaendert',
    'konto_deaktiviert', 'konto_aktiviert', 'sperre_aufgehoben', 'oidc_abgelehnt'
  )),
  konto_id uuid references personal_konto (id) on delete set null,
  -- Who triggered it: the account itself (login), another account (admin), or null (CLI, system).
  ausgeloest_von uuid references personal_konto (id) on delete set null,
  weg text not null check (weg in ('passwort', 'oidc', 'cli', 'system', 'web')),
  ip text,
  details jsonb not null default '{}'::jsonb
);

create index personal_ereignis_konto on personal_ereignis (konto_id, zeitpunkt);
create index personal_ereignis_zeit on personal_ereignis (zeitpunkt);
