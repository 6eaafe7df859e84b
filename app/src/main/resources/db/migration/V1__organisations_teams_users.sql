-- Who is who: organisations, their teams, and the people who sign in to Joinery.
-- Written for PostgreSQL; H2 runs it in PostgreSQL mode, so one history serves both.

create table organisation (
    id          uuid primary key,
    name        varchar(200) not null unique,
    type        varchar(40)  not null,
    host        boolean      not null default false,
    created_at  timestamp with time zone not null
);

create table team (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            varchar(200) not null,
    created_at      timestamp with time zone not null,
    constraint team_name_unique_in_organisation unique (organisation_id, name)
);

create table app_user (
    id              uuid primary key,
    username        varchar(100) not null unique,
    display_name    varchar(200) not null,
    email           varchar(320),
    password_hash   varchar(200),
    oidc_subject    varchar(255) unique,
    organisation_id uuid not null references organisation (id),
    team_id         uuid references team (id),
    enabled         boolean not null default true,
    created_at      timestamp with time zone not null
);

create table app_user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(40) not null,
    primary key (user_id, role)
);

create index app_user_organisation on app_user (organisation_id);
create index team_organisation on team (organisation_id);
