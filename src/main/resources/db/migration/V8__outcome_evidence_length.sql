-- A commitment with broad evidence criteria can count thousands of events; its outcome names every one of them.
alter table outcome alter column evidence_ids set data type varchar(1000000);
