-- Runs carry their purpose: CURRENT (as of the day it was made), REPLAY (a past date) or PROJECTION (a future date),
-- and why they were made. Existing runs get theirs from their as-of date against the day they started, with the
-- append-only trigger lifted for this one statement.
alter table evaluation_run add column purpose varchar(16);
alter table evaluation_run add column reason varchar(300);
drop trigger evaluation_run_append_only;
update evaluation_run set purpose = case
    when as_of < cast(started_at as date) then 'REPLAY'
    when as_of > cast(started_at as date) then 'PROJECTION'
    else 'CURRENT' end;
create trigger evaluation_run_append_only before update, delete on evaluation_run
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
alter table evaluation_run alter column purpose set not null;
create index evaluation_run_current on evaluation_run (purpose, as_of, id);
