-- Large imports commit in bounded chunks (tracker.intake.commit-rows) instead of one transaction, so a crash during
-- an import never leaves a commit of gigabytes for the database to recover. They stay all-or-nothing to the user:
--   - the events and suggestions an import created are hidden from every reader until the import SUCCEEDED
--     (their import_id names an import that is RUNNING or ROLLING_BACK);
--   - an import that fails, or is found interrupted, is ROLLING_BACK until its rows are deleted by import id and the
--     counts it merged into earlier events are restored from import_undo; then it is FAILED.
--   event_dataset_id.import_id  the import that merged the dataset row (null: before this version, or by hand)
--   suggestion.import_id        the import that proposed it (null: proposed for a commitment recorded later)
--   import_undo                 an earlier event's counts, addresses and trust as they were before the import merged
--                               rows into it; deleted once the import succeeded or was rolled back
alter table event_dataset_id add column import_id bigint;
alter table suggestion add column import_id bigint;

create table import_undo (
    import_id    bigint        not null,
    event_id     varchar(100)  not null,
    mentions     integer,
    source_count integer,
    articles     integer,
    source_urls  varchar(20000),
    trusted      boolean       not null,
    primary key (import_id, event_id)
);
