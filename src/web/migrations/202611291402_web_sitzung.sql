-- Server-side sessions. The cookie carries only a random id; the data are encrypted (they hold the
-- citizen's identity from BundID or a staff account).
create table web_sitzung (
  id text primary key,
  art text not null check (art in ('buerger', 'personal')),
  daten bytea not null,
  erstellt_am timestamptz not null default now(),
  zuletzt_am timestamptz not null default now(),
  laeuft_ab_am timestamptz not null
);
create index web_sitzung_laeuft_ab_idx on web_sitzung (laeuft_ab_am);
