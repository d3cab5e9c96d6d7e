-- Room for every request the API accepts: up to 50 terms of 100 characters per list (Ids.LIST_MAX, Ids.TERM_MAX),
-- so that criteria, terms as given and explanations naming many parties never overflow into a 500.
alter table commitment alter column evidence set data type varchar(100000);
alter table commitment alter column trigger_criteria set data type varchar(100000);
alter table commitment alter column goal_criteria set data type varchar(100000);
alter table commitment alter column terms_as_given set data type varchar(100000);
alter table event alter column terms_as_given set data type varchar(100000);
alter table outcome alter column explanation set data type varchar(100000);
alter table outcome alter column resolution set data type varchar(100000);
