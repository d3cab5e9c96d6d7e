-- Scorecards over time read counts kept per current run instead of re-reading every outcome of every run:
--   scorecard_tally    how many of a run's commitments had each status, per grouping (party, addressee, source,
--                      topic, kind) and group; scores are not kept: they follow the active scale
--   scorecard_tallied  the runs whose tallies are complete (a run with no commitments has a marker and no rows)
-- Tallies are made after a current run is stored, and for any run that lacks them when a scorecard needs them.
create table scorecard_tally (
    run_id      bigint       not null references evaluation_run (id),
    grouped_by  varchar(12)  not null,
    group_name  varchar(100) not null,
    status      varchar(20)  not null,
    commitments bigint       not null,
    primary key (run_id, grouped_by, group_name, status)
);

create table scorecard_tallied (
    run_id     bigint                      primary key references evaluation_run (id),
    tallied_at timestamp(6) with time zone not null
);
