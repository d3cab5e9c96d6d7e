-- One row per scheduled day: the instance that inserts it runs that day's evaluation; the others find it taken.
create table scheduled_evaluation (
    as_of      date         primary key,
    instance   varchar(200) not null,
    claimed_at timestamp(6) with time zone not null
);
