-- Alerts: each user's subscriptions to status changes, with the filter, the channel and how far each has been sent.
create sequence subscription_seq start with 1 increment by 50;

create table subscription (
    id                   bigint        primary key,
    owner                varchar(200)  not null,
    channel              varchar(20)   not null,
    digest               varchar(20)   not null,
    email                varchar(320),
    actors               varchar(4000) not null,
    topics               varchar(4000) not null,
    kinds                varchar(1000) not null,
    commitment_ids       varchar(8000) not null,
    statuses             varchar(1000) not null,
    enabled              boolean       not null,
    disabled_reason      varchar(500),
    delivered_through    bigint        not null,
    unsubscribe_token    varchar(64)   not null,
    created_at           timestamp(6) with time zone not null
);
create index subscription_owner on subscription (owner);
create unique index subscription_unsubscribe on subscription (unsubscribe_token);
