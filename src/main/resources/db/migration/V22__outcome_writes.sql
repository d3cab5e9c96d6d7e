-- A run writes one outcome per commitment, so every index on outcome is paid for once per commitment per run.
-- Outcomes are written with batched inserts that take their ids from the sequence a thousand at a time.
alter sequence outcome_seq increment by 1000;
-- Two indexes served only rare audit filters and cost about a fifth of a run's write time. An outcome's as-of date
-- is its run's, so as-of filters go through the (small) run table and the run id that leads the listing index; a
-- status-change filter matches about half the outcomes of a status anyway.
drop index outcome_status_change;
drop index outcome_as_of;
