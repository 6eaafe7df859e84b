-- Spring Modulith's event publication registry (issue 10): an event published in a transaction is stored here, one
-- row for each listener that will hear it, in that same transaction, and the row stays incomplete until the
-- listener has finished. So a batch that landed, or a linkage run that committed, is heard of even if Joinery stops
-- before its listeners have run: at the next start the incomplete rows are delivered again. Completed rows are
-- deleted (spring.modulith.events.completion-mode=delete): what is here is what is still to do.
--
-- The columns are those of the registry's own schema (spring-modulith-events-jdbc 2.0, schemas/v2), whose
-- initialisation is turned off so that this one history serves both databases. An event holds identifiers and
-- counts only, never personal data.
create table event_publication (
    id                     uuid primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);

-- A listener's completion is found by listener and event; the outstanding ones by their missing completion date.
create index event_publication_by_listener_and_event on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);
