-- The UUID of the xSozial message queued for delivery on submit (zustellung/'s zustell_auftrag.nachricht_uuid).
alter table antrag add column nachricht_uuid text;
