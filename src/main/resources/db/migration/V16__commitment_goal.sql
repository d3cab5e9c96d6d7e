-- A commitment may serve a goal: an event that, once it happens, fulfils the commitment and ends it.
alter table commitment add column goal_description varchar(500);
alter table commitment add column goal_criteria varchar(4000);
