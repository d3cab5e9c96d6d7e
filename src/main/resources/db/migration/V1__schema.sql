-- Releases, commitments, events, evaluation runs and their outcomes.
-- Written for both H2 and PostgreSQL.

create table source (
    id          varchar(100)  primary key,
    publisher   varchar(200)  not null,
    stated_on   date          not null,
    title       varchar(500)  not null,
    file_name   varchar(200),
    url         varchar(1000)
);

create table commitment (
    id                  varchar(100)  primary key,
    source_id           varchar(100)  not null references source (id),
    stated_on           date          not null,
    kind                varchar(20)   not null,
    underlying_kind     varchar(20),
    summary             varchar(1000) not null,
    quote               varchar(2000) not null,
    deadline            date,
    deadline_note       varchar(500),
    due_within          varchar(30),
    cadence             varchar(30),
    cadence_note        varchar(500),
    review_window       varchar(30),
    evidence            varchar(4000) not null,
    trigger_description varchar(500),
    trigger_criteria    varchar(4000),
    created_at          timestamp(6) with time zone not null
);
create index commitment_source on commitment (source_id);

create table commitment_actor (
    commitment_id varchar(100) not null references commitment (id),
    code          varchar(20)  not null,
    primary key (commitment_id, code)
);
create index commitment_actor_code on commitment_actor (code);

create table commitment_addressee (
    commitment_id varchar(100) not null references commitment (id),
    code          varchar(20)  not null,
    primary key (commitment_id, code)
);
create index commitment_addressee_code on commitment_addressee (code);

create table commitment_topic (
    commitment_id varchar(100) not null references commitment (id),
    topic         varchar(100) not null,
    primary key (commitment_id, topic)
);
create index commitment_topic_topic on commitment_topic (topic);

create table event (
    id          varchar(100)  primary key,
    occurred_on date          not null,
    event_type  varchar(100)  not null,
    title       varchar(500)  not null,
    citation    varchar(1000) not null,
    note        varchar(1000),
    created_at  timestamp(6) with time zone not null
);
create index event_occurred_on on event (occurred_on);

create table event_participant (
    event_id varchar(100) not null references event (id),
    code     varchar(20)  not null,
    primary key (event_id, code)
);
create index event_participant_code on event_participant (code);

create table event_topic (
    event_id varchar(100) not null references event (id),
    topic    varchar(100) not null,
    primary key (event_id, topic)
);
create index event_topic_topic on event_topic (topic);

create sequence evaluation_run_seq start with 1 increment by 1;

create table evaluation_run (
    id               bigint       primary key,
    as_of            date         not null,
    started_at       timestamp(6) with time zone not null,
    finished_at      timestamp(6) with time zone not null,
    rules_version    varchar(64)  not null,
    commitment_count integer      not null
);

create table evaluation_run_count (
    run_id       bigint      not null references evaluation_run (id),
    status       varchar(20) not null,
    status_count integer     not null,
    primary key (run_id, status)
);

create sequence outcome_seq start with 1 increment by 50;

create table outcome (
    id            bigint        primary key,
    run_id        bigint        not null references evaluation_run (id),
    commitment_id varchar(100)  not null references commitment (id),
    as_of         date          not null,
    rules_version varchar(64)   not null,
    status        varchar(20)   not null,
    rule_name     varchar(500),
    explanation   varchar(4000) not null,
    resolution    varchar(4000),
    next_due      date,
    occurrences   integer,
    evidence_ids  varchar(8000) not null,
    fired_rules   varchar(8000) not null
);
create index outcome_run_status on outcome (run_id, status);
create index outcome_commitment_run on outcome (commitment_id, run_id);
