-- Feeds: sources polled on a schedule (GDELT's 15-minute exports, ministries' RSS and Atom feeds). Each feed is polled by one instance at a
-- time (claimed_by / claimed_until, a lease like an import's); what each poll fetched is kept per item, so that a
-- restart neither loses nor repeats one.
create table feed (
    id              varchar(64)   primary key,
    kind            varchar(20)   not null,
    url             varchar(2000) not null,
    every_seconds   bigint        not null,
    publisher       varchar(200),
    trusted         boolean       not null,
    parties         varchar(4000) not null,
    cameo_roots     varchar(400)  not null,
    created_at      timestamp(6) with time zone not null,
    created_by      varchar(200)  not null,
    next_poll_at    timestamp(6) with time zone not null,
    last_poll_at    timestamp(6) with time zone,
    last_success_at timestamp(6) with time zone,
    last_error      varchar(2000),
    failures        integer       not null,
    items_seen      bigint        not null,
    items_new       bigint        not null,
    etag            varchar(500),
    last_modified   varchar(100),
    claimed_by      varchar(200),
    claimed_until   timestamp(6) with time zone
);

-- What a feed fetched: one row per item (a GDELT file, a release), with what it became.
--   outcome  IMPORTED (import_id names the import), READ (a release registered as source_id and read for
--            candidates), SKIPPED (nothing in it to keep; detail says why) or FAILED (a check failed and nothing
--            was stored; tried again at the next poll)
create sequence feed_item_seq start with 1 increment by 50;
create table feed_item (
    id          bigint        primary key,
    feed_id     varchar(64)   not null references feed (id) on delete cascade,
    item_key    varchar(2000) not null,
    first_seen_at timestamp(6) with time zone not null,
    fetched_at  timestamp(6) with time zone not null,
    outcome     varchar(20)   not null,
    detail      varchar(2000),
    import_id   bigint,
    source_id   varchar(100),
    rows_kept   bigint,
    attempts    integer       not null
);
create unique index feed_item_key on feed_item (feed_id, item_key);
create index feed_item_fetched on feed_item (feed_id, fetched_at);
