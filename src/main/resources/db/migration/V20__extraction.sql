-- Extraction: the text of a release as submitted (cleaned), and the commitments proposed from it for staff to review.
create sequence release_text_seq start with 1 increment by 50;

create table release_text (
    id             bigint         primary key,
    source_id      varchar(100)   not null references source (id),
    sha256         varchar(64)    not null,
    media_type     varchar(100)   not null,
    file_name      varchar(500),
    content        varchar(1000000) not null,
    rules_version  varchar(64)    not null,
    submitted_by   varchar(200)   not null,
    submitted_at   timestamp(6) with time zone not null,
    constraint release_text_once unique (source_id, sha256)
);

create sequence candidate_seq start with 1 increment by 50;

create table candidate (
    id              bigint         primary key,
    release_id      bigint         not null references release_text (id),
    source_id       varchar(100)   not null,
    status          varchar(20)    not null,
    quote           varchar(2000)  not null,
    start_offset    integer        not null,
    end_offset      integer        not null,
    sentence        varchar(8000)  not null,
    actors          varchar(2000)  not null,
    addressees      varchar(2000)  not null,
    kind            varchar(20)    not null,
    kind_reason     varchar(1000),
    deadline        date,
    deadline_note   varchar(500),
    cadence         varchar(20),
    cadence_note    varchar(500),
    trigger_text    varchar(1000),
    topics          varchar(4000)  not null,
    event_types     varchar(2000)  not null,
    cues            varchar(2000)  not null,
    hedges          varchar(1000)  not null,
    confidence      double precision not null,
    summary         varchar(1000)  not null,
    commitment_id   varchar(100),
    decided_by      varchar(200),
    decided_at      timestamp(6) with time zone,
    reason          varchar(1000)
);
create index candidate_by_source on candidate (source_id, status);
create index candidate_by_release on candidate (release_id);
