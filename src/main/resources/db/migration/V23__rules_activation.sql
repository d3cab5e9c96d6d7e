-- Which rules version the service serves is recorded in the database, so that every instance sharing it serves the
-- same one: each reload that changes the version records an activation, and the other instances follow the latest
-- (highest id) within tracker.rules.follow-interval. Ids come one at a time so that their order is the order of
-- activation across instances.
create sequence rules_activation_seq start with 1 increment by 1;
create table rules_activation (
    id           bigint       primary key,
    version      varchar(64)  not null references rules_version (version),
    activated_at timestamp(6) with time zone not null,
    activated_by varchar(200) not null,
    instance     varchar(200) not null
);
