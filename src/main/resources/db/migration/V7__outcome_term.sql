-- Outcomes name when the commitment's term started and, for a conditional one, the event that met its trigger.
alter table outcome add column term_start date;
alter table outcome add column trigger_event_id varchar(100);
