-- The columns a source's extracts have, in order, as a JSON array of names: a batch whose header lacks one
-- or has another is refused (the mapping would silently miss it). Null until the source's first batch lands
-- when the administrator registered the source without a sample file; that batch's header then fixes them.
alter table source add column columns_json varchar(8000);
