-- Users who sign in with HTTP Basic; passwords are bcrypt hashes in modular crypt format.
create table app_user (
    username varchar(100) primary key,
    password varchar(200) not null,
    roles    varchar(500) not null
);
