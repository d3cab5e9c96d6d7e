-- Commitments whose actors act separately ("each side will") are judged per actor: the commitment says so, and each
-- outcome keeps every actor's own verdict beside the overall one.
alter table commitment add column acts_separately boolean default false not null;
alter table outcome add column party_outcomes varchar(100000);
