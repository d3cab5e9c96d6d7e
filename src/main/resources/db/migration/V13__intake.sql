-- Event intake: imports of event datasets, where each imported event came from, and evidence suggested to staff.

create sequence import_run_seq start with 1 increment by 1;

create table import_run (
    id             bigint        primary key,
    format         varchar(30)   not null,
    file_name      varchar(300)  not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    trusted        boolean       not null,
    on_error       varchar(10)   not null,
    status         varchar(20)   not null,
    imported_by    varchar(200)  not null,
    started_at     timestamp(6) with time zone not null,
    finished_at    timestamp(6) with time zone,
    rows_read      bigint        not null,
    rows_accepted  bigint        not null,
    rows_merged    bigint        not null,
    rows_skipped   bigint        not null,
    rows_repeated  bigint        not null,
    rows_unresolved bigint       not null,
    events_created bigint        not null,
    suggestions    bigint        not null,
    problems       varchar(100000),
    failure        varchar(2000)
);
create index import_run_sha256 on import_run (sha256);

-- Events from a dataset: which import created them, whether they count by themselves, how widely they were
-- reported, where, and the codes that did not resolve. Hand-recorded events keep the defaults.
alter table event add column import_id bigint;
alter table event add column trusted boolean default true not null;
alter table event add column mentions integer;
alter table event add column source_count integer;
alter table event add column articles integer;
alter table event add column source_urls varchar(20000);
alter table event add column raw_codes varchar(2000);
alter table event add column dedupe_key varchar(1000);
create unique index event_dedupe_key on event (dedupe_key);
create index event_untrusted on event (trusted, occurred_on);

-- Every dataset row id merged into an event, so that a row imported twice is recognised.
create table event_dataset_id (
    dataset_key varchar(200) primary key,
    event_id    varchar(100) not null references event (id)
);
create index event_dataset_id_event on event_dataset_id (event_id);

create sequence suggestion_seq start with 1 increment by 50;

create table suggestion (
    id            bigint        primary key,
    commitment_id varchar(100)  not null references commitment (id),
    event_id      varchar(100)  not null references event (id),
    status        varchar(20)   not null,
    score         integer       not null,
    type_match    varchar(20)   not null,
    created_at    timestamp(6) with time zone not null,
    decided_by    varchar(200),
    decided_at    timestamp(6) with time zone,
    reason        varchar(1000),
    unique (commitment_id, event_id)
);
create index suggestion_status on suggestion (status, commitment_id);
create index suggestion_event on suggestion (event_id);
