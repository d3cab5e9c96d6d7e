-- The audit trail is append-only: the database itself refuses to update or delete it.
create trigger outcome_append_only before update, delete on outcome
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
create trigger outcome_fired_rule_append_only before update, delete on outcome_fired_rule
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
create trigger evaluation_run_append_only before update, delete on evaluation_run
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
create trigger evaluation_run_count_append_only before update, delete on evaluation_run_count
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
create trigger rules_version_append_only before update, delete on rules_version
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
create trigger rules_version_file_append_only before update, delete on rules_version_file
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'org.commitmenttracker.audit.AppendOnlyTrigger';
