-- Outcomes name the previous status of their commitment and every rule that fired for it, in a table of its own
-- so that outcomes can be queried by any rule that fired. Every write is recorded in the audit log.

alter table outcome add column previous_status varchar(20);
alter table outcome drop column fired_rules;
create index outcome_status_change on outcome (status, previous_status);
create index outcome_as_of on outcome (as_of);

create table outcome_fired_rule (
    outcome_id bigint       not null references outcome (id),
    position   integer      not null,
    rule_name  varchar(500) not null,
    primary key (outcome_id, position)
);
create index outcome_fired_rule_name on outcome_fired_rule (rule_name);

create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id          bigint        primary key,
    at          timestamp(6) with time zone not null,
    principal   varchar(200)  not null,
    action      varchar(50)   not null,
    target_type varchar(50)   not null,
    target_id   varchar(200)  not null,
    detail      varchar(2000)
);
create index audit_entry_at on audit_entry (at);
create index audit_entry_principal on audit_entry (principal);
create index audit_entry_target on audit_entry (target_type, target_id);
