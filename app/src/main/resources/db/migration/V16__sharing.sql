-- Sharing: what issue 5's V11 tables need for information governance to manage agreements and
-- involvements, and for the access rule to decide cheaply (every decision is an indexed lookup).

-- An agreement ended early by an information governance officer stops counting at once; its dates
-- stay as agreed, so the record shows both what was agreed and when and why it was ended.
alter table sharing_agreement add column ended_at timestamp with time zone;
alter table sharing_agreement add column ended_by uuid;
alter table sharing_agreement add column end_reason varchar(1000);
alter table sharing_agreement add constraint sharing_agreement_ended_by foreign key (ended_by) references app_user (id);

-- The access rule asks "which agreements run from B to A?" on every cross-organisation read.
create index sharing_agreement_between on sharing_agreement (from_organisation_id, to_organisation_id);

-- Who ended an involvement (null when its records closed) and who marked it sensitive: an officer's
-- decision stands, so deriving involvements again after a linkage run never reopens or unmarks it.
alter table involvement add column ended_by uuid;
alter table involvement add constraint involvement_ended_by foreign key (ended_by) references app_user (id);
alter table involvement add column marked_sensitive_by uuid;
alter table involvement add constraint involvement_marked_sensitive_by foreign key (marked_sensitive_by) references app_user (id);

-- Deriving involvements compares each (person, source) with the open records behind it.
create index involvement_source_person on involvement (source_id, person_id);
