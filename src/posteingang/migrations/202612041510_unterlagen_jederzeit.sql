-- Documents at any time (issue 15): the citizen may add documents to a submitted application without a request
-- of the office. Such a reply is kept as a request of the citizen's own (akteur_art 'buerger'), so upload,
-- encryption and the follow-up message take the same path as the reply to an office's request.
alter table posteingang_nachforderung drop constraint posteingang_nachforderung_akteur_art_check;
alter table posteingang_nachforderung
  add constraint posteingang_nachforderung_akteur_art_check check (akteur_art in ('personal', 'api', 'buerger'));
