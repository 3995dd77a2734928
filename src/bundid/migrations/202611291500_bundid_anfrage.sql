-- AuthnRequests sent to BundID. A response is accepted only for a request listed here, within its
-- lifetime and only once (verbraucht_am is set atomically). The target page after login is bound to the
-- request, so RelayState from the browser is never trusted on its own.
create table bundid_anfrage (
  id text primary key,
  ziel text not null,
  erstellt_am timestamptz not null,
  verbraucht_am timestamptz
);
create index bundid_anfrage_erstellt_idx on bundid_anfrage (erstellt_am);
