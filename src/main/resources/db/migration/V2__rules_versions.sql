-- The exact texts of every rules version that was ever loaded.

create table rules_version (
    version         varchar(64)  primary key,
    first_loaded_at timestamp(6) with time zone not null,
    first_loaded_by varchar(200) not null
);

create table rules_version_file (
    version varchar(64)     not null references rules_version (version),
    path    varchar(500)    not null,
    content varchar(1000000) not null,
    primary key (version, path)
);
