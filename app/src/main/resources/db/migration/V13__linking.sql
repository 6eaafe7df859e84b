-- Linking (issue 5): what incremental linking needs beyond the shared schema.

-- A fingerprint of the person fields a record had when it was last linked, so an incremental run can
-- tell a changed record (to link again) from an unchanged one without keeping a copy of its fields.
alter table person_record add column fields_hash bigint;

-- The runs page lists the newest runs first.
create index link_run_started on link_run (started_at);
