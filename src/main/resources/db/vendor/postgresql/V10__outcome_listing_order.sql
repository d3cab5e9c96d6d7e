-- Status-filtered listings ("every overdue commitment, newest statement first") are read from the outcomes of the
-- latest run, so each outcome carries its commitment's statement date and one index holds a run's outcomes by status
-- in listing order: a page stops after its rows instead of sorting every match.
-- Commitments never change, so the copied date never goes stale. Existing outcomes are filled in with the
-- append-only trigger lifted for this one statement.
alter table outcome add column stated_on date;
alter table outcome disable trigger outcome_append_only;
update outcome o set stated_on = (select c.stated_on from commitment c where c.id = o.commitment_id);
alter table outcome enable trigger outcome_append_only;
alter table outcome alter column stated_on set not null;
drop index outcome_run_status;
create index outcome_listing on outcome (run_id, status, stated_on desc, commitment_id);
