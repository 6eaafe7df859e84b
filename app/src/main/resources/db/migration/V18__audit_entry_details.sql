-- What an audit entry says beyond its decision: the channel the data was reached through (PAGE, CSV, API; null
-- for work with no web request) and, for a search, keyed hashes of its terms and the Joinery IDs it showed, in
-- order. Entries written before this have none of them, and their hashes do not cover them (see AuditEntry).
-- Adding columns changes no row, so the append-only trigger (V10) does not fire and the chain still verifies.

alter table audit_entry add column channel varchar(10);
alter table audit_entry add column search_terms varchar(1000);
alter table audit_entry add column shown_joinery_ids varchar(1000);
