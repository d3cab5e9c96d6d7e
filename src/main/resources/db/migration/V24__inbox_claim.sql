-- Instances watching one shared inbox folder claim each file before taking it, so that exactly one imports it. A
-- claim names the file by inbox, name, size and modification time, and lapses after claimed_until so that a file
-- left behind by a stopped instance is taken over.
create table inbox_claim (
    inbox         varchar(20)  not null,
    file_name     varchar(500) not null,
    file_size     bigint       not null,
    modified_at   timestamp(6) with time zone not null,
    claimed_by    varchar(200) not null,
    claimed_until timestamp(6) with time zone not null,
    primary key (inbox, file_name, file_size, modified_at)
);
