-- Every sign-in attempt is now counted before its password is checked, so that parallel attempts
-- cannot all pass the limit before any of them is recorded. The attempt identifier lets a
-- successful sign-in take back its own row, so that it does not count against its address.

alter table sign_in_failure add column attempt uuid;

create index sign_in_failure_attempt on sign_in_failure (attempt);
