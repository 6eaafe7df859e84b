-- Failed sign-ins, counted per username and per client address so that guessing passwords is
-- slowed on every instance and across restarts. Only a SHA-256 hash of the key is kept: the table
-- says how often something was tried, not who typed what from where.

create table sign_in_failure (
    key_hash  char(64) not null,
    failed_at timestamp with time zone not null
);

create index sign_in_failure_key on sign_in_failure (key_hash, failed_at);
create index sign_in_failure_time on sign_in_failure (failed_at);
