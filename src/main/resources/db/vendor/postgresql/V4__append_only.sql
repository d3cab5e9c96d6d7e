-- The audit trail is append-only: the database itself refuses to update or delete it.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'Table % is append-only: rows are never updated or deleted', tg_table_name
        using errcode = '42000';
end;
$$;

create trigger outcome_append_only before update or delete on outcome
    for each row execute function refuse_change();
create trigger outcome_fired_rule_append_only before update or delete on outcome_fired_rule
    for each row execute function refuse_change();
create trigger evaluation_run_append_only before update or delete on evaluation_run
    for each row execute function refuse_change();
create trigger evaluation_run_count_append_only before update or delete on evaluation_run_count
    for each row execute function refuse_change();
create trigger rules_version_append_only before update or delete on rules_version
    for each row execute function refuse_change();
create trigger rules_version_file_append_only before update or delete on rules_version_file
    for each row execute function refuse_change();
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function refuse_change();
