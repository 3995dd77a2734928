-- Owners of drafts for an office that stopped taking online applications (scenario A took effect, scenario B
-- started) are told by e-mail how to apply in writing, once per (timeline event, draft), see ADR 0012.

-- An event whose drafts have been looked at. Written in the same transaction as the notices it queues, so a
-- second job run or a second process never queues them again.
create table nachnutzung_entwurfserfassung (
  ereignis_id bigint primary key references nachnutzung_ereignis (id),
  entwuerfe integer not null,
  erfasst_am timestamptz not null
);

-- One notice per (event, draft). Holds no address: the sender reads it from the draft, so a draft that was
-- submitted, deleted or changed in the meantime gets no mail or the current address.
create table nachnutzung_entwurfsmitteilung (
  ereignis_id bigint not null references nachnutzung_ereignis (id),
  entwurf_id text not null,
  status text not null default 'offen' check (status in ('offen', 'gesendet', 'entfaellt', 'fehlgeschlagen')),
  versuche integer not null default 0,
  naechster_versuch_am timestamptz not null,
  erstellt_am timestamptz not null,
  erledigt_am timestamptz,
  fehler text,
  primary key (ereignis_id, entwurf_id)
);
create index nachnutzung_entwurfsmitteilung_faellig_idx
  on nachnutzung_entwurfsmitteilung (status, naechster_versuch_am);
