-- Webhooks: a subscription's target and signing secret, and the outbox of deliveries with their attempts.
alter table subscription add column url varchar(2000);
alter table subscription add column secret varchar(128);

create sequence webhook_delivery_seq start with 1 increment by 50;

create table webhook_delivery (
    id               bigint        primary key,
    subscription_id  bigint        not null,
    event_id         varchar(200)  not null,
    event_type       varchar(200)  not null,
    commitment_id    varchar(100),
    payload          varchar(100000) not null,
    state            varchar(20)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp(6) with time zone not null,
    claimed_until    timestamp(6) with time zone,
    last_attempt_at  timestamp(6) with time zone,
    last_status      integer,
    last_error       varchar(1000),
    created_at       timestamp(6) with time zone not null,
    delivered_at     timestamp(6) with time zone,
    constraint webhook_delivery_once unique (subscription_id, event_id),
    constraint webhook_delivery_subscription foreign key (subscription_id) references subscription (id)
        on delete cascade
);
create index webhook_delivery_due on webhook_delivery (state, next_attempt_at);

-- Subscriptions can also select commitments by addressee.
alter table subscription add column addressees varchar(4000) default '[]' not null;

-- Subscriptions can ask to hear of suggested evidence awaiting review; each suggestion is announced to each once.
alter table subscription add column suggestions boolean default false not null;

create sequence review_notice_seq start with 1 increment by 50;

create table review_notice (
    id               bigint  primary key,
    subscription_id  bigint  not null,
    suggestion_id    bigint  not null,
    constraint review_notice_once unique (subscription_id, suggestion_id),
    constraint review_notice_subscription foreign key (subscription_id) references subscription (id)
        on delete cascade
);
