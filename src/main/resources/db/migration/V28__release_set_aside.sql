-- The reading report of a release: each stretch of its text that extraction set aside unread (headings, menus,
-- datelines, what follows the article's end), with why, so that no paragraph is dropped without a recorded reason.
create table release_set_aside (
    release_id    bigint        not null references release_text (id),
    position      integer       not null,
    start_offset  integer       not null,
    end_offset    integer       not null,
    reason        varchar(500)  not null,
    primary key (release_id, position)
);
