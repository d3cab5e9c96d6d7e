-- Staff's records that a conditional commitment's trigger was met, with the citation that shows it. The latest
-- record of a commitment is the one the rules read; earlier ones stay as its history.
create sequence trigger_met_seq start with 1 increment by 50;

create table trigger_met (
    id            bigint        primary key,
    commitment_id varchar(100)  not null references commitment (id),
    met_on        date          not null,
    citation      varchar(2000) not null,
    note          varchar(2000),
    recorded_by   varchar(200)  not null,
    recorded_at   timestamp(6) with time zone not null
);
create index trigger_met_commitment on trigger_met (commitment_id, recorded_at);
