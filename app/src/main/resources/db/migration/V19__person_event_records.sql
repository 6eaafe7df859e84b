-- Which source records each history entry is about, so a page can show a reader only the entries (and reasons)
-- their grant allows: the source record ids separated by spaces; empty when it is about none. Null for entries
-- written before this column, whose records are not known: pages treat them as about records the reader may not see.
alter table person_event add column record_ids text;

-- An entry about one record says which.
update person_event set record_ids = cast(source_record_id as varchar(20)) where source_record_id is not null;
