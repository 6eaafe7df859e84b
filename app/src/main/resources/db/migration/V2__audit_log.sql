-- The audit log: one entry per access decision, each hashed together with the previous entry's
-- hash, so that any change, deletion or reordering breaks the chain. audit_head holds the end of
-- the chain and is locked while an entry is appended, which keeps the chain a single line.

create table audit_entry (
    seq                  bigint primary key,
    occurred_at          timestamp with time zone not null,
    actor_user_id        uuid         not null,
    actor_username       varchar(120) not null,
    actor_organisation_id uuid,
    action               varchar(10)  not null,
    category             varchar(60)  not null,
    subject_id           varchar(100),
    record_id            varchar(100),
    data_organisation_id uuid,
    purpose              varchar(40)  not null,
    allowed              boolean      not null,
    rule                 varchar(100) not null,
    reason               varchar(500) not null,
    prev_hash            char(64)     not null,
    hash                 char(64)     not null
);

create index audit_entry_subject on audit_entry (subject_id);
create index audit_entry_actor on audit_entry (actor_user_id);

create table audit_head (
    id        int primary key,
    last_seq  bigint   not null,
    last_hash char(64) not null
);

insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
