-- The re-use state of one (office, catalogue service) pair. The full lifecycle with its transitions and
-- audit trail builds on this table; the citizen-facing service reads only `zustand` and the notice.
create table nachnutzung (
  behoerde_ags text not null references behoerde (ags),
  dienst_id text not null references dienst (id),
  zustand text not null default 'nicht_angebunden' check (zustand in (
    'nicht_angebunden', 'interesse_bekundet', 'bedingungen_akzeptiert', 'unterlagen_bereitgestellt',
    'technisch_angebunden', 'test_erfolgreich', 'produktiv', 'voruebergehend_abgemeldet',
    'kuendigung_angekuendigt', 'abgemeldet')),
  hinweis_text text,                                          -- notice shown while temporarily deregistered
  produktiv_seit date,
  wirksam_zum date,                                           -- effective date of a permanent deregistration
  geaendert_am timestamptz not null default now(),
  primary key (behoerde_ags, dienst_id)
);
