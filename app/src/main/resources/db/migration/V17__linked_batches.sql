-- Incremental linking with the resident index: which import batches a linkage run has linked, so the next
-- incremental run reads only the records of batches landed since, not every record.
create table linked_batch (
    batch_id uuid primary key references import_batch (id),
    run_id   uuid not null references link_run (id)
);
