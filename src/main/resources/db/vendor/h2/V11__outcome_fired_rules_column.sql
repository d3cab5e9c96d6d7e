-- The rules that fired for an outcome move from a table of their own (about five rows per outcome) into one JSON
-- array on the outcome, as its evidence ids are: writing a run then inserts one row per commitment instead of six.
-- Existing lists are copied in firing order with the append-only trigger lifted for this one statement; nothing is lost.
alter table outcome add column fired_rules varchar(100000);
drop trigger outcome_append_only;
update outcome o set fired_rules = coalesce((select cast(json_arrayagg(f.rule_name order by f.position) as varchar)
    from outcome_fired_rule f where f.outcome_id = o.id), '[]');
create trigger outcome_append_only before update, delete on outcome
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
alter table outcome alter column fired_rules set not null;
drop table outcome_fired_rule;
