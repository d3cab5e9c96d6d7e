-- Subscriptions can ask to hear of commitments proposed from releases' texts; each candidate is told to each once.
alter table subscription add column candidates boolean default false not null;

create sequence candidate_notice_seq start with 1 increment by 50;

create table candidate_notice (
    id               bigint  primary key,
    subscription_id  bigint  not null,
    candidate_id     bigint  not null,
    constraint candidate_notice_once unique (subscription_id, candidate_id),
    constraint candidate_notice_subscription foreign key (subscription_id) references subscription (id)
        on delete cascade
);
